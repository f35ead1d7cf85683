using Publish.Engine;
using Publish.Engine.Editions;
using Publish.Engine.Manifests;
using Publish.Manuscript;
using Publish.Model.Diagnostics;
using Publish.Styles;
using Publish.Typesetting.Layout;

namespace Publish.Fuzz;

/// <summary>
/// One fuzz input: the bytes are read as a Markdown manuscript and as a legacy export; with
/// <see cref="FuzzMode.Build"/> both editions are written too. Any exception escaping is a finding: readers and
/// writers must answer every input with diagnostics, never throw.
/// </summary>
/// <remarks>
/// The build mode does not go through <see cref="Publisher.Build"/>: the publisher turns a writer's exception into
/// an internal-error diagnostic (so afl would never see a crash), and it writes files and a cache. Here the
/// engine's own stages run in the same order — read, lay out once, each edition writer into memory — with
/// exceptions left to escape. The one exception the engine treats as the manuscript's problem rather than a bug,
/// <see cref="InvalidDataException"/> from a writer refusing data, is caught the same way here.
/// </remarks>
internal sealed class FuzzTarget
{
    private readonly FuzzMode _mode;
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-fuzz-").FullName;
    private readonly Lazy<HouseStyle> _style;
    private readonly TextWriter? _log;

    /// <param name="mode">What each input drives.</param>
    /// <param name="log">Where a replay says what each input gave (edition sizes), so a replay shows the writers ran; null under afl.</param>
    public FuzzTarget(FuzzMode mode, TextWriter? log = null)
    {
        _mode = mode;
        _log = log;
        CopyAssets(Environment.GetEnvironmentVariable("PUBLISH_FUZZ_ASSETS"), _folder);
        _style = new Lazy<HouseStyle>(() =>
        {
            var diagnostics = new DiagnosticBag();
            return StyleResolver.Load(Environment.GetEnvironmentVariable("PUBLISH_FUZZ_STYLE"), diagnostics)
                ?? throw new InvalidOperationException("no house style: " + string.Join("; ", diagnostics.ToImmutableSorted()));
        });
    }

    /// <summary>
    /// Puts the files of <paramref name="assets"/> (sub-folders kept) beside the fuzzed manuscript, so inputs that
    /// name an image (<c>![…](images/x.png)</c>, a legacy <c>Photo:</c> caption finding <c>fuzz.jpg</c>) reach
    /// the writers' image code. The images stay valid: the fuzzer mutates the manuscript only.
    /// </summary>
    private static void CopyAssets(string? assets, string folder)
    {
        if (string.IsNullOrEmpty(assets))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(assets, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Run(byte[] input)
    {
        switch (_mode)
        {
            case FuzzMode.Style:
                LoadStyle(input);
                return;
            case FuzzMode.Manifest:
                LoadManifest(input);
                return;
        }

        foreach (var name in new[] { "fuzz.md", "fuzz.txt" })
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, input);
            var read = ManuscriptReader.Read(path, ReadOptions.Default);
            _log?.WriteLine($" {name}: {read.Diagnostics.Length} diagnostics, {(read.Document is null ? "no document" : "read")}");
            if (_mode == FuzzMode.Build && read.Document is { } document && !read.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                WriteEditions(document);
            }
        }
    }

    /// <summary>
    /// Loads the input as a house style beside the assets (run with <c>PUBLISH_FUZZ_ASSETS=styles</c> so the
    /// fonts and pattern files a mutated style names are there): every input must end in a style or diagnostics.
    /// </summary>
    private void LoadStyle(byte[] input)
    {
        var path = Path.Combine(_folder, "fuzz-style.yaml");
        File.WriteAllBytes(path, input);
        var result = HouseStyleLoader.Load(path);
        _log?.WriteLine($" style: {(result.Succeeded ? "loaded" : "refused")}, {result.Diagnostics.Length} diagnostics");
    }

    /// <summary>Loads the input as a build manifest: every input must end in a manifest or messages.</summary>
    private void LoadManifest(byte[] input)
    {
        var path = Path.Combine(_folder, "publish.yaml");
        File.WriteAllBytes(path, input);
        var diagnostics = new DiagnosticBag();
        var manifest = BuildManifest.Load(path, diagnostics);
        _log?.WriteLine($" manifest: {(manifest is null ? "refused: " + string.Join('\n', diagnostics.ToImmutableSorted()) : manifest.Manuscripts.Length + " entries")}");
    }

    /// <summary>Lays the document out once and writes both editions into memory, as the engine does.</summary>
    private void WriteEditions(Model.Document document)
    {
        var style = _style.Value;
        var diagnostics = new DiagnosticBag();
        var print = new PrintLayout(style).Layout(document, DateTimeOffset.UnixEpoch, PublishVersion.Producer, diagnostics);
        var context = new EditionContext(DateTimeOffset.UnixEpoch, diagnostics, print);
        foreach (var writer in EditionWriters.Create(style))
        {
            using var buffer = new MemoryStream();
            try
            {
                writer.Write(document, context, buffer);
                _log?.WriteLine($"  {writer.Extension}: {buffer.Length} bytes");
            }
            catch (InvalidDataException e)
            {
                _log?.WriteLine($"  {writer.Extension}: refused ({e.Message})");
                // The engine reports this as the manuscript's problem (PUB edition input refused), not a crash.
            }
        }
    }
}
