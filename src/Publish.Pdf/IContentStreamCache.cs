namespace Publish.Pdf;

/// <summary>
/// Page content streams deflated by an earlier build, found by the SHA-256 of every value a page's operators are
/// formatted from (<c>PageContent.WriteKey</c>). Formatting and deflating are most of a long book's PDF writing, and a
/// book rebuilt after one article changed writes hundreds of pages as they were: equal keys mean equal operators, so a
/// hit is exactly what formatting and deflating would give. A cache must be dropped when this assembly changes (its
/// formatting may have). Called from several threads at once.
/// </summary>
public interface IContentStreamCache
{
    /// <summary>The deflated stream recorded for <paramref name="key"/>, or null.</summary>
    ReadOnlyMemory<byte>? Find(ReadOnlySpan<byte> key);

    /// <summary>Records what the stream whose values hash to <paramref name="key"/> deflated to.</summary>
    void Keep(ReadOnlySpan<byte> key, byte[] deflated);
}
