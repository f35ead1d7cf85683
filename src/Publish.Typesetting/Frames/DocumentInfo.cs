using System.Collections.Immutable;

namespace Publish.Typesetting.Frames;

/// <summary>
/// Document information for the PDF Info dictionary and XMP packet. <see cref="Date"/> is the creation
/// and modification date; the engine sets it from SOURCE_DATE_EPOCH or the manuscript so output is reproducible.
/// </summary>
public sealed record DocumentInfo(
    string Title,
    ImmutableArray<string> Authors,
    string? Subject,
    ImmutableArray<string> Keywords,
    string Language,
    DateTimeOffset Date,
    string Producer);
