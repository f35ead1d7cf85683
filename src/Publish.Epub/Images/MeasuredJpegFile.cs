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
    private const int CopyBuffer = 256 * 1024;

    public override void WriteTo(Stream destination)
    {
        using var file = InputFile.OpenStream(path, ImageLimits.MaxBytes, "image file", bufferSize: 0);
        var length = (int)file.Length;
        using var head = JpegHead.Read(file, length);
        if (head.Result != JpegPlanResult.Planned)
        {
            destination.Write(decode(head.WholeFile(file, length)));
            return;
        }

        var plan = head.Plan!;
        if (plan.Width != facts.PixelWidth || plan.Height != facts.PixelHeight || plan.Orientation != facts.Orientation)
        {
            throw Changed();
        }

        foreach (var range in plan.Kept)
        {
            destination.Write(head.Bytes[range]);
        }

        destination.Write(head.Bytes[plan.ScanOffset..]);
        file.CopyTo(destination, CopyBuffer);
    }

    private InvalidDataException Changed() =>
        new($"the image '{Path.GetFileName(path)}' changed while the edition was being written; build again");
}
