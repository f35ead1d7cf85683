namespace Publish.Styles.Fonts;

/// <summary>Why a font file cannot be used; each kind has its own diagnostic code.</summary>
public enum FontFileProblem
{
    /// <summary>Not a font, truncated, damaged, unreadable, or missing what setting text needs (glyphs, a character map, outlines).</summary>
    Damaged,

    /// <summary>Its OS/2 <c>fsType</c> forbids the embedding both editions do.</summary>
    EmbeddingForbidden,

    /// <summary>Larger than <see cref="FontFileChecker.MaxFontFileBytes"/>.</summary>
    TooLarge,

    /// <summary>A FIFO, device, socket or folder: never opened.</summary>
    NotRegularFile,
}
