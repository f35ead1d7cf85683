using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>Every content operation of every page, form XObjects followed through "Do", with the resources in force.</summary>
internal static class ContentWalker
{
    /// <summary>One operation; <paramref name="Depth"/> is 0 on the page itself, 1 inside a form it draws, and so on.</summary>
    public sealed record Step(ContentOperation Operation, DictionaryToken? Resources, int Page, string Where, int Depth);

    public static IEnumerable<Step> Steps(PdfFile pdf)
    {
        for (var p = 0; p < pdf.Pages.Count; p++)
        {
            var page = pdf.Pages[p].Page;
            foreach (var step in Walk(pdf, pdf.PageContent(page), Resources(pdf, page), p + 1, $"page {p + 1}", 0))
            {
                yield return step;
            }
        }
    }

    /// <summary>A page's resources, inherited from the page tree when the page has none (ISO 32000-1 7.7.3.4).</summary>
    public static DictionaryToken? Resources(PdfFile pdf, DictionaryToken page)
    {
        for (var node = page; node is not null; node = pdf.Dictionary(node, "Parent"))
        {
            if (pdf.Dictionary(node, "Resources") is { } resources)
            {
                return resources;
            }
        }

        return null;
    }

    private static IEnumerable<Step> Walk(PdfFile pdf, byte[] content, DictionaryToken? resources, int page, string where, int depth)
    {
        foreach (var operation in ContentLexer.Operations(content))
        {
            yield return new Step(operation, resources, page, where, depth);
            if (operation.Operator == "Do" && depth < 8 && operation.Operands is [.., ContentName name] &&
                pdf.Get(pdf.Dictionary(resources, "XObject"), name.Value) is StreamToken form && pdf.Name(form.StreamDictionary, "Subtype") == "Form")
            {
                var formResources = pdf.Dictionary(form.StreamDictionary, "Resources") ?? resources;
                foreach (var step in Walk(pdf, pdf.Decode(form), formResources, page, $"{where}, form /{name.Value}", depth + 1))
                {
                    yield return step;
                }
            }
        }
    }
}
