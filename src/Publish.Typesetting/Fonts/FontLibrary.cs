namespace Publish.Typesetting.Fonts;

/// <summary>
/// Loads each font file once per build, so every style that names a file (the text family, a fallback, the
/// footer's family) shares one <see cref="FontFace"/> and thus one <c>FontResource</c> — the frames contract
/// identifies fonts by reference, and the PDF embeds each once. Owns and disposes the faces. Thread-safe.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly Dictionary<string, FontFace> _faces = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public FontFace Get(string path)
    {
        var full = Path.GetFullPath(path);
        lock (_lock)
        {
            if (!_faces.TryGetValue(full, out var face))
            {
                face = FontFace.Load(full);
                _faces.Add(full, face);
            }

            return face;
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
        }
    }
}
