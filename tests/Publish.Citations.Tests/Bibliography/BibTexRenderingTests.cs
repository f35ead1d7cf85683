using Publish.Citations.Bibliography;

namespace Publish.Citations.Tests.Bibliography;

/// <summary>.bib items through the processor: what the reader marks is what a style prints.</summary>
public sealed class BibTexRenderingTests
{
    private static string Bibliography(string bib, string language = "en-US")
    {
        var style = CslStyle.Parse(File.ReadAllText(Path.Combine(CslData.Shipped, "chicago-notes-bibliography.csl")));
        var result = BibTexReader.Read(bib, "refs.bib");
        Assert.Empty(result.Diagnostics);
        var processor = new CslProcessor(style, result.Items, new LocaleStore(CslData.Shipped), language);
        return Assert.Single(processor.Bibliography(OutputFormat.Text));
    }

    [Fact]
    public void Title_case_leaves_protected_words_as_typed()
    {
        var entry = Bibliography("@book{k, author = {Doe, Jane}, title = {the history of the {iPhone} and {pH} values}, publisher = {P}, location = {L}, year = 2001, langid = {english}}");
        Assert.Contains("The History of the iPhone and pH Values", entry, StringComparison.Ordinal);
    }

    [Fact]
    // Chicago 18 prints neither the place nor a chapter's pages in the bibliography: the entry shows the rest.
    public void An_institution_author_is_printed_whole_and_a_chapter_from_crossref_has_its_book()
    {
        var style = CslStyle.Parse(File.ReadAllText(Path.Combine(CslData.Shipped, "chicago-notes-bibliography.csl")));
        var items = BibTexReader.Read("@incollection{ch, author = {{World Health Organization}}, title = {Chapter}, crossref = {bk}, pages = {12--15}}\n@collection{bk, title = {The Book}, editor = {Roe, Rick}, publisher = {P}, location = {L}, year = 2001}\n", "refs.bib").Items;
        var entries = new CslProcessor(style, items, new LocaleStore(CslData.Shipped), "en-US").Bibliography(OutputFormat.Text);
        Assert.Equal("World Health Organization. “Chapter.” In The Book, edited by Rick Roe. P, 2001.", entries.Single(e => e.StartsWith("World", StringComparison.Ordinal)));
    }

    [Fact]
    public void Turkish_letters_from_LaTeX_sort_and_print_in_a_Turkish_bibliography()
    {
        var style = CslStyle.Parse(File.ReadAllText(Path.Combine(CslData.Shipped, "chicago-notes-bibliography.csl")));
        var items = BibTexReader.Read("@book{a, author = {{\\c{S}}ahin, Ay\\c{s}e}, title = {A}, year = 2001}\n@book{b, author = {Sar{\\i}, Ali}, title = {B}, year = 2001}\n@book{c, author = {{\\\"O}zcan, Ali}, title = {C}, year = 2001}", "tr.bib").Items;
        var entries = new CslProcessor(style, items, new LocaleStore(CslData.Shipped), "tr-TR").Bibliography(OutputFormat.Text);
        Assert.Equal(["Özcan", "Sarı", "Şahin"], entries.Select(e => e.Split(',')[0]));
    }
}
