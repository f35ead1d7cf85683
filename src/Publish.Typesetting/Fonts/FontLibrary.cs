using Publish.Model.Input;

namespace Publish.Typesetting.Fonts;

/// <summary>
/// Loads each font face once per build, its bytes from the build's <see cref="FontFileStore"/> (which the EPUB reads
/// too), so every style that names a file (the text family, a fallback, the footer's family) shares one
/// <see cref="ShapingFace"/> and thus one <c>FontResource</c> — the frames contract identifies fonts by reference, and
/// the PDF embeds each once. Owns and disposes the faces. Thread-safe.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly Dictionary<string, ShapingFace> _faces = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Path, SyntheticStyle Style), ShapingFace> _synthesized = [];
    private readonly Lock _lock = new();
    private readonly FontFileStore _files;

    /// <summary>A library reading its files through a store of its own (tests, tools).</summary>
    public FontLibrary()
        : this(new FontFileStore())
    {
    }

    /// <summary>A library over the build's <paramref name="files"/>, which the EPUB reads its fonts from too.</summary>
    public FontLibrary(FontFileStore files) => _files = files;

    public ShapingFace Get(string path)
    {
        var full = Path.GetFullPath(path);
        lock (_lock)
        {
            if (!_faces.TryGetValue(full, out var face))
            {
                face = ShapingFace.Load(full, _files);
                _faces.Add(full, face);
            }

            return face;
        }
    }

    /// <summary>The face of <paramref name="path"/> slanted and/or thickened, one per path and style, like the real faces.</summary>
    public ShapingFace Get(string path, SyntheticStyle synthesis)
    {
        if (synthesis.IsNone)
        {
            return Get(path);
        }

        var real = Get(path);
        lock (_lock)
        {
            var key = (real.Path, synthesis);
            if (!_synthesized.TryGetValue(key, out var face))
            {
                face = real.Synthesized(synthesis);
                _synthesized.Add(key, face);
            }

            return face;
        }
    }

    /// <summary>
    /// Every face loaded so far with the file and synthesis it came from (none: <see langword="null"/>): what a record of
    /// frames names a <c>FontResource</c> by, to find the same one through <see cref="Get(string, SyntheticStyle)"/> later.
    /// </summary>
    public IReadOnlyList<(string Path, SyntheticStyle? Synthesis, ShapingFace Face)> Loaded()
    {
        lock (_lock)
        {
            return [.. _faces.Select(f => (f.Key, (SyntheticStyle?)null, f.Value)), .. _synthesized.Select(f => (f.Key.Path, (SyntheticStyle?)f.Key.Style, f.Value))];
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var face in _faces.Values)
            {
                face.Dispose();
            }

            _faces.Clear();
            _synthesized.Clear();
        }
    }
}
