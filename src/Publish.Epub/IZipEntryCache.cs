namespace Publish.Epub;

/// <summary>
/// Zip entries deflated by an earlier build, found by the SHA-256 of the entry's bytes: a book rebuilt after one
/// article changed packs the other articles' documents, its fonts and stylesheet as they were, and deflating them was
/// most of zipping the EPUB. Equal bytes deflate to equal bytes under the same zlib, so a cache must be dropped when
/// the runtime or this assembly changes. Called from the thread that writes the zip.
/// </summary>
public interface IZipEntryCache
{
    /// <summary>The deflated form of the bytes whose SHA-256 is <paramref name="key"/>, or null.</summary>
    ReadOnlyMemory<byte>? Find(ReadOnlySpan<byte> key);

    /// <summary>Records what the bytes whose SHA-256 is <paramref name="key"/> deflated to.</summary>
    void Keep(ReadOnlySpan<byte> key, byte[] deflated);
}
