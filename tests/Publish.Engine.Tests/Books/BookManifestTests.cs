using Publish.Engine.Books;
using Publish.Engine.Manifests;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Tests.Books;

/// <summary>Issue 20: a manifest's <c>books:</c> list, read in the issue's shape, every key and value checked at its line.</summary>
public sealed class BookManifestTests
{
    [Fact]
    public void The_test_book_reads_in_the_issues_shape()
    {
        var path = Path.Combine(Repo.Root, "tests", "manuscripts", "book", "publish.yaml");
        var diagnostics = new DiagnosticBag();

        var manifest = BuildManifest.Load(path, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToImmutableSorted()));
        var book = Assert.Single(manifest!.Books);
        Assert.Equal(("review-48", "Review of Eurasian Studies", "Issue 48 — Autumn 2026"), (book.Name, book.Title, book.Subtitle));
        Assert.Equal(["Elif Demirtaş", "Thomas Hale"], book.Editors.ToArray());
        Assert.Equal((BookIdentifierKind.Issn, "ISSN 2146-5665"), (book.Identifier!.Kind, book.Identifier.Text));
        Assert.Equal(("Center for Eurasian Studies", "Issue 48", "en", false), (book.Publisher, book.Edition, book.Language, book.Alone));
        Assert.Equal(6, book.Parts.Length);
        Assert.Equal("Book reviews", book.Parts[4].Section);
        Assert.Equal(["water-diplomacy.md", "black-sea-ports.txt", "kafkasya-enerji.md", "balkan-goc.txt", "silk-road-review.md"], book.Manuscripts.Select(Path.GetFileName));

        // 'alone: false' and no 'manuscripts:': nothing is built alone, and every part is contained in the manifest's folder.
        Assert.Empty(manifest.Manuscripts);
        Assert.All(book.Manuscripts, part => Assert.True(manifest.Containment.Positions.ContainsKey(part)));
    }

    [Fact]
    public void Parts_of_a_book_built_alone_join_the_manuscripts()
    {
        var path = Path.Combine(Repo.Root, "tests", "manuscripts", "book", "small", "publish.yaml");
        var diagnostics = new DiagnosticBag();

        var manifest = BuildManifest.Load(path, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToImmutableSorted()));
        Assert.Equal(["first-report.md", "second-report.md"], manifest!.Manuscripts.Select(Path.GetFileName));
        Assert.True(manifest.Books[0].Alone);
        Assert.Equal(["Selin Aksoy"], manifest.Books[0].Editors.ToArray());
    }

    [Theory]
    [InlineData("books:\n  - name: r\n    titel: T\n    parts: [a.md]\n", 3, EngineDiagnosticCodes.ManifestUnknownKey, "did you mean 'title'")]
    [InlineData("books:\n  - name: r\n    title: T\n    parts:\n      - secton: Reviews\n      - a.md\n", 5, EngineDiagnosticCodes.ManifestUnknownKey, "did you mean 'section'")]
    [InlineData("books:\n  - name: ../r\n    title: T\n    parts: [a.md]\n", 2, EngineDiagnosticCodes.BookInvalid, "not a safe file name")]
    [InlineData("books:\n  - name: con\n    title: T\n    parts: [a.md]\n", 2, EngineDiagnosticCodes.BookInvalid, "not a safe file name")]
    [InlineData("books:\n  - name: r\n    title: T\n    identifier: ISSN 2146-5666\n    parts: [a.md]\n", 4, EngineDiagnosticCodes.BookIdentifierInvalid, "check digit")]
    [InlineData("books:\n  - name: r\n    title: T\n    parts: [a.md, b.md, a.md]\n", 4, EngineDiagnosticCodes.BookPartRepeated, "already a part")]
    [InlineData("books:\n  - name: r\n    title: T\n    parts: [a.md]\n  - name: R\n    title: U\n    parts: [b.md]\n", 5, EngineDiagnosticCodes.BookNameRepeated, "a second book named 'R'")]
    [InlineData("books:\n  - name: r\n    title: T\n", 2, EngineDiagnosticCodes.BookInvalid, "needs 'parts:'")]
    [InlineData("books:\n  - name: r\n    parts: [a.md]\n", 2, EngineDiagnosticCodes.BookInvalid, "needs 'title:")]
    [InlineData("books:\n  - title: T\n    parts: [a.md]\n", 2, EngineDiagnosticCodes.BookInvalid, "needs 'name:")]
    [InlineData("books:\n  - name: r\n    title: T\n    parts: [{ section: Only a title }]\n", 2, EngineDiagnosticCodes.BookInvalid, "no manuscript")]
    [InlineData("books:\n  - name: r\n    title: T\n    alone: sometimes\n    parts: [a.md]\n", 4, EngineDiagnosticCodes.BookInvalid, "'alone' takes true")]
    [InlineData("books: review-48\n", 1, EngineDiagnosticCodes.BookInvalid, "must be a list of books")]
    public void A_wrong_book_is_refused_at_its_line(string yaml, int line, string code, string message)
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("publish.yaml", yaml);
        var diagnostics = new DiagnosticBag();

        Assert.Null(BuildManifest.Load(path, diagnostics));

        var errors = diagnostics.ToImmutableSorted().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Contains(errors, e => e.Code == code && e.Span.File == path && e.Span.Line == line && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_manuscript_in_two_books_is_allowed()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("publish.yaml", "books:\n  - name: issue-1\n    title: One\n    parts: [a.md, b.md]\n  - name: annual\n    title: Annual\n    parts: [a.md]\n");
        var diagnostics = new DiagnosticBag();

        var manifest = BuildManifest.Load(path, diagnostics);

        Assert.Empty(diagnostics.ToImmutableSorted());
        Assert.Equal([scratch.File("a.md"), scratch.File("b.md")], manifest!.Manuscripts.ToArray());
        Assert.Equal(2, manifest.Books.Length);
    }

    [Fact]
    public void A_bad_language_is_a_warning_and_falls_back()
    {
        using var scratch = new ScratchFolder();
        var path = scratch.Write("publish.yaml", "books:\n  - name: r\n    title: T\n    language: Français\n    parts: [a.md]\n");
        var diagnostics = new DiagnosticBag();

        var manifest = BuildManifest.Load(path, diagnostics);

        Assert.Null(manifest!.Books[0].Language);
        Assert.Contains(diagnostics.ToImmutableSorted(), d => d.Severity == DiagnosticSeverity.Warning && d.Span.Line == 4);
    }
}
