using Publish.Engine.Caching;

namespace Publish.Engine.Tests;

/// <summary>The cache's record of an input describes the file that was hashed, also when the input is a symbolic link.</summary>
public sealed class InputHasherTests
{
    [Fact]
    public void A_linked_input_records_the_size_of_the_file_it_leads_to()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.Write("photos/real.md", "# A manuscript of some length\n");
        var link = scratch.File("book.md");
        File.CreateSymbolicLink(link, target);

        var record = InputHasher.File(link);

        Assert.Equal(new FileInfo(target).Length, record.Bytes);
        Assert.Equal(File.GetLastWriteTimeUtc(target).Ticks, record.ModifiedTicks);
    }

    [Fact]
    public void Editing_the_file_a_link_leads_to_is_seen_though_the_link_is_unchanged()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.Write("real.md", "first text\n");
        var link = scratch.File("book.md");
        File.CreateSymbolicLink(link, target);
        var recorded = InputHasher.File(link);

        File.WriteAllText(target, "second, longer text\n");
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(target).AddMinutes(1));

        Assert.Equal(InputHasher.File(link).Sha256, InputHasher.Refresh(recorded).Sha256);
        Assert.NotEqual(recorded.Sha256, InputHasher.Refresh(recorded).Sha256);
    }

    [Fact]
    public void An_unchanged_input_keeps_its_record_without_hashing_again()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("book.md", "text\n");
        var recorded = InputHasher.File(path) with { Sha256 = "recorded" };

        Assert.Same(recorded, InputHasher.Refresh(recorded));
    }

    [Fact]
    public void A_folder_or_a_missing_file_is_absent()
    {
        using var scratch = new ScratchFolder();
        Directory.CreateDirectory(scratch.File("folder.md"));

        Assert.Equal(InputRecord.Absent, InputHasher.File(scratch.File("folder.md")).Sha256);
        Assert.Equal(InputRecord.Absent, InputHasher.File(scratch.File("missing.md")).Sha256);
    }
}
