using System.Diagnostics;
using System.Security.Cryptography;
using Publish.Model.Input;

namespace Publish.Model.Tests.Input;

/// <summary>
/// <see cref="SharedInputFiles"/> hands out one read of a file while it is unchanged, and reads it again after any
/// change a build could miss otherwise: another file under the name, another size, a modification time set anew or set
/// back (the change time still moves), and any file changed just before it was read. Refusals are InputFile's.
/// </summary>
public sealed class SharedInputFilesTests : IDisposable
{
    /// <summary>A clock an hour ahead: every file written by a test has settled by it.</summary>
    private static readonly DateTime Later = DateTime.UtcNow.AddHours(1);

    private readonly string _folder = Directory.CreateTempSubdirectory("publish-shared-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static SharedInputFile Read(string path) => SharedInputFiles.Read(path, 1000, "font file", Later);

    private static string Text(SharedInputFile file) => System.Text.Encoding.UTF8.GetString(file.Bytes);

    [Fact]
    public void An_unchanged_file_is_read_once_and_its_hash_is_that_of_its_bytes()
    {
        var path = Write("a.ttf", "first");

        var first = Read(path);

        Assert.Same(first, Read(path));
        Assert.Same(first, Read(Path.Combine(_folder, ".", "a.ttf")));
        Assert.Equal("first", Text(first));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("first"u8)), first.Sha256);
        using var handle = InputFile.OpenRegularWithVersion(path, 1000, "font file", out var version);
        Assert.Same(first, SharedInputFiles.Held(path, version));
        Assert.Null(SharedInputFiles.Held(path, version with { Length = version.Length + 1 }));
    }

    [Fact]
    public void A_file_replaced_by_another_of_the_same_size_and_time_is_read_again()
    {
        var path = Write("a.ttf", "first");
        var time = File.GetLastWriteTimeUtc(path);
        Assert.Equal("first", Text(Read(path)));

        // Written beside it and renamed over it, as editors and package managers replace files: another inode.
        var replacement = Write("a.ttf.new", "other");
        File.SetLastWriteTimeUtc(replacement, time);
        File.Move(replacement, path, overwrite: true);

        Assert.Equal("other", Text(Read(path)));
    }

    [Fact]
    public void A_file_rewritten_in_place_is_read_again_when_its_size_or_modification_time_changes()
    {
        var path = Write("a.ttf", "first");
        Assert.Equal("first", Text(Read(path)));

        File.WriteAllText(path, "longer text");
        Assert.Equal("longer text", Text(Read(path)));

        File.WriteAllText(path, "other text!");
        File.SetLastWriteTimeUtc(path, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal("other text!", Text(Read(path)));
    }

    [Fact]
    public void A_file_rewritten_in_place_with_its_size_and_modification_time_kept_is_read_again()
    {
        var path = Write("a.ttf", "first");
        var time = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, time);
        var held = Read(path);

        // Past one tick of the file system's clock, so the change time the rewrite sets differs (asserted below).
        Thread.Sleep(50);
        File.WriteAllText(path, "other");
        File.SetLastWriteTimeUtc(path, time);

        using (InputFile.OpenRegularWithVersion(path, 1000, "font file", out var version))
        {
            Assert.Equal((held.Version.Length, held.Version.Inode, held.Version.ModifiedNanoseconds), (version.Length, version.Inode, version.ModifiedNanoseconds));
            Assert.NotEqual(held.Version.ChangedNanoseconds, version.ChangedNanoseconds);
        }

        Assert.Equal("other", Text(Read(path)));
    }

    [Fact]
    public void A_file_changed_just_before_it_was_read_is_handed_out_but_not_held()
    {
        // Its times may not move if it changes again within the same tick of the clock, so it is read every time until it settles.
        var path = Write("a.ttf", "first");

        var first = SharedInputFiles.Read(path, 1000, "font file");
        var second = SharedInputFiles.Read(path, 1000, "font file");

        Assert.Equal("first", Text(second));
        Assert.NotSame(first, second);
        using var handle = InputFile.OpenRegularWithVersion(path, 1000, "font file", out var version);
        Assert.Null(SharedInputFiles.Held(path, version));
    }

    [Fact]
    public void Refusals_are_those_of_InputFile_naming_the_path()
    {
        var large = Write("large.ttf", new string('x', 2000));
        var fifo = Path.Combine(_folder, "fifo.ttf");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        foreach (var path in new[] { large, fifo, Path.Combine(_folder, "missing.ttf"), _folder, string.Empty })
        {
            var expected = Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes(path, 1000, "font file"));
            var refused = Assert.Throws<InputFileException>(() => Read(path));
            Assert.Equal((expected.Problem, expected.Message, expected.Path), (refused.Problem, refused.Message, refused.Path));
        }

        // Held under a larger limit, the file is still refused to a caller whose limit it exceeds.
        Assert.Equal(2000, SharedInputFiles.Read(large, 4000, "font file", Later).Bytes.Length);
        Assert.Equal(InputFileProblem.TooLarge, Assert.Throws<InputFileException>(() => Read(large)).Problem);
    }
}
