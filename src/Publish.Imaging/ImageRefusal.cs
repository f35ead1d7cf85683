namespace Publish.Imaging;

/// <summary>Why <see cref="ImageInspector"/> refuses an image; the reader maps each to its diagnostic code.</summary>
public enum ImageRefusal
{
    /// <summary>Empty, truncated, corrupt, or in no format the editions take (PUB1204).</summary>
    Unreadable,

    /// <summary>More pixels than <see cref="ImageLimits.MaxPixels"/> or more bytes than <see cref="ImageLimits.MaxBytes"/> (PUB1205).</summary>
    TooLarge,
}
