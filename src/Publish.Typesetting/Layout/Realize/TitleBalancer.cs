using System.Collections.Immutable;
using Publish.Model.Diagnostics;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// The stage between realizing and setting that balances display lines: a title, subtitle, author line or heading that
/// takes more than one line is given the narrowest measure that still sets it in as many lines, so its lines come out
/// as even as the words allow ("23rd ANNIVERSARY OF / THE KHOJALY MASSACRE", not "… OF THE KHOJALY / MASSACRE") — what
/// CSS Text 4's <c>text-wrap: balance</c> does, and what Bringhurst (2.4.8) asks of display type: break it by sense,
/// never leave a word alone on the last line. The paragraph keeps its column, so a centred title stays centred. The
/// widest line is found by bisection on whole points, a handful of settings of a short paragraph each (shaping caches
/// the words, so setting them again for good costs little).
/// </summary>
internal sealed class TitleBalancer
{
    /// <summary>Bisection stops within this many points of the narrowest measure.</summary>
    private const double Precision = 0.5;

    private readonly TypesetterPool _pool;
    private readonly string _language;

    public TitleBalancer(TypesetterPool pool, string language)
    {
        _pool = pool;
        _language = language;
    }

    public Realization Balance(Realization realization)
    {
        ImmutableArray<ParagraphRequest>.Builder? requests = null;
        for (var i = 0; i < realization.Requests.Length; i++)
        {
            var request = realization.Requests[i];
            if (request.Balance && Balanced(request) is { } balanced)
            {
                requests ??= realization.Requests.ToBuilder();
                requests[i] = balanced;
            }
        }

        return requests is null ? realization : realization with { Requests = requests.ToImmutable() };
    }

    /// <summary>The request at the narrowest measure that keeps its number of lines, or null when it already is (one line, or right to left).</summary>
    private ParagraphRequest? Balanced(ParagraphRequest request)
    {
        // Justified display lines fill their measure by definition: a narrower one would only pull their right edge in.
        if (request.Content.IsDefaultOrEmpty || request.Style.Alignment == Styles.TextAlignment.Justified)
        {
            return null;
        }

        var typesetter = _pool.For(request.Style.Family);
        var style = request.ParagraphStyle(_language);
        var widths = typesetter.Widths(request.Content, style with { Hyphenate = false });
        if (widths.Maximum + request.Indent <= request.Measure)
        {
            // One line: nothing to balance (and nearly every heading; no setting needed to know it).
            return null;
        }

        var lines = Lines(typesetter, request, style, request.Measure);
        if (lines is not { Count: >= 2 } full || full.RightToLeft)
        {
            // A right-to-left title's lines start from the right of their own measure: a narrower one would move them.
            return null;
        }

        // Never narrower than the widest word, nor than an even share of the whole.
        var low = Math.Max(widths.Minimum, (widths.Maximum / full.Count) - Precision);
        var high = request.Measure;
        while (high - low > Precision)
        {
            var middle = (low + high) / 2;
            if (Lines(typesetter, request, style, middle) is { } set && set.Count == full.Count && !set.Overfull)
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return high < request.Measure ? request with { Measure = high } : null;
    }

    private static (int Count, bool RightToLeft, bool Overfull)? Lines(ParagraphTypesetter typesetter, ParagraphRequest request, ParagraphStyle style, double measure)
    {
        var layout = typesetter.Typeset(request.Content, style with { Measure = measure }, new DiagnosticBag());
        if (layout.Lines.IsEmpty)
        {
            return null;
        }

        return (layout.Lines.Length, layout.Lines.Any(l => l.IsRightToLeft), layout.Lines.Any(l => l.Width > measure + 0.01));
    }
}
