using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using Publish.Engine.Editions;
using Publish.Engine.Output;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Styles;
using Publish.Typesetting.Layout;

namespace Publish.Engine;

/// <summary>
/// Runs builds: find manuscripts → read each → write each requested edition atomically. A failing
/// manuscript never stops the others. Usable as a library: <c>new Publisher(writers).Build(request)</c>.
/// </summary>
public sealed class Publisher
{
    private readonly HouseStyle _style;
    private readonly ImmutableArray<IEditionWriter> _writers;

    public Publisher(HouseStyle style, IEnumerable<IEditionWriter> writers)
    {
        _style = style;
        _writers = [.. writers];
    }

    /// <summary>A publisher with every edition writer this version has.</summary>
    public static Publisher Create(HouseStyle style) => new(style, EditionWriters.Create(style));

    /// <summary>Formats this build of the tool can write.</summary>
    public EditionFormats Available => _writers.Aggregate(EditionFormats.None, (all, w) => all | w.Format);

    public BuildResult Build(BuildRequest request)
    {
        var buildDiagnostics = new DiagnosticBag();
        var manuscripts = ManuscriptDiscovery.Find(request.Inputs, buildDiagnostics);
        if (manuscripts.IsEmpty && !buildDiagnostics.HasErrors)
        {
            buildDiagnostics.Error(EngineDiagnosticCodes.NoManuscriptsFound, SourceSpan.WholeFile(string.Join(", ", request.Inputs)), "no manuscripts (.md, .txt) found");
        }

        if (!EnsureOutputFolder(request.OutputFolder, buildDiagnostics))
        {
            return new BuildResult([], buildDiagnostics.ToImmutableSorted());
        }

        var collisions = OutputNameCollisions(manuscripts);
        var results = manuscripts
            .Select(path => collisions.TryGetValue(path, out var other)
                ? Collided(path, other, request)
                : BuildOne(path, request))
            .ToImmutableArray();
        return new BuildResult(results, buildDiagnostics.ToImmutableSorted());
    }

    private ManuscriptResult BuildOne(string path, BuildRequest request)
    {
        var read = ManuscriptReader.Read(path, request.ReadOptions ?? ReadOptions.Default);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(read.Diagnostics);
        var outputs = ImmutableArray.CreateBuilder<EditionOutput>();
        var unavailable = request.Formats & ~Available;
        if (read.Document is null || diagnostics.HasErrors)
        {
            RemoveStaleEditions(path, request, diagnostics);
            return new ManuscriptResult(path, read.Document, diagnostics.ToImmutableSorted(), [], unavailable, request.Strict);
        }

        var date = request.BuildDate ?? DateOf(read.Document, path);
        var document = read.Document;
        var print = new Lazy<PrintEdition>(() => new PrintLayout(_style).Layout(document, date, PublishVersion.Producer, diagnostics));
        var context = new EditionContext(date, diagnostics, print);
        foreach (var writer in _writers.Where(w => request.Formats.HasFlag(w.Format)))
        {
            var target = Path.Combine(request.OutputFolder, EditionName(path, writer.Extension));
            try
            {
                // Render into memory first: a writer that reports an error must not leave a file behind.
                using var buffer = new MemoryStream();
                writer.Write(read.Document, context, buffer);
                if (diagnostics.HasErrors)
                {
                    break;
                }

                AtomicFile.Write(target, stream => buffer.WriteTo(stream));
                outputs.Add(new EditionOutput(writer.Format, target, buffer.Length, Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(target), $"cannot write the edition: {e.Message}");
            }
        }

        if (diagnostics.HasErrors)
        {
            RemoveStaleEditions(path, request, diagnostics);
            outputs.Clear();
        }

        return new ManuscriptResult(path, read.Document, diagnostics.ToImmutableSorted(), outputs.ToImmutable(), unavailable, request.Strict);
    }

    private ManuscriptResult Collided(string path, string other, BuildRequest request)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.Error(EngineDiagnosticCodes.OutputNameCollision, SourceSpan.WholeFile(path), $"its editions would have the same names as those of {other}; rename one of them");
        return new ManuscriptResult(path, null, diagnostics.ToImmutableSorted(), [], request.Formats & ~Available, request.Strict);
    }

    /// <summary>An edition that no longer matches its manuscript must not be shipped by a release script.</summary>
    private void RemoveStaleEditions(string path, BuildRequest request, DiagnosticBag diagnostics)
    {
        foreach (var writer in _writers)
        {
            var target = Path.Combine(request.OutputFolder, EditionName(path, writer.Extension));
            if (File.Exists(target))
            {
                File.Delete(target);
                diagnostics.Info(EngineDiagnosticCodes.StaleEditionRemoved, SourceSpan.WholeFile(target), "removed the previous edition, which no longer matches its manuscript");
            }
        }
    }

    private static bool EnsureOutputFolder(string folder, DiagnosticBag diagnostics)
    {
        if (File.Exists(folder))
        {
            diagnostics.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(folder), "the output folder is a file");
            return false;
        }

        try
        {
            Directory.CreateDirectory(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(EngineDiagnosticCodes.OutputNotWritable, SourceSpan.WholeFile(folder), $"cannot create the output folder: {e.Message}");
            return false;
        }
    }

    public static string EditionName(string manuscriptPath, string extension) =>
        Path.GetFileNameWithoutExtension(manuscriptPath) + extension;

    /// <summary>Manuscripts whose base names collide (case-insensitively, for case-insensitive file systems), mapped to one they collide with.</summary>
    private static Dictionary<string, string> OutputNameCollisions(ImmutableArray<string> manuscripts)
    {
        var collisions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in manuscripts.GroupBy(p => Path.GetFileNameWithoutExtension(p).ToUpperInvariant(), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                collisions[members[i]] = members[(i + 1) % members.Count];
            }
        }

        return collisions;
    }

    /// <summary>Without SOURCE_DATE_EPOCH: the manuscript's own date, else the file's modification time (UTC).</summary>
    private static DateTimeOffset DateOf(Document document, string path)
    {
        if (document.Metadata.Date is { } date &&
            DateTimeOffset.TryParseExact(date, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        return new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
    }
}
