using System.IO.Compression;
using Publish.Engine.Tests.HouseStyles;

namespace Publish.Engine.Tests.Citations;

/// <summary>
/// Issue 22 through the real <c>publish</c> command: <c>--bibliography FILE</c> (repeatable, any folder) and
/// <c>--csl STYLE</c> replace the front matter's keys as Pandoc's options do, are part of the build's identity and
/// inputs of the cache; a refused one is error PUB7096 with exit 2 and no edition. The house style's <c>citations:</c>
/// defaults apply where the front matter says nothing; the front matter wins over them, the command line over both.
/// </summary>
public sealed class CitationOptionTests
{
    private const string Epoch = "1800000000";

    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "manuscripts", "citations");

    /// <summary>Two citations of one book in a row (Ibid. in the -subsequent-ibid style) and one followed by a comma.</summary>
    private const string Text = "\nThe age is described [@inalcik1973, p. 30], and again [@inalcik1973, p. 31].\n";

    private static string Manuscript(ScratchFolder scratch, string frontMatter = "", string name = "cited.md")
    {
        File.Copy(Path.Combine(Folder, "references.bib"), scratch.File("references.bib"), overwrite: true);
        return scratch.Write(name, "---\ntitle: Cited\nlang: en-US\nbibliography: references.bib\n" + frontMatter + "---\n" + Text);
    }

    /// <summary>A bibliography outside the manuscript's folder whose inalcik1973 has another title.</summary>
    private static string OtherBibliography(ScratchFolder scratch, string title = "An Altered Title")
    {
        Directory.CreateDirectory(scratch.File("elsewhere"));
        var bib = File.ReadAllText(Path.Combine(Folder, "references.bib")).Replace("The {Ottoman} Empire: The Classical Age, 1300--1600", title, StringComparison.Ordinal);
        return scratch.Write("elsewhere/other.bib", bib);
    }

    private static PublishProcess.Outcome Build(ScratchFolder scratch, string manuscript, string output, params string[] extra) =>
        PublishProcess.Run(scratch.Path, new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = Epoch }, ["build", manuscript, "-o", output, "-q", .. extra]);

    /// <summary>Every XHTML document of the EPUB, concatenated in name order.</summary>
    private static string Xhtml(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }

    [Fact]
    public void Bibliography_replaces_the_front_matters_from_another_folder_and_is_a_cache_input()
    {
        using var scratch = new ScratchFolder();
        var manuscript = Manuscript(scratch);
        var other = OtherBibliography(scratch);
        var epub = scratch.File("out/cited.epub");

        Assert.Equal(0, Build(scratch, manuscript, "out").ExitCode);
        Assert.Contains("Classical Age", Xhtml(epub), StringComparison.Ordinal);

        // Not --force: the same manuscript with the option is another build, not the cached one.
        var with = Build(scratch, manuscript, "out", "--bibliography", other);
        Assert.Equal(0, with.ExitCode);
        Assert.Contains("An Altered Title", Xhtml(epub), StringComparison.Ordinal);
        Assert.DoesNotContain("Classical Age", Xhtml(epub), StringComparison.Ordinal);

        // The named file is an input: edited, it rebuilds.
        OtherBibliography(scratch, "A Second Title");
        Assert.Equal(0, Build(scratch, manuscript, "out", "--bibliography", other).ExitCode);
        Assert.Contains("A Second Title", Xhtml(epub), StringComparison.Ordinal);
    }

    [Fact]
    public void Bibliography_may_be_given_twice_and_both_files_are_read()
    {
        using var scratch = new ScratchFolder();
        var manuscript = scratch.Write("bare.md", "---\ntitle: Bare\nlang: en-US\n---\n\nOne [@inalcik1973] and [@only2020].\n");
        var other = OtherBibliography(scratch);
        var only = scratch.Write("elsewhere/only.yaml", "- id: only2020\n  type: book\n  title: A Book Only Here\n  author:\n    - family: Solo\n      given: Han\n  issued:\n    date-parts: [[2020]]\n");

        var outcome = Build(scratch, manuscript, "out", "--bibliography", other, "--bibliography", only);

        Assert.Equal(0, outcome.ExitCode);
        var xhtml = Xhtml(scratch.File("out/bare.epub"));
        Assert.Contains("An Altered Title", xhtml, StringComparison.Ordinal);
        Assert.Contains("A Book Only Here", xhtml, StringComparison.Ordinal);
        Assert.DoesNotContain("PUB1428", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bibliography", "missing.bib")]
    [InlineData("--bibliography", "elsewhere")]
    [InlineData("--csl", "missing.csl")]
    [InlineData("--csl", "no-such-style")]
    public void A_refused_option_is_PUB7096_with_exit_2_and_no_edition(string option, string value)
    {
        using var scratch = new ScratchFolder();
        var manuscript = Manuscript(scratch);
        Directory.CreateDirectory(scratch.File("elsewhere"));

        var outcome = Build(scratch, manuscript, "out", option, value);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("PUB7096", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains(value, outcome.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.File("out")));
    }

    [Fact]
    public void Csl_replaces_the_front_matters_style()
    {
        using var scratch = new ScratchFolder();
        var manuscript = Manuscript(scratch, "csl: chicago-notes-bibliography\n");

        Assert.Equal(0, Build(scratch, manuscript, "plain").ExitCode);
        Assert.Equal(0, Build(scratch, manuscript, "ibid", "--csl", "chicago-notes-bibliography-subsequent-ibid").ExitCode);

        Assert.DoesNotContain("Ibid.", Xhtml(scratch.File("plain/cited.epub")), StringComparison.Ordinal);
        Assert.Contains("Ibid.", Xhtml(scratch.File("ibid/cited.epub")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_house_styles_citations_set_each_default_the_front_matter_and_the_command_line_win()
    {
        using var scratch = new ScratchFolder();
        var style = scratch.Write("house.yaml", "extends: default\ncitations:\n  csl: chicago-notes-bibliography-subsequent-ibid\n  link-citations: true\n  notes-after-punctuation: false\n  reference-section-title: Sources Consulted\n");
        var manuscript = Manuscript(scratch);
        var own = Manuscript(scratch, "link-citations: false\nnotes-after-punctuation: true\nreference-section-title: My Sources\ncsl: chicago-notes-bibliography\n", "own.md");

        // One process builds both with the house style (its options are the same; each manuscript is its own build).
        var output = scratch.File("house");
        var outcome = PublishProcess.Run(scratch.Path, new Dictionary<string, string>(StringComparer.Ordinal) { ["SOURCE_DATE_EPOCH"] = StyleBuild.DefaultEpoch },
            ["build", manuscript, own, "-o", output, "--style", style, "-q"]);
        Assert.Equal(0, outcome.ExitCode);
        var house = new StyleBuild(outcome, output, manuscript);
        var mine = new StyleBuild(outcome, output, own);

        // The style alone: Ibid., links to the entries, marks before the comma, its heading.
        var xhtml = Xhtml(house.EpubPath);
        Assert.Contains("Ibid.", xhtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#ref-inalcik1973\"", xhtml.Replace("bibliography.xhtml#", "#", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches("class=\"noteref\">1</a>, and again", xhtml);
        Assert.Contains("Sources Consulted", house.PdfText(), StringComparison.Ordinal);
        Assert.Contains(">Sources Consulted</h1>", xhtml, StringComparison.Ordinal);

        // The front matter wins over the style.
        xhtml = Xhtml(mine.EpubPath);
        Assert.DoesNotContain("Ibid.", xhtml, StringComparison.Ordinal);
        Assert.DoesNotContain("#ref-inalcik1973", xhtml, StringComparison.Ordinal);
        Assert.Matches(",<a [^>]*class=\"noteref\">1</a> and again", xhtml);
        Assert.Contains(">My Sources</h1>", xhtml, StringComparison.Ordinal);

        // The command line wins over both.
        var cli = StyleBuild.Run(scratch, own, style, extra: ["--csl", "chicago-notes-bibliography-subsequent-ibid"]);
        Assert.Equal(0, cli.Outcome.ExitCode);
        Assert.Contains("Ibid.", Xhtml(cli.EpubPath), StringComparison.Ordinal);
    }
}
