using System.Buffers;
using Publish.Epub.Packaging;
using Publish.Model.Input;

namespace Publish.Epub.Images;

/// <summary>
/// A JPEG copied into the package without its metadata, straight from its file when the archive is written: the
/// kept header ranges, then the scan data as it is. The file's head is planned again when copied; if the file
/// changed since it was checked (another program rewrote it mid-build), the edition is refused rather than given
/// an image other than the one measured for it.
/// </summary>
internal sealed class StrippedJpegFile(string path, long fileLength, JpegStripPlan plan) : PackageContent
{
    private const int CopyBuffer = 256 * 1024;

    public override void WriteTo(Stream destination)
    {
        using var file = InputFile.OpenStream(path, InputFileLimits.MaxImageBytes, "image file", bufferSize: 0);
        // Up to and including the scan header, so the plan can be made again from what is read.
        var headLength = plan.ScanDataOffset;
        var head = ArrayPool<byte>.Shared.Rent(headLength);
        try
        {
            if (file.Length != fileLength)
            {
                throw Changed();
            }

            file.ReadExactly(head.AsSpan(0, headLength));
            if (JpegMetadataStripper.Plan(head.AsSpan(0, headLength), out var again) != JpegPlanResult.Planned || !plan.SameAs(again!))
            {
                throw Changed();
            }

            foreach (var range in plan.Kept)
            {
                destination.Write(head.AsSpan(range));
            }

            destination.Write(head.AsSpan(plan.ScanOffset, headLength - plan.ScanOffset));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }

        file.CopyTo(destination, CopyBuffer);
        if (file.Position != fileLength)
        {
            throw Changed();
        }
    }

    private InvalidDataException Changed() =>
        new($"the image '{Path.GetFileName(path)}' changed while the edition was being written; build again");
}
