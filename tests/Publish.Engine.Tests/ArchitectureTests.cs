using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Publish.Engine.Tests;

/// <summary>
/// The arrows between our assemblies, read from what the compiler actually wrote: each built assembly's AssemblyRef
/// table (System.Reflection.Metadata), not the project files. A project reference that nothing uses leaves no arrow
/// (the compiler drops it); a type used through a transitive reference does. Every assembly of ours must be listed in
/// <see cref="Allowed"/>, and its arrows must be a subset of that list: a new arrow, or a new assembly, is a decision
/// made here, in review. The <see cref="Forbidden"/> arrows are the ones the design rules out (issue 15).
/// </summary>
public sealed class ArchitectureTests
{
    private const string Citations = "Publish.Citations";
    private const string Cli = "publish";
    private const string Engine = "Publish.Engine";
    private const string Epub = "Publish.Epub";
    private const string FontSubsetting = "Publish.FontSubsetting";
    private const string Imaging = "Publish.Imaging";
    private const string Manuscript = "Publish.Manuscript";
    private const string Model = "Publish.Model";
    private const string Pdf = "Publish.Pdf";
    private const string Styles = "Publish.Styles";
    private const string Typesetting = "Publish.Typesetting";

    /// <summary>
    /// Every assembly of ours and the assemblies of ours it may reference. The CLI speaks to the engine's façade in
    /// Engine and Model types only; the model depends on nothing of ours; the engine is the one place that wires the
    /// reader, the typesetter, the styles and the writers together.
    /// </summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [Citations] = [Model],
        [Cli] = [Engine, Model],
        [Engine] = [Citations, Epub, FontSubsetting, Imaging, Manuscript, Model, Pdf, Styles, Typesetting],
        [Epub] = [FontSubsetting, Imaging, Model, Styles],
        [FontSubsetting] = [],
        [Imaging] = [Model],
        [Manuscript] = [Citations, Imaging, Model],
        [Model] = [],
        [Pdf] = [FontSubsetting, Imaging, Model, Typesetting],
        [Styles] = [Model],
        [Typesetting] = [Imaging, Model, Styles],
    };

    /// <summary>Arrows that must never exist, whatever <see cref="Allowed"/> says.</summary>
    private static readonly (string From, string[] To)[] Forbidden =
    [
        (Cli, [Typesetting, Manuscript, Styles, Pdf, Epub, Imaging, FontSubsetting, Citations]),
        (Epub, [Typesetting]),
        (Pdf, [Manuscript, Styles]),
        (Model, [Engine, Epub, FontSubsetting, Imaging, Manuscript, Pdf, Styles, Typesetting, Cli]),
    ];

    public static TheoryData<string> Assemblies() => [.. Allowed.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void An_assembly_references_none_of_ours_but_those_allowed(string assembly)
    {
        var references = OurReferences(assembly);

        var unexpected = references.Except(Allowed[assembly], StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0, $"{assembly} references {string.Join(", ", unexpected)}, which ArchitectureTests.Allowed does not allow: remove the use, or make the arrow a decision there");
    }

    [Fact]
    public void No_forbidden_arrow_exists()
    {
        var found = Forbidden.SelectMany(rule => OurReferences(rule.From).Intersect(rule.To, StringComparer.Ordinal).Select(to => $"{rule.From} → {to}")).ToList();

        Assert.True(found.Count == 0, "forbidden arrows: " + string.Join(", ", found));
    }

    [Fact]
    public void No_forbidden_arrow_is_allowed()
    {
        var contradictions = Forbidden.SelectMany(rule => Allowed[rule.From].Intersect(rule.To, StringComparer.Ordinal).Select(to => $"{rule.From} → {to}")).ToList();

        Assert.Empty(contradictions);
    }

    [Fact]
    public void Every_assembly_of_ours_that_was_built_is_listed()
    {
        var built = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(IsOurs)
            .Where(name => !name.EndsWith(".Tests", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), built);
    }

    /// <summary>
    /// The reader sees real arrows: without this, an empty reading would pass every check above. The engine wires the
    /// typesetter and the writers (so it references them), and the CLI reaches the engine.
    /// </summary>
    [Fact]
    public void The_reading_finds_the_arrows_the_build_needs()
    {
        Assert.Superset(new HashSet<string>([Typesetting, Pdf, Epub, Manuscript, Styles], StringComparer.Ordinal), OurReferences(Engine));
        Assert.Contains(Engine, OurReferences(Cli));
    }

    /// <summary>The assemblies of ours named in <paramref name="assembly"/>'s AssemblyRef table, as compiled.</summary>
    private static HashSet<string> OurReferences(string assembly)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assembly + ".dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .Where(IsOurs)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsOurs(string name) =>
        string.Equals(name, Cli, StringComparison.Ordinal) || name.StartsWith("Publish.", StringComparison.Ordinal);
}
