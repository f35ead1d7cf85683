namespace Publish.Engine.Tests.Cli;

/// <summary>
/// What a folder given to <c>publish build</c> contributes (issue 19): the test fixtures' expectations are not
/// manuscripts, nor are a project's README, LICENSE or CHANGELOG files — unless named on the command line.
/// </summary>
public sealed class FolderDiscoveryTests
{
    [Fact]
    public void The_legacy_test_folder_builds_its_two_manuscripts_only()
    {
        using var scratch = new ScratchFolder();

        var outcome = PublishProcess.Run(Repo.Root, environment: null, "build", Path.Combine("tests", "manuscripts", "legacy"), "-o", scratch.Path, "--format", "epub");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            ["black-sea-fisheries.epub", "ports-of-the-caspian.epub"],
            Directory.EnumerateFiles(scratch.Path, "*.epub").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Readme_licence_and_changelog_files_in_a_folder_are_not_manuscripts()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("books/essay.md", "---\ntitle: Essay\nlang: en\n---\n\nText.\n");
        scratch.Write("books/README.md", "# About these books\n");
        scratch.Write("books/readme.tr.md", "# Bu kitaplar\n");
        scratch.Write("books/LICENSE.txt", "All rights reserved.\n");
        scratch.Write("books/sub/CHANGELOG.md", "# Changes\n");

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "books", "-o", "out", "--format", "epub");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["essay.epub"], Directory.EnumerateFiles(scratch.File("out"), "*.epub").Select(Path.GetFileName));
    }

    [Fact]
    public void A_readme_named_on_the_command_line_is_built()
    {
        using var scratch = new ScratchFolder();
        scratch.Write("README.md", "---\ntitle: Read Me\nlang: en\n---\n\nText.\n");

        var outcome = PublishProcess.Run(scratch.Path, environment: null, "build", "README.md", "-o", "README.epub");

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(scratch.File("README.epub")));
    }
}
