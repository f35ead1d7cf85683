using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Styles;
using Publish.Typesetting.Layout;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Books;

/// <summary>
/// Sets the short texts of the book's own pages (titles, imprint lines, contents entries, running titles) in the
/// house style's text styles, unhyphenated and ragged: display text is broken only between words.
/// </summary>
internal sealed class BookTextSetter
{
    private readonly TypesetterPool _typesetters;
    private readonly string _language;
    private readonly DiagnosticBag _diagnostics;

    public BookTextSetter(TypesetterPool typesetters, string language, DiagnosticBag diagnostics)
    {
        _typesetters = typesetters;
        _language = language;
        _diagnostics = diagnostics;
    }

    /// <summary>The lines of <paramref name="text"/> set in <paramref name="style"/> to <paramref name="measure"/>.</summary>
    public ImmutableArray<TypesetLine> Set(string text, TextStyle style, double measure)
    {
        var paragraph = StyleMapping.Paragraph(style, measure, _language, 0, hyphenate: false) with { Alignment = LineAlignment.RaggedRight };
        var content = text.Length == 0 ? " " : text;
        return _typesetters.For(style.Family).Typeset([new TextInline(content, SourceSpan.None)], paragraph, _diagnostics).Lines;
    }

    /// <summary>Whether <paramref name="text"/> fits the measure on one line.</summary>
    public bool FitsOneLine(string text, TextStyle style, double measure) => Set(text, style, measure).Length == 1;
}
