using Publish.Model.Input;

namespace Publish.Epub.Images;

/// <summary>
/// The faces one cover text may be set in, in the order they are tried: the title family's face first, then the
/// style's fallback families (<c>font-fallback</c>) in order. Fallback files are read only when a character the first
/// face lacks asks for them, so a Latin cover loads no more fonts than before; a fallback file that is missing or
/// unreadable is skipped (the run falls to the next family, at worst to the first face's .notdef).
/// </summary>
internal sealed class CoverFaceChain : IDisposable
{
    private readonly List<Lazy<CoverFace?>> _fallbacks;

    public CoverFaceChain(CoverFace first, IEnumerable<string> fallbackPaths, FontFileStore files)
    {
        First = first;
        _fallbacks = [.. fallbackPaths.Select(path => new Lazy<CoverFace?>(() => TryLoad(path, files)))];
    }

    public CoverFace First { get; }

    /// <summary>The first face that has a glyph for <paramref name="codePoint"/>, or null when none has.</summary>
    public CoverFace? Covering(int codePoint)
    {
        if (First.Covers(codePoint))
        {
            return First;
        }

        foreach (var fallback in _fallbacks)
        {
            if (fallback.Value is { } face && face.Covers(codePoint))
            {
                return face;
            }
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var fallback in _fallbacks)
        {
            if (fallback.IsValueCreated)
            {
                fallback.Value?.Dispose();
            }
        }
    }

    private static CoverFace? TryLoad(string path, FontFileStore files)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return CoverFace.Load(path, files.Read(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
