namespace Publish.Manuscript.Input;

/// <summary>The answer of <see cref="ImageLocator"/>: for <see cref="ImageLookupStatus.Found"/>, <see cref="Path"/> is the real absolute path.</summary>
public sealed record ImageLookup(ImageLookupStatus Status, string Path)
{
    public static ImageLookup Found(string path) => new(ImageLookupStatus.Found, path);

    public static ImageLookup Missing(string path) => new(ImageLookupStatus.Missing, path);

    public static ImageLookup Outside(string reference) => new(ImageLookupStatus.Outside, reference);
}
