using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using CsCheck;

namespace Publish.Engine.Tests.Properties.Archives;

/// <summary>
/// Issue 14's archive property, through the real CLI: archives with random hostile members (links out of the
/// archive, FIFOs, link loops, huge URLs, deep nesting, corrupt images, wrong encodings) beside good manuscripts,
/// built into an output folder that already holds editions and files that are not ours. Whatever the mix, the
/// run ends with exit 0 or 1 (never a crash), the good manuscripts' editions are byte-identical to a clean run of
/// each alone, and every file that was in the output folder before is either rebuilt from a success or untouched.
/// </summary>
public sealed class HostileArchivePropertyTests
{
    private static readonly Dictionary<string, string> FixedClock = new(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = "1700000000" };

    /// <summary>The editions of each good manuscript built alone, by pool index: what the archive run must reproduce.</summary>
    private static readonly ConcurrentDictionary<int, Lazy<Dictionary<string, byte[]>>> CleanEditions = new();

    private static readonly Gen<HostileArchive> Archives = Gen.Select(
        Gen.Int[0, HostileArchive.GoodPool.Length - 1].Array[1, 3],
        Gen.Enum<HostileMemberKind>().Array[1, 4],
        Gen.Bool,
        (good, hostile, previous) => new HostileArchive(good, hostile, previous));

    /// <summary>Samples per run: each is one real build of a small archive (a few seconds); CI rotates the seed.</summary>
    private static int Samples => int.TryParse(Environment.GetEnvironmentVariable("PUBLISH_ARCHIVE_SAMPLES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 6;

    [Fact]
    public void Hostile_members_never_harm_good_manuscripts_nor_files_that_are_not_ours() =>
        Archives.Sample(Check, iter: Samples, threads: 1);

    private static void Check(HostileArchive archive)
    {
        using var scratch = new ScratchFolder();
        var folder = scratch.File("archive");
        var output = scratch.File("out");
        var hostileNames = archive.WriteTo(folder, Path.Combine(Repo.Root, "tests", "manuscripts", "legacy", "ports-of-the-caspian.jpg"));
        var before = archive.PreviousEditions ? Prefill(output, hostileNames, archive) : new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var report = scratch.File("report.json");

        var outcome = PublishProcess.Run(scratch.Path, FixedClock, "build", folder, "-o", output, "--report", report);

        Assert.True(outcome.ExitCode is 0 or 1, $"exit {outcome.ExitCode} for {archive}:\n{outcome.StandardError}");
        Assert.DoesNotContain("internal error", outcome.StandardError, StringComparison.OrdinalIgnoreCase);
        var rebuilt = RebuiltEditions(report);

        foreach (var index in archive.Good.Distinct())
        {
            var name = HostileArchive.GoodPool[index].Name;
            foreach (var (extension, bytes) in Clean(index))
            {
                var edition = Path.Combine(output, Path.GetFileNameWithoutExtension(name) + extension);
                Assert.True(File.Exists(edition), $"{name}: no {extension} edition in {archive}:\n{outcome.StandardError}");
                Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(edition)), $"{name}: the {extension} edition differs from a clean build in {archive}");
            }
        }

        foreach (var (path, bytes) in before)
        {
            if (rebuilt.Contains(Path.GetFullPath(path)))
            {
                continue;
            }

            Assert.True(File.Exists(path), $"{Path.GetFileName(path)} was removed by a build that did not rebuild it ({archive})");
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{Path.GetFileName(path)} was changed by a build that did not rebuild it ({archive})");
        }

        // Nothing from outside the archive is published: a link out of it gets no edition.
        for (var i = 0; i < archive.Hostile.Length; i++)
        {
            if (archive.Hostile[i] == HostileMemberKind.LinkOutside)
            {
                Assert.DoesNotContain(Path.GetFullPath(Path.Combine(output, $"hostile-{i}.pdf")), rebuilt);
                Assert.DoesNotContain(Path.GetFullPath(Path.Combine(output, $"hostile-{i}.epub")), rebuilt);
            }
        }

        // The build's own temporary files are gone, beside the editions and in the cache folder, and so is its owner
        // lock file; foreign hidden files stay (checked above).
        var leftovers = Directory.Exists(output)
            ? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Where(f => !before.ContainsKey(f) && (Path.GetFileName(f).StartsWith('.') || Path.GetFileName(Path.GetDirectoryName(f)) == Output.TemporaryOwner.FolderName))
                .ToList()
            : [];
        Assert.True(leftovers.Count == 0, $"left behind: {string.Join(", ", leftovers)}");
    }

    /// <summary>An output folder as a release machine has it: editions of earlier runs and files that are not the build's.</summary>
    private static Dictionary<string, byte[]> Prefill(string output, IReadOnlyList<string> hostileNames, HostileArchive archive)
    {
        Directory.CreateDirectory(output);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        void Put(string name, string text)
        {
            var path = Path.Combine(output, name);
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(path, bytes);
            files[path] = bytes;
        }

        Put(".thesis.docx.4242.tmp", "someone else's temporary file");
        Put(".report.json.1.1.tmp", "not ours either: no lock says so");
        Put("notes.txt", "an editor's notes");
        Put("keep.pdf", "%PDF-1.7 an edition of a manuscript that is not in this archive");
        foreach (var name in hostileNames)
        {
            Put(name + ".pdf", "%PDF-1.7 the previous good edition of " + name);
            Put(name + ".epub", "PK the previous good edition of " + name);
        }

        var good = HostileArchive.GoodPool[archive.Good[0]].Name;
        Put(Path.GetFileNameWithoutExtension(good) + ".pdf", "%PDF-1.7 an old edition, to be rebuilt");
        return files;
    }

    /// <summary>The full paths of the editions the report says were written by this run (status built).</summary>
    private static HashSet<string> RebuiltEditions(string report)
    {
        Assert.True(File.Exists(report), "no report was written");
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
        {
            if (result.GetProperty("status").GetString() != "built")
            {
                continue;
            }

            foreach (var output in result.GetProperty("outputs").EnumerateArray())
            {
                // The report's paths are relative to the folder publish ran in, the scratch folder that holds the report.
                paths.Add(Path.GetFullPath(output.GetProperty("path").GetString()!, Path.GetDirectoryName(report)!));
            }
        }

        return paths;
    }

    private static Dictionary<string, byte[]> Clean(int index) =>
        CleanEditions.GetOrAdd(index, i => new Lazy<Dictionary<string, byte[]>>(() => BuildAlone(i))).Value;

    private static Dictionary<string, byte[]> BuildAlone(int index)
    {
        using var scratch = new ScratchFolder();
        var (name, text) = HostileArchive.GoodPool[index];
        var path = scratch.Write(Path.Combine("alone", name), text);
        var outcome = PublishProcess.Run(scratch.Path, FixedClock, "build", path, "-o", scratch.File("out"));
        Assert.True(outcome.ExitCode == 0, $"{name} alone: exit {outcome.ExitCode}\n{outcome.StandardError}");
        var stem = Path.GetFileNameWithoutExtension(name);
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [".pdf"] = File.ReadAllBytes(scratch.File(Path.Combine("out", stem + ".pdf"))),
            [".epub"] = File.ReadAllBytes(scratch.File(Path.Combine("out", stem + ".epub"))),
        };
    }
}
