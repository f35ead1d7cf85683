namespace Publish.Epub.Packaging;

/// <summary>
/// The bytes of one file in the package, written when the archive is: held in memory (documents, fonts,
/// re-encoded images) or copied from a source file (<see cref="Images.StrippedJpegFile"/>), so a book's tens of
/// megabytes of photos pass through one small buffer instead of being held whole until the zip is written.
/// </summary>
internal abstract class PackageContent
{
    public abstract void WriteTo(Stream destination);

    /// <summary>The bytes in one array (for checks; the archive writes without it).</summary>
    public byte[] ToArray()
    {
        using var buffer = new MemoryStream();
        WriteTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The bytes when they are held in memory (so the zip writer need not copy them), else null: a file streamed when written.</summary>
    public virtual byte[]? Held => null;

    public static PackageContent Of(byte[] bytes) => new InMemory(bytes);

    /// <summary>Bytes still being made (a cover being drawn): the archive waits for them when it reaches the entry.</summary>
    public static PackageContent Of(Task<byte[]> bytes) => new Deferred(bytes);

    private sealed class InMemory(byte[] bytes) : PackageContent
    {
        public override byte[]? Held => bytes;

        public override void WriteTo(Stream destination) => destination.Write(bytes);
    }

    private sealed class Deferred(Task<byte[]> bytes) : PackageContent
    {
        public override byte[]? Held => bytes.GetAwaiter().GetResult();

        public override void WriteTo(Stream destination) => destination.Write(bytes.GetAwaiter().GetResult());
    }
}
