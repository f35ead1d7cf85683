using System.Security.Cryptography;

namespace Publish.Engine.Tests;

/// <summary>
/// Issue 20: the build fingerprint takes each style file's hash from the last build into the same folder while the
/// file is the same version — size, inode, modification and change time (<c>.publish-cache/style-files.records</c>) —
/// instead of hashing the style's megabytes of fonts on every build; an edited style file, even one given its old size
/// and modification time back, is hashed again and rebuilds what it touches.
/// </summary>
public sealed class StyleFileRecordsTests
{
    [Fact]
    public void The_recorded_hashes_stand_in_for_unchanged_style_files_and_an_edited_one_is_hashed_again()
    {
        using var scratch = new ScratchFolder();
        var style = scratch.Write("house/bigger.yaml", "extends: default\ntext:\n  body: {size: 12pt}\n");
        var output = scratch.File("out");
        var request = new BuildRequest([Repo.SampleManuscript], output, BuildDate: ReleaseArchive.BuildDate, Formats: EditionFormats.Pdf);
        var records = Path.Combine(output, ".publish-cache", "style-files.records");

        var cold = Build(style, request);
        Assert.False(cold.FromCache);
        var lines = File.ReadAllLines(records);
        Assert.Equal("publish-style-files-2", lines[0]);
        var styleLine = Assert.Single(lines, l => l.EndsWith(" " + style, StringComparison.Ordinal));
        Assert.Equal(Sha256Of(style), styleLine.Split(' ')[5]);
        Assert.Contains(lines, l => l.EndsWith(".ttf", StringComparison.Ordinal) || l.EndsWith(".otf", StringComparison.Ordinal));
        Assert.True(Build(style, request).FromCache);

        // A recorded hash is taken as it stands while the file is that version: another hash is another key.
        var parts = styleLine.Split(' ', 7);
        var doctored = string.Join(' ', parts[0], parts[1], parts[2], parts[3], parts[4], new string('0', 64), parts[6]);
        File.WriteAllLines(records, lines.Select(l => l == styleLine ? doctored : l));
        Assert.False(Build(style, request).FromCache);

        // An edited style file (new size and time) is hashed again, its new hash recorded, and what it touches rebuilt.
        File.AppendAllText(style, "# edited\n");
        Assert.False(Build(style, request).FromCache);
        Assert.Contains(File.ReadAllLines(records), l => l.EndsWith(" " + style, StringComparison.Ordinal) && l.Split(' ')[5] == Sha256Of(style));
        Assert.True(Build(style, request).FromCache);

        // Rewritten in place to other bytes of the same size, its modification time set back: only the change time
        // moved, and that is enough to hash it again.
        var time = File.GetLastWriteTimeUtc(style);
        File.WriteAllText(style, File.ReadAllText(style).Replace("12pt", "13pt", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(style, time);
        Assert.False(Build(style, request).FromCache);
    }

    [Fact]
    public void A_damaged_or_foreign_records_file_is_no_record_and_a_link_there_is_left_alone()
    {
        using var scratch = new ScratchFolder();
        var output = scratch.File("out");
        var request = new BuildRequest([Repo.SampleManuscript], output, BuildDate: ReleaseArchive.BuildDate, Formats: EditionFormats.Pdf);
        var records = Path.Combine(output, ".publish-cache", "style-files.records");
        Assert.False(Build(Repo.DefaultStyle, request).FromCache);

        File.WriteAllText(records, "something else\n1 2 3 4\n");
        Assert.True(Build(Repo.DefaultStyle, request).FromCache); // every file hashed: the same key
        Assert.StartsWith("publish-style-files-2\n", File.ReadAllText(records), StringComparison.Ordinal);

        var elsewhere = scratch.Write("elsewhere.txt", "not the tool's");
        File.Delete(records);
        File.CreateSymbolicLink(records, elsewhere);
        Assert.True(Build(Repo.DefaultStyle, request).FromCache);
        Assert.Equal("not the tool's", File.ReadAllText(elsewhere));
        Assert.Equal(elsewhere, new FileInfo(records).LinkTarget);
    }

    private static ManuscriptResult Build(string style, BuildRequest request)
    {
        var diagnostics = new Model.Diagnostics.DiagnosticBag();
        var house = StyleResolver.Load(style, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToImmutableSorted()));
        var result = Publisher.Create(house).Build(request);
        Assert.True(result.Succeeded, string.Join("\n", result.Manuscripts.SelectMany(m => m.Diagnostics)));
        return Assert.Single(result.Manuscripts);
    }

    private static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
