using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Hostile;

/// <summary>Issue 7 row 2: broken notes in both dialects, through the real CLI.</summary>
public sealed class NoteTests
{
    private const string MarkdownHead = "---\ntitle: Notes\n---\n\n";

    /// <summary>The legacy export's head (blank line, title, author, title again); body from line 8.</summary>
    private const string LegacyHead = "\nNotes\n\nAn Author\n\nNotes\n\n";

    [Fact]
    public void Markdown_reference_without_definition_is_an_error_at_the_reference()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", MarkdownHead + "First paragraph.\n\nA claim.[^gone]\n");

        HostileAssert.Refused(build, build.Build(path), path, DiagnosticCodes.NoteReferenceWithoutDefinition, 7);
    }

    [Fact]
    public void Legacy_reference_without_definition_is_an_error_at_the_reference()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.txt", LegacyHead + "A claim.[1] Another.[2]\n\nNotes\n\n[1] The only note.\n");

        HostileAssert.Refused(build, build.Build(path), path, DiagnosticCodes.NoteReferenceWithoutDefinition, 8);
    }

    [Fact]
    public void Markdown_definition_never_used_is_a_warning_and_fails_under_strict()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", MarkdownHead + "A claim.[^1]\n\n[^1]: Used.\n\n[^2]: Never used.\n");

        HostileAssert.Warned(build, build.Build(path), path, DiagnosticCodes.NoteDefinedButNeverReferenced, 9);
        HostileAssert.FailsUnderStrict(build, path, DiagnosticCodes.NoteDefinedButNeverReferenced);
    }

    [Fact]
    public void Legacy_definition_never_used_is_a_warning()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.txt", LegacyHead + "A claim.[1]\n\nNotes\n\n[1] Used.\n\n[2] Never used.\n");

        HostileAssert.Warned(build, build.Build(path), path, DiagnosticCodes.NoteDefinedButNeverReferenced, 14);
    }

    [Fact]
    public void Markdown_duplicate_label_is_an_error_naming_both_places()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.md", MarkdownHead + "A claim.[^x]\n\n[^x]: First.\n\n[^x]: Second.\n");

        var message = HostileAssert.Refused(build, build.Build(path), path, DiagnosticCodes.NoteLabelDefinedTwice, 9);
        Assert.Contains("line 7", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Legacy_duplicate_label_is_an_error_naming_both_places()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.txt", LegacyHead + "A claim.[1]\n\nNotes\n\n[1] First.\n\n[1] Second.\n");

        var message = HostileAssert.Refused(build, build.Build(path), path, DiagnosticCodes.NoteLabelDefinedTwice, null);
        Assert.Contains("12", message, StringComparison.Ordinal);
    }

    /// <summary>Notes that reference each other (and themselves) are flattened with a warning: the build ends, each note printed once.</summary>
    [Fact]
    public void Markdown_notes_referencing_each_other_are_flattened_never_looping()
    {
        using var build = new HostileBuild();
        var path = build.Write(
            "a.md",
            MarkdownHead + "One.[^a] Two.[^b]\n\n[^a]: See also[^b] and itself[^a].\n\n[^b]: Back to[^a].\n");

        HostileAssert.Warned(build, build.Build(path), path, DiagnosticCodes.NoteInsideNoteFlattened, 7);
    }

    [Fact]
    public void Legacy_notes_referencing_each_other_are_flattened_never_looping()
    {
        using var build = new HostileBuild();
        var path = build.Write("a.txt", LegacyHead + "One.[1] Two.[2]\n\nNotes\n\n[1] See also[2] and itself[1].\n\n[2] Back to[1].\n");

        HostileAssert.Warned(build, build.Build(path), path, DiagnosticCodes.NoteInsideNoteFlattened, 12);
    }
}
