using System.CommandLine;
using System.Globalization;
using Publish.Engine;
using Publish.Engine.Budget;
using Publish.Engine.Citing;
using Publish.Engine.Output;
using Publish.Engine.Manifests;
using Publish.Engine.Sharding;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;

namespace Publish.Cli;

/// <summary>The options <c>build</c> and <c>watch</c> share, and their translation into one <see cref="BuildRequest"/>.</summary>
internal sealed class BuildOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Manuscript files, folders (searched recursively for .md and .txt) or a publish.yaml manifest; - reads one manuscript from standard input. Default: ./publish.yaml if present, else manuscript/",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Folder for the editions (default: output, or the manifest's); or, for one manuscript, the file of its one edition (a name ending in .pdf or .epub)." };

    public Option<string?> Style { get; } = new("--style") { Description = "House style YAML file (default: the institute's style shipped with Publish)." };

    public Option<string[]> FontPath { get; } = new("--font-path") { Description = "Folder searched for the style's font files when they are not beside the style (repeatable; also PUBLISH_FONT_PATH).", AllowMultipleArgumentsPerToken = false };

    public Option<string?> Formats { get; } = new("--format") { Description = "Editions to write: pdf, epub or both (pdf,epub; the default)." };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors." };

    public Option<bool> Draft { get; } = new("--draft") { Description = "Proof copy: where a photo file is missing, set a ruled placeholder frame naming the file looked for." };

    public Option<string[]> Bibliography { get; } = new("--bibliography") { Description = "Bibliography file (.bib, .yaml, .json) for a Markdown manuscript's citations, replacing its front matter's (repeatable; any folder).", AllowMultipleArgumentsPerToken = false };

    public Option<string?> Csl { get; } = new("--csl") { Description = "CSL style of the citations, replacing the front matter's and the house style's: a .csl file, or a shipped style's name (chicago-notes-bibliography, apa, …)." };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only warnings and errors." };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Manuscripts built at once (default, or 0: the number of processor cores).",
        CustomParser = result => (int)NumberParsers.Whole("--jobs", 0, MaxJobs, "the number of manuscripts built at once")(result),
    };

    /// <summary>More parallel builds than this is a typo, not a machine: each takes a thread and its memory.</summary>
    public const int MaxJobs = 1024;

    public Option<bool> Force { get; } = new("--force") { Description = "Rebuild every edition, ignoring the cache; with -o FILE.pdf or FILE.epub, also replace a file there that Publish did not write." };

    public Option<string?> PdfProfile { get; } = new("--pdf-profile") { Description = "default (TrimBox = MediaBox) or press (3 mm bleed, crop marks, TrimBox and BleedBox, low-resolution photo warnings)." };

    public Option<string?> PdfStandard { get; } = new("--pdf-standard")
    {
        Description = "default (claim the profile's standards: PDF/A-2b and PDF/UA-1 on an sRGB output intent; with --pdf-profile press also PDF/X-4, on the style's CMYK printing condition, FOGRA39 unless the style names one) or none (a plain PDF: no claims, no output intent).",
    };

    public Option<string?> Shard { get; } = new("--shard") { Description = "Build only share I of N (I/N, 1-based) of the manuscripts, for CI matrices." };

    public Option<double?> TimeLimit { get; } = new("--time-limit")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Seconds one manuscript may take before it is stopped with error PUB7008 (default: {BuildBudget.DefaultTimeLimit.TotalSeconds:0}; 0 = no limit; at least {NumberParsers.MinSeconds} otherwise)."),
        CustomParser = NumberParsers.Seconds("--time-limit", BuildBudget.MaxTimeLimit.TotalSeconds),
    };

    public Option<long?> MemoryLimit { get; } = new("--memory-limit")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Megabytes of memory the process may use before a manuscript is stopped with error PUB7009 (default: {BuildBudget.DefaultMemoryLimitMegabytes}, or 80 % of the machine's memory when less; 0 = no limit)."),
        CustomParser = result => NumberParsers.Whole("--memory-limit", 0, BuildBudget.MaxMemoryLimitMegabytes, "megabytes")(result),
    };

    public const string DefaultManifest = "publish.yaml";

    public CommonOptions Common { get; } = new();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        foreach (var option in new Option[] { Output, Style, FontPath, Formats, Strict, Draft, Bibliography, Csl, Quiet, Jobs, Force, Shard, PdfProfile, PdfStandard, TimeLimit, MemoryLimit })
        {
            command.Options.Add(option);
        }

        Common.AddTo(command);
    }

    /// <summary>
    /// The request the command line describes for <c>watch</c>, which rebuilds into a folder from files: null (after
    /// printing why) when it is a usage error, standard input or an edition file (<c>-o FILE.pdf</c>) included.
    /// </summary>
    public BuildRequest? RequestFrom(ParseResult parse) => BuildFrom(parse, watching: true)?.Request;

    /// <summary>
    /// The build the command line describes — the request, an edition file named by <c>-o</c>, standard input
    /// named by <c>-</c> — or null after printing why it is a usage error. Everything is checked before the
    /// private folders of <see cref="CommandLineBuild"/> are made, so a refused command line leaves nothing behind.
    /// </summary>
    public CommandLineBuild? BuildFrom(ParseResult parse, bool watching = false)
    {
        DateTimeOffset? buildDate;
        try
        {
            buildDate = BuildClock.FromEnvironmentValue(Environment.GetEnvironmentVariable(BuildClock.Variable));
        }
        catch (FormatException e)
        {
            return Usage(e.Message);
        }

        ShardSpec? shard = null;
        if (parse.GetValue(Shard) is { } shardText && (shard = ShardSpec.Parse(shardText, out var shardError)) is null)
        {
            return Usage(shardError!);
        }

        // Without paths: the manifest of the current folder when there is one, else the manuscript/ folder.
        var paths = parse.GetValue(Paths) is { Length: > 0 } given ? given
            : File.Exists(DefaultManifest) ? [DefaultManifest]
            : ["manuscript"];
        var fromStdin = paths.Contains(StdinManuscript.Argument, StringComparer.Ordinal);
        if (fromStdin && (watching || paths.Length > 1))
        {
            return Usage(watching
                ? "watch rebuilds files as they change; it cannot read standard input ('-')"
                : "'-' (standard input) must be the only manuscript of a build");
        }

        var manifestPath = paths.Length == 1 && BuildManifest.IsManifest(paths[0]) ? paths[0] : null;
        BuildManifest? manifest = null;
        if (manifestPath is not null)
        {
            // Every error and warning of the manifest at once, each at its line; any error is a usage error.
            var manifestDiagnostics = new DiagnosticBag();
            manifest = BuildManifest.Load(manifestPath, manifestDiagnostics);
            DiagnosticPrinter.Print(manifestDiagnostics.ToImmutableSorted());
            if (manifest is null)
            {
                return Usage($"{manifestPath} has errors; nothing was built");
            }
        }

        var formatText = parse.GetValue(Formats) ?? manifest?.Formats ?? "pdf,epub";
        if (!TryParseFormats(formatText, out var requested))
        {
            return Usage("--format takes pdf, epub or pdf,epub");
        }

        PrintProfile profile;
        switch (parse.GetValue(PdfProfile))
        {
            case null or "default":
                profile = PrintProfile.Default;
                break;
            case "press":
                profile = PrintProfile.Press;
                break;
            default:
                return Usage("--pdf-profile takes default or press");
        }

        PdfStandard standard;
        switch (parse.GetValue(PdfStandard))
        {
            case null or "default":
                standard = Engine.PdfStandard.Profile;
                break;
            case "none":
                standard = Engine.PdfStandard.None;
                break;
            default:
                return Usage("--pdf-standard takes default or none");
        }

        var inputs = manifest is null ? paths : [.. manifest.Manuscripts];
        var output = parse.GetValue(Output) ?? manifest?.Output ?? "output";
        var fileFormat = SingleEditionTarget.FormatNamedBy(output);
        if (fileFormat != EditionFormats.None)
        {
            if (OneFileRefusal(parse, output, fileFormat, watching, fromStdin ? [] : inputs, manifest?.Containment, parse.GetValue(Style) ?? manifest?.Style) is { } why)
            {
                return Usage(why);
            }

            requested = fileFormat;
        }
        else if (OutputPathCheck.OutputFolderRefusal(output) is { } refusal)
        {
            // An output folder that is a file, or cannot be made, is a usage error found before anything is read.
            DiagnosticPrinter.Print([Diagnostic.Error(EngineDiagnosticCodes.OutputPathRefused, SourceSpan.WholeFile(output), $"-o cannot be the output folder: {refusal}; nothing was built")]);
            return null;
        }

        if (CitationOptionsFrom(parse, Common.ReadingOptionsFrom(parse)) is not { } reading)
        {
            return null;
        }

        StdinManuscript? stdin = null;
        if (fromStdin)
        {
            var stdinDiagnostics = new DiagnosticBag();
            stdin = StdinManuscript.Read(Console.OpenStandardInput(), reading.Dialect, stdinDiagnostics);
            DiagnosticPrinter.Print(stdinDiagnostics.ToImmutableSorted());
            if (stdin is null)
            {
                return null;
            }

            inputs = [stdin.Path];
        }

        var file = fileFormat == EditionFormats.None ? null : SingleEditionTarget.Create(output, fileFormat);
        var request = new BuildRequest(
            inputs,
            file?.BuildFolder ?? output,
            parse.GetValue(Style) ?? manifest?.Style,
            reading,
            requested,
            buildDate,
            parse.GetValue(Strict),
            parse.GetValue(Jobs),
            parse.GetValue(Force),
            shard,
            manifest?.MetadataOverrides,
            profile,
            BudgetFrom(parse),
            manifest?.Containment,
            standard,
            parse.GetValue(Draft))
        {
            FontPaths = [.. parse.GetValue(FontPath) ?? [], .. FontSearchPath.FromEnvironmentValue(Environment.GetEnvironmentVariable(FontSearchPath.Variable))],
            Books = file is null ? manifest?.Books ?? [] : [],
        };
        return new CommandLineBuild(request, file, stdin);
    }

    /// <summary>
    /// <paramref name="reading"/> with <c>--bibliography</c> and <c>--csl</c>, made full paths and checked before anything is
    /// built (regular files, or a shipped style's name); null after printing error PUB7096 for each one refused.
    /// </summary>
    private ReadingOptions? CitationOptionsFrom(ParseResult parse, ReadingOptions reading)
    {
        var refused = new List<Diagnostic>();
        var bibliographies = new List<string>();
        foreach (var given in parse.GetValue(Bibliography) ?? [])
        {
            var full = Path.GetFullPath(given);
            var status = InputFile.Examine(full);
            if (!status.IsRegular)
            {
                refused.Add(Unreadable("--bibliography", given, status));
            }

            bibliographies.Add(full);
        }

        var csl = parse.GetValue(Csl);
        if (csl is not null && csl.EndsWith(".csl", StringComparison.OrdinalIgnoreCase))
        {
            csl = Path.GetFullPath(csl);
            if (InputFile.Examine(csl) is { IsRegular: false } status)
            {
                refused.Add(Unreadable("--csl", csl, status));
            }
        }
        else if (csl is not null && !Citer.IsShippedStyle(csl))
        {
            refused.Add(Diagnostic.Error(CliDiagnosticCodes.CitationOptionRefused, SourceSpan.WholeFile(csl), $"--csl {csl} is no .csl file and no shipped style ({string.Join(", ", Citer.ShippedStyleNames)}); nothing was built"));
        }

        if (refused.Count > 0)
        {
            DiagnosticPrinter.Print([.. refused]);
            return null;
        }

        return reading with { Bibliographies = [.. bibliographies], Csl = csl };

        static Diagnostic Unreadable(string option, string path, InputFileStatus status) =>
            Diagnostic.Error(CliDiagnosticCodes.CitationOptionRefused, SourceSpan.WholeFile(path), $"{option} {path} cannot be read: {(status.Kind == InputFileKind.Missing ? "there is no such file" : status.Reason)}; nothing was built");
    }

    /// <summary>
    /// Why <c>-o</c> may not name the one edition file <paramref name="output"/>: under <c>watch</c>, with another
    /// <c>--format</c> or a <c>--shard</c>, when it is an existing folder (perhaps one an earlier version made), an input,
    /// not a regular file or in a folder that does not exist, or when the inputs hold more than one manuscript.
    /// </summary>
    private string? OneFileRefusal(ParseResult parse, string output, EditionFormats format, bool watching, IReadOnlyList<string> inputs, ContainedInputs? containment, string? style)
    {
        var kind = format == EditionFormats.Pdf ? "pdf" : "epub";
        if (watching)
        {
            return $"watch writes its editions into a folder; -o {output} names a file (give a folder)";
        }

        if (parse.GetValue(Formats) is { } formats && (!TryParseFormats(formats, out var asked) || asked != format))
        {
            return $"-o {output} writes the {kind} edition only; --format {formats} asks for another";
        }

        if (parse.GetValue(Shard) is not null)
        {
            return $"-o {output} names the file of one manuscript's edition; --shard splits many manuscripts (give a folder)";
        }

        if (Directory.Exists(output))
        {
            return $"-o {output} is an existing folder, and a name ending in .{kind} writes one edition file; remove or rename that folder, or give another name";
        }

        var manuscripts = ManuscriptDiscovery.Find(inputs, new DiagnosticBag(), containment);
        if (manuscripts.Length > 1)
        {
            return $"-o {output} writes one edition file, but {manuscripts.Length} manuscripts were found ({manuscripts[0]}, {manuscripts[1]}{(manuscripts.Length > 2 ? ", …" : string.Empty)}); give -o a folder to build them all";
        }

        return SingleEditionTarget.Refusal(output, [.. inputs, .. manuscripts, .. style is null ? Array.Empty<string>() : [style]]) is { } why
            ? $"-o {output} cannot be written: {why}; nothing was built"
            : null;
    }

    /// <summary>
    /// The budget the options ask for: each limit given replaces the default one. Their parsers (<see cref="NumberParsers"/>)
    /// have already refused a value out of <see cref="BuildBudget"/>'s range as a usage error.
    /// </summary>
    private BuildBudget BudgetFrom(ParseResult parse) => new(
        parse.GetValue(TimeLimit) is { } seconds ? TimeSpan.FromSeconds(seconds) : BuildBudget.Default.TimeLimit,
        parse.GetValue(MemoryLimit) is { } megabytes ? megabytes * BuildBudget.Megabyte : BuildBudget.Default.MemoryLimitBytes);

    private static CommandLineBuild? Usage(string message)
    {
        Console.Error.WriteLine($"publish: {message}");
        return null;
    }

    private static bool TryParseFormats(string text, out EditionFormats formats)
    {
        formats = EditionFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToUpperInvariant())
            {
                case "PDF":
                    formats |= EditionFormats.Pdf;
                    break;
                case "EPUB":
                    formats |= EditionFormats.Epub;
                    break;
                default:
                    return false;
            }
        }

        return formats != EditionFormats.None;
    }
}
