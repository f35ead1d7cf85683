namespace Publish.Epub;

/// <summary>
/// Covers drawn by an earlier build, found by a key naming everything a drawn cover is made from (its text, each font
/// file's SHA-256, the writer's and Skia's builds): a book rebuilt after one article changed draws the same cover, and
/// drawing and encoding it was a large part of writing its EPUB. Called from the thread that draws the cover.
/// </summary>
public interface ICoverMemory
{
    /// <summary>The cover's JPEG recorded under <paramref name="key"/>, or null.</summary>
    byte[]? Find(string key);

    /// <summary>Records the cover drawn for <paramref name="key"/>.</summary>
    void Keep(string key, byte[] jpeg);
}
