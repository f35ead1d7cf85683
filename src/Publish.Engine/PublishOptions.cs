using Publish.Engine.Budget;

namespace Publish.Engine;

/// <summary>
/// How <see cref="Publisher.PublishAsync(Stream, string, Publish.Styles.HouseStyle, PublishOptions, CancellationToken)"/>
/// builds one manuscript held in memory. <see cref="BuildDate"/> fixes the editions' date (as SOURCE_DATE_EPOCH does
/// for the tool: same input and date, same bytes); null takes the manuscript's own <c>date</c>, else the current time.
/// </summary>
public sealed record PublishOptions
{
    /// <summary>The options of a build that names nothing: both editions, the default reading and PDF profile.</summary>
    public static PublishOptions Default { get; } = new();

    /// <summary>Which editions to make (both by default).</summary>
    public EditionFormats Formats { get; init; } = EditionFormats.All;

    /// <summary>How to read the manuscript; its dialect, when null, follows the file name's extension.</summary>
    public ReadingOptions Reading { get; init; } = ReadingOptions.Default;

    /// <summary>The editions' date; null: the manuscript's <c>date</c>, else the current time.</summary>
    public DateTimeOffset? BuildDate { get; init; }

    /// <summary>Warnings fail the build, as <c>--strict</c> does.</summary>
    public bool Strict { get; init; }

    /// <summary>What the PDF is for (<c>--pdf-profile</c>).</summary>
    public PrintProfile Print { get; init; } = PrintProfile.Default;

    /// <summary>Which standards the PDF claims (<c>--pdf-standard</c>).</summary>
    public PdfStandard PdfStandard { get; init; } = PdfStandard.Profile;

    /// <summary>A proof copy: a ruled placeholder where a figure's image is missing (<c>--draft</c>).</summary>
    public bool Draft { get; init; }

    /// <summary>The time and memory this build may take; null: <see cref="BuildBudget.Default"/>.</summary>
    public BuildBudget? Budget { get; init; }

    /// <summary>
    /// The figure images the manuscript may use, by the path it gives them relative to itself (a Markdown image's
    /// <c>images/photo.jpg</c>; for a legacy export's <c>Photo:</c> caption, <c>NAME.jpg</c> beside it, NAME being the
    /// file name's base). An in-memory build reads no file of the caller's: a figure not given here is set as a caption
    /// only, with a warning (PUB1201) and <see cref="EngineDiagnosticCodes.InMemoryFigureNotGiven"/> saying so.
    /// </summary>
    public IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Figures { get; init; } = new Dictionary<string, ReadOnlyMemory<byte>>();
}
