namespace Publish.Epub.Images;

/// <summary>What <see cref="JpegMetadataStripper.Plan"/> found in the bytes it was given.</summary>
internal enum JpegPlanResult
{
    /// <summary>The markers up to the first scan were read: the file can be copied without its metadata.</summary>
    Planned,

    /// <summary>Not a JPEG, or one that must be decoded (CMYK, arithmetic-coded, lossless, damaged markers).</summary>
    NotStrippable,

    /// <summary>Sound so far, but the bytes end before the first scan.</summary>
    NeedsMoreBytes,
}
