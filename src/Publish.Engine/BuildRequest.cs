using Publish.Engine.Budget;
using Publish.Engine.Manifests;
using Publish.Engine.Sharding;

namespace Publish.Engine;

/// <summary>
/// One build: the manuscripts (files or folders), where editions go, the house style file (null = the default
/// shipped with the tool; the engine loads it, see <see cref="Publisher.For(BuildRequest, Model.Diagnostics.DiagnosticBag)"/>), how to read the manuscripts, which
/// formats, and the fixed build date (from SOURCE_DATE_EPOCH) if any. <see cref="Print"/> is what the PDF is for.
/// <see cref="Jobs"/> is how many manuscripts are built at once (0 = one per processor core);
/// <see cref="Force"/> ignores the cache; <see cref="Shard"/> builds only one share of the manuscripts;
/// <see cref="MetadataOverrides"/> (by full manuscript path, from a manifest) replace metadata the manuscripts give.
/// <see cref="Budget"/> limits each manuscript's time and the process's memory (null = <see cref="BuildBudget.Default"/>;
/// <see cref="BuildBudget.Unlimited"/> for none). <see cref="Containment"/> (from a manifest) names the inputs that
/// must lie inside the manifest's folder. <see cref="PdfStandard"/> says which standards the PDF claims.
/// <see cref="Draft"/> sets a ruled placeholder frame, naming the file looked for, where a photo is missing.
/// </summary>
public sealed record BuildRequest(
    IReadOnlyList<string> Inputs,
    string OutputFolder,
    string? StylePath = null,
    ReadingOptions? Reading = null,
    EditionFormats Formats = EditionFormats.All,
    DateTimeOffset? BuildDate = null,
    bool Strict = false,
    int Jobs = 0,
    bool Force = false,
    ShardSpec? Shard = null,
    IReadOnlyDictionary<string, MetadataOverride>? MetadataOverrides = null,
    PrintProfile Print = PrintProfile.Default,
    BuildBudget? Budget = null,
    ContainedInputs? Containment = null,
    PdfStandard PdfStandard = PdfStandard.Profile,
    bool Draft = false)
{
    /// <summary>
    /// Folders searched for a font file the style names when it is not beside the style file that names it, in order
    /// and before the shipped fonts (<c>--font-path</c>, then <c>PUBLISH_FONT_PATH</c>); see <see cref="Styles.StyleLoadOptions"/>.
    /// </summary>
    public IReadOnlyList<string> FontPaths { get; init; } = [];

    /// <summary>
    /// The manifest's books (issue 20): each made into <c>OUTPUT/NAME.pdf</c> and <c>.epub</c> after the manuscripts.
    /// The parts of a book with <c>alone: false</c> are kept out of <see cref="Inputs"/>' single builds.
    /// </summary>
    public IReadOnlyList<Books.BookEntry> Books { get; init; } = [];
}
