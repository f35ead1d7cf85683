using System.Collections.Immutable;
using System.Globalization;
using Publish.Model;
using Publish.Model.Inlines;
using Publish.Model.Text;

namespace Publish.Manuscript.Markdown;

/// <summary>Bracketed spans, cross-references, citations and the once-per-manuscript warnings for what the editions only set as text.</summary>
internal sealed partial class MarkdownModelBuilder
{
    /// <summary>Extensions of a link target that name another manuscript of a build.</summary>
    private static readonly string[] ManuscriptExtensions = [".md", ".markdown", ".txt"];

    private SourceSpan? _firstCitation;
    private int _citations;
    private SourceSpan? _firstMath;
    private int _maths;

    /// <summary>
    /// The one warning per manuscript for citations (kept as text: there is no bibliography processor) and for
    /// mathematics (set as text: there is no math layout), at the first occurrence, with the count.
    /// </summary>
    public void ReportTextOnlyConstructs()
    {
        if (_firstCitation is { } citation)
        {
            _diagnostics.Warning(
                MarkdownDiagnosticCodes.CitationsKeptAsText,
                citation,
                string.Create(CultureInfo.InvariantCulture, $"{_citations} citation{(_citations == 1 ? string.Empty : "s")} ([@key], @key) kept as written: citations are not processed (no bibliography database is read)"));
        }

        if (_firstMath is { } math)
        {
            _diagnostics.Warning(
                MarkdownDiagnosticCodes.MathSetAsText,
                math,
                string.Create(CultureInfo.InvariantCulture, $"{_maths} formula{(_maths == 1 ? string.Empty : "s")} ($…$, $$…$$) set as text in italics: mathematics is not laid out"));
        }
    }

    private void CountMath(SourceSpan span)
    {
        _firstMath ??= span;
        _maths++;
    }

    /// <summary>
    /// A bracketed span: <c>.smallcaps</c> makes small capitals, <c>lang=</c> a span in that language (its quotes set
    /// in that language's style), <c>#id</c> a cross-reference target. Another class is kept for the style, with an info.
    /// </summary>
    private ImmutableArray<Inline> Span(BracketedSpanSyntax span, int depth)
    {
        var position = SpanOf(span);
        var attributes = span.Attributes;
        var language = LanguageOf(attributes, position, "span");
        var outer = _quotes;
        if (language is not null)
        {
            _quotes = SmartyPantsMarks.For(language);
        }

        var children = ConvertInlines(span.Content.Inline, depth + 1);
        _quotes = outer;
        var classes = (attributes.Classes ?? []).Where(name => name != "smallcaps").ToImmutableArray();
        foreach (var name in classes)
        {
            _diagnostics.Info(MarkdownDiagnosticCodes.SpanClassKept, position, $"the span's class '{Shorten(name)}' is kept for the style; the editions set the span's text plainly unless the style knows the class");
        }

        if (attributes.Classes?.Contains("smallcaps") == true)
        {
            children = [new FormattedInline(InlineFormat.SmallCaps, children, position)];
        }

        return language is null && attributes.Id is null && classes.IsEmpty
            ? children
            : [new SpanInline(children, position) { Language = language, Id = attributes.Id, Classes = classes }];
    }

    /// <summary><c>@fig:id</c> and its kin resolve to the target; any other key is a citation, kept as written.</summary>
    private void AppendReference(ReferenceSyntax reference, ImmutableArray<Inline>.Builder result, TextRun run)
    {
        var span = SpanOf(reference);
        if (!reference.IsCrossReference)
        {
            _firstCitation ??= span;
            _citations++;
            run.AppendBlanked(reference.Written, reference.Written.Length, Math.Max(0, reference.Span.Start), escaped: true);
            return;
        }

        if (_index.TargetOf(reference.Key) is null)
        {
            _diagnostics.Warning(MarkdownDiagnosticCodes.DanglingCrossReference, span, $"'{Shorten(reference.Written)}' refers to '{Shorten(reference.Key)}', which no heading, table or figure of this manuscript has as its id; the reference is kept as text");
            run.AppendBlanked(reference.Written, reference.Written.Length, Math.Max(0, reference.Span.Start), escaped: true);
            return;
        }

        Flush(result, run);
        AppendCrossReference(reference.Key, reference.Written, [], span, result);
    }

    /// <summary>A link to <c>#id</c>: a cross-reference when the id is this manuscript's, else a warning and the link's text.</summary>
    private void AppendCrossReference(string id, string written, ImmutableArray<Inline> children, SourceSpan span, ImmutableArray<Inline>.Builder result)
    {
        if (_index.TargetOf(id) is not { } target)
        {
            _diagnostics.Warning(MarkdownDiagnosticCodes.DanglingCrossReference, span, $"'{Shorten(written)}' refers to '{Shorten(id)}', which no heading, table, figure or span of this manuscript has as its id; its text is kept");
            result.AddRange(children);
            return;
        }

        result.Add(new CrossReferenceInline(id, target.Kind, children, span)
        {
            Number = target.Number,
            TargetText = target.Heading is { } heading ? HeadingText(heading) : string.Empty,
        });
    }

    /// <summary>The link to another manuscript as the model keeps it: its path and fragment percent-decoded, an empty fragment none.</summary>
    private static ManuscriptLinkInline ManuscriptLink(string url, ImmutableArray<Inline> children, SourceSpan span)
    {
        var parts = url.Trim().Split('#', 2);
        var fragment = parts.Length == 2 && parts[1].Length > 0 ? Uri.UnescapeDataString(parts[1]) : null;
        return new ManuscriptLinkInline(Uri.UnescapeDataString(parts[0]), fragment, children, span);
    }

    /// <summary>The manuscript a relative link names (<c>other.md</c>, <c>part/two.md#maps</c>), or null.</summary>
    private static string? OtherManuscript(string url)
    {
        var target = url.Trim();
        if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || target.Contains(':', StringComparison.Ordinal) || target.StartsWith('/'))
        {
            return null;
        }

        var path = target.Split('#', 2)[0];
        return ManuscriptExtensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) ? path : null;
    }
}
