namespace Publish.Typesetting.Paragraphs.Microtype;

/// <summary>
/// How a line's slack is shared between its letters and its spaces under font expansion (pdfTeX's
/// <c>\pdfadjustspacing=2</c>): the line breaker rated the line with the letters' stretch (their width times the
/// limit) added to the glue's, so one adjustment ratio covers both. Then, as pdfTeX's <c>hpack</c> does (hz.ch:
/// <c>font_expand_ratio := divide_scaled(x, font_stretch, 3)</c>, clipped to ±1000, before the glue is set), the
/// letters take the slack first, up to their limit (the stretch limit on a loose line, the shrink limit on a tight one:
/// microtype's <c>stretch</c> and <c>shrink</c>), and the glue only what is left: word spaces stay at their natural
/// width wherever 2 % of the letters can fill the line, which evens them (bench book word space median 0.211 → 0.204,
/// p95 0.292 → 0.287 line heights against sharing by the ratio). The letters' share is rounded to pdfTeX's step of
/// 0.5 % (<c>\pdffontexpand … 5</c>: expanded instances come in steps, and one scale per line keeps the line's letters
/// alike), never more than the slack. Where the glue cannot take the rest (a shrinking line with too little glue, or
/// none: a long word or URL broken across lines), the step is rounded towards the fit, so a rounding never sets a line
/// past its measure.
/// </summary>
internal static class FontExpansion
{
    /// <summary>pdfTeX's expansion step as microtype sets it (step = 5, in thousandths).</summary>
    public const double Step = 0.005;

    /// <summary>The limit (a fraction of the natural width) rounded down to a whole number of steps, as pdfTeX rounds <c>\pdffontexpand</c>'s.</summary>
    public static double ToSteps(double limit) => Math.Floor((limit / Step) + 1e-9) * Step;

    /// <summary>
    /// The glue's adjustment ratio (never below −1) and the line's glyph scale (1 = natural width) for the line
    /// <paramref name="lineBreak"/> ends. Its boxes of text carry stretch and shrink of their width times the style's
    /// stretch and shrink limits (<see cref="MicrotypeItems"/>), which may differ: the limit of the direction the line
    /// goes is read back from them, so the breaker and this share agree on it.
    /// </summary>
    public static (double GlueRatio, double Scale) Share(List<BreakItem> items, LineBreak lineBreak)
    {
        var ratio = lineBreak.Ratio;
        if (!double.IsFinite(ratio) || ratio == 0)
        {
            return (double.IsFinite(ratio) ? ratio : 0, 1);
        }

        var stretching = ratio > 0;
        double glue = 0, letters = 0, width = 0;
        for (var i = lineBreak.LineStart; i < lineBreak.ItemIndex; i++)
        {
            var item = items[i];
            // A last line's infinite stretch gives it ratio 0 (natural letters) unless it must shrink; it has no shrink of its own.
            if (item.Kind == BreakItemKind.Glue && !item.FilStretch)
            {
                glue += stretching ? item.Stretch : item.Shrink;
            }
            else if (item.Kind == BreakItemKind.Box && (item.Stretch > 0 || item.Shrink > 0))
            {
                letters += stretching ? item.Stretch : item.Shrink;
                width += item.Width;
            }
        }

        if (letters <= 0 || width <= 0)
        {
            return (Math.Max(ratio, -1), 1);
        }

        // The slack the breaker shared out, and the letters' limit in this direction (their stretch or shrink is their
        // width times it; a whole number of steps, so the sum's rounding error is rounded away).
        var slack = ratio * (glue + letters);
        var limit = Math.Round(letters / width / Step) * Step;
        var share = Math.Clamp(slack / width, -limit, limit);
        var stepped = Math.Round(share / Step, MidpointRounding.AwayFromZero) * Step;
        if (Math.Abs(stepped * width) > Math.Abs(slack))
        {
            stepped = Math.Truncate(share / Step) * Step;
        }

        if (!stretching && slack - (stepped * width) < -glue - 1e-9)
        {
            // Shrinking, the glue cannot take what the rounded step left (a line without spaces has no glue at all):
            // round towards the fit instead, the step that shrinks the letters enough that the glue's limit covers the
            // rest, so the line never passes the measure by a rounding. Never beyond the limit the breaker rated the
            // line with: at that limit the letters and glue together cover any slack of a line it did not set overfull.
            var fit = Math.Floor(((slack + glue) / width / Step) + 1e-9) * Step;
            stepped = Math.Max(Math.Min(stepped, fit), -limit);
        }

        var rest = slack - (stepped * width);
        var glueRatio = glue > 0 ? rest / glue : 0;
        return (Math.Max(glueRatio, -1), 1 + stepped);
    }
}
