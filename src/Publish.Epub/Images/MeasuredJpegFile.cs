using System.Buffers;
using Publish.Epub.Packaging;
using Publish.Imaging;
using Publish.Model.Blocks;
using Publish.Model.Input;

namespace Publish.Epub.Images;

/// <summary>
/// An upright JPEG the reader measured (<see cref="ImageFacts"/>), opened once, when the archive is written: its
/// markers up to the first scan are planned from the head read then, and the file is copied without its metadata
/// (as <see cref="StrippedJpegFile"/> does) — no header read before, no second open. A JPEG that cannot be copied
/// so (CMYK, arithmetic-coded) is read whole from the same open file and handed to <paramref name="decode"/>, which
/// gives the same JPEG the decoding path would have made. A frame size other than the facts' means the file
/// changed since the reader checked it: the edition is refused rather than given an image other than the one measured.
/// </summary>
internal sealed class MeasuredJpegFile(string path, ImageFacts facts, Func<byte[], byte[]> decode) : PackageContent
{
    /// <summary>Bytes read first to find the first scan; grown when the metadata before it is larger.</summary>
    private const int HeadBytes = 64 * 1024;

    private const int CopyBuffer = 256 * 1024;

    public override void WriteTo(Stream destination)
    {
        using var file = InputFile.OpenStream(path, ImageLimits.MaxBytes, "image file", bufferSize: 0);
        var length = (int)file.Length;
        var headLength = Math.Min(length, HeadBytes);
        var head = ArrayPool<byte>.Shared.Rent(headLength);
        try
        {
            file.ReadExactly(head.AsSpan(0, headLength));
            var result = JpegMetadataStripper.Plan(head.AsSpan(0, headLength), out var plan);
            while (result == JpegPlanResult.NeedsMoreBytes && headLength < length)
            {
                var largerLength = (int)Math.Min(length, headLength * 4L);
                var larger = ArrayPool<byte>.Shared.Rent(largerLength);
                head.AsSpan(0, headLength).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(head);
                head = larger;
                file.ReadExactly(head.AsSpan(headLength, largerLength - headLength));
                headLength = largerLength;
                result = JpegMetadataStripper.Plan(head.AsSpan(0, headLength), out plan);
            }

            if (result == JpegPlanResult.Planned)
            {
                if (plan!.Width != facts.PixelWidth || plan.Height != facts.PixelHeight || plan.Orientation != facts.Orientation)
                {
                    throw Changed();
                }

                foreach (var range in plan.Kept)
                {
                    destination.Write(head.AsSpan(range));
                }

                destination.Write(head.AsSpan(plan.ScanOffset, headLength - plan.ScanOffset));
                file.CopyTo(destination, CopyBuffer);
                return;
            }

            var bytes = GC.AllocateUninitializedArray<byte>(length);
            head.AsSpan(0, headLength).CopyTo(bytes);
            file.ReadExactly(bytes.AsSpan(headLength));
            destination.Write(decode(bytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    private InvalidDataException Changed() =>
        new($"the image '{Path.GetFileName(path)}' changed while the edition was being written; build again");
}
