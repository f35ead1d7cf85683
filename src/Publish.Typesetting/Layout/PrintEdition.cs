using Publish.Model.Pages;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout;

/// <summary>The typeset print edition: the pages for the PDF writer and the page map for the EPUB's page list.</summary>
public sealed record PrintEdition(PagedDocument Document, PrintPageMap PageMap);
