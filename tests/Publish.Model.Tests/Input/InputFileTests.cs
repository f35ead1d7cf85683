using System.Diagnostics;
using Publish.Model.Input;

namespace Publish.Model.Tests.Input;

/// <summary>
/// <see cref="InputFile"/> reads regular files only, within a size limit, and never blocks: each refusal below
/// used to hang (a FIFO), eat memory (<c>/dev/zero</c>) or read a kernel file. Every case must end within seconds.
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-inputfile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Fifo(string name)
    {
        var path = Path.Combine(_folder, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    [Fact]
    public void A_regular_file_is_read_whole()
    {
        var path = Write("a.md", "hello");

        Assert.Equal("hello"u8.ToArray(), InputFile.ReadAllBytes(path, 100, "manuscript"));
        var status = InputFile.Examine(path);
        Assert.Equal((InputFileKind.Regular, 5L), (status.Kind, status.Length));
    }

    [Fact]
    public void Two_names_of_one_file_have_one_identity_and_other_files_another()
    {
        var path = Write("a.md", "hello");
        var link = Path.Combine(_folder, "link.md");
        File.CreateSymbolicLink(link, path);
        var other = Write("b.md", "hello");

        var file = InputFile.Examine(path);
        Assert.NotEqual(0UL, file.Inode);
        Assert.Equal((file.Device, file.Inode), (InputFile.Examine(link).Device, InputFile.Examine(link).Inode));
        Assert.NotEqual(file.Inode, InputFile.Examine(other).Inode);
    }

    [Fact]
    public void A_fifo_is_refused_without_blocking()
    {
        var path = Fifo("a.md");

        var refused = Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes(path, 100, "manuscript"));

        Assert.Equal(InputFileProblem.NotRegular, refused.Problem);
        Assert.Contains("FIFO", refused.Message, StringComparison.Ordinal);
        Assert.Equal(InputFileKind.Fifo, InputFile.Examine(path).Kind);
    }

    [Fact]
    public void A_device_is_refused_before_it_is_read()
    {
        var refused = Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes("/dev/zero", 100, "font file"));

        Assert.Equal(InputFileProblem.NotRegular, refused.Problem);
        Assert.Contains("character device", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_is_refused()
    {
        var refused = Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes(_folder, 100, "manuscript"));

        Assert.Equal(InputFileProblem.NotRegular, refused.Problem);
        Assert.Contains("folder", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kernel_file_that_says_it_is_empty_but_is_not_is_refused()
    {
        var refused = Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes("/proc/self/status", 1 << 20, "manuscript"));

        Assert.Equal(InputFileProblem.Changed, refused.Problem);
        Assert.DoesNotContain("Name:", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_both_sizes_and_no_content()
    {
        var path = Write("big.yaml", "secret: 12345678901");

        var refused = Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes(path, 10, "style file"));

        Assert.Equal(InputFileProblem.TooLarge, refused.Problem);
        Assert.Equal("it is 19 bytes; a style file may have at most 10", refused.Message);
    }

    [Fact]
    public void Links_that_loop_and_dangling_links_are_named_as_such()
    {
        var a = Path.Combine(_folder, "a.md");
        var b = Path.Combine(_folder, "b.md");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);
        var dangling = Path.Combine(_folder, "gone.md");
        File.CreateSymbolicLink(dangling, Path.Combine(_folder, "nothing-here.md"));

        Assert.Equal(InputFileProblem.LinkLoop, Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes(a, 100, "manuscript")).Problem);
        Assert.Equal(InputFileProblem.NotFound, Assert.Throws<InputFileException>(() => InputFile.ReadAllBytes(dangling, 100, "manuscript")).Problem);
        Assert.Null(InputFile.RealPath(a, out var loop));
        Assert.Equal(InputFileKind.LinkLoop, loop.Kind);
        Assert.Null(InputFile.RealPath(dangling, out var missing));
        Assert.Equal(InputFileKind.Missing, missing.Kind);
    }

    [Fact]
    public void The_real_path_follows_every_link_along_the_way()
    {
        var target = Write("target.md", "x");
        var linkedFolder = Path.Combine(_folder, "linked");
        Directory.CreateSymbolicLink(linkedFolder, _folder);
        var link = Path.Combine(_folder, "link.md");
        File.CreateSymbolicLink(link, Path.Combine(linkedFolder, "target.md"));

        var real = InputFile.RealPath(link, out _);

        Assert.Equal(InputFile.RealPath(target, out _), real);
        Assert.True(InputFile.IsInside(InputFile.RealPath(_folder, out _)!, real!));
        Assert.False(InputFile.IsInside(InputFile.RealPath(_folder, out _)!, "/etc/passwd"));
    }
}
