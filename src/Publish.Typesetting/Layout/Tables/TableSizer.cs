using System.Collections.Immutable;
using System.Globalization;
using Publish.Model.Diagnostics;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Layout.Realize;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout.Tables;

/// <summary>
/// The stage between realizing and setting: chooses each table's column widths and gives its cells' requests their
/// measures (and, for a wide table, a smaller size). Widths come from the source (a grid table's dashes) when it gives
/// them, else from the content, as CSS 2.1's automatic table layout (§17.5.2.2) and LaTeX's <c>tabularx</c> do: each
/// column at least its widest word, at most its widest unbroken paragraph; when the widest settings do not fit, the
/// room above the minimums is shared in proportion to what each column would still take. Cell text is measured once
/// here with the calling thread's typesetters (shaping caches words, so setting it again costs little).
/// </summary>
internal sealed class TableSizer
{
    /// <summary>Space each side of a column's text, in ems of the cell size (LaTeX's <c>\tabcolsep</c> is 6 pt at 10 pt).</summary>
    private const double PaddingEms = 0.5;

    private readonly HouseStyle _style;
    private readonly TypesetterPool _pool;
    private readonly string _language;

    public TableSizer(HouseStyle style, TypesetterPool pool, string language)
    {
        _style = style;
        _pool = pool;
        _language = language;
    }

    public Realization Size(Realization realization)
    {
        if (!realization.Blocks.Any(b => b is RealizedTable))
        {
            return realization;
        }

        var requests = realization.Requests.ToBuilder();
        var blocks = realization.Blocks.ToBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is RealizedTable table)
            {
                blocks[i] = Size(table, requests);
            }
        }

        return realization with { Blocks = blocks.ToImmutable(), Requests = requests.ToImmutable() };
    }

    private RealizedTable Size(RealizedTable table, ImmutableArray<ParagraphRequest>.Builder requests)
    {
        var columns = table.Alignments.Length;
        if (columns == 0)
        {
            return table with { Geometry = new TableGeometry([], [], 0, 0, 0, 1, null) };
        }

        var size = table.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Requests).Select(r => requests[r].Style.Size).DefaultIfEmpty(_style.Text.Body.Size * _style.Tables.SizeRatio).Max();
        var padding = PaddingEms * size;
        var (minimum, maximum) = ColumnWidths(table, requests, columns);
        var measure = table.Measure;
        double[] widths;
        var scale = 1.0;
        Diagnostic? warning = null;
        var tooNarrow = false;
        var source = SourceWidths(table, measure);
        if (source is not null && source.Select((w, c) => w - (2 * padding) >= minimum[c] - 0.01).All(fits => fits))
        {
            // The source's shares of the text width (Pandoc's reading of a grid or long pipe table's dashes).
            widths = source;
        }
        else
        {
            // A source width narrower than its column's widest word yields to it: the columns then share the room
            // above their minimums in the source's proportions, as the content's would be shared.
            if (source is not null)
            {
                maximum = [.. source.Select((w, c) => Math.Max(minimum[c], w - (2 * padding)))];
            }

            var boxMinimum = minimum.Sum() + (2 * padding * columns);
            var boxMaximum = maximum.Sum() + (2 * padding * columns);
            if (boxMaximum <= measure)
            {
                widths = [.. maximum.Select(m => m + (2 * padding))];
            }
            else if (boxMinimum <= measure)
            {
                widths = Share(minimum, maximum, measure - boxMinimum, padding);
            }
            else
            {
                // Wider than the measure at its narrowest: smaller type first (widths scale with the size; the padding
                // too), down to the style's floor; what still does not fit breaks inside words.
                if (_style.Tables.Wide == TableWideMode.Shrink)
                {
                    var floor = Math.Min(1, _style.Tables.MinimumSizeRatio / _style.Tables.SizeRatio);
                    scale = Math.Max(floor, measure / boxMinimum);
                }

                var scaledMinimum = boxMinimum * scale;
                if (scaledMinimum <= measure + 0.01)
                {
                    widths = Share([.. minimum.Select(m => m * scale)], [.. maximum.Select(m => m * scale)], measure - scaledMinimum, padding * scale);
                }
                else
                {
                    widths = [.. minimum.Select(m => ((m * scale) + (2 * padding * scale)) * measure / scaledMinimum)];
                    tooNarrow = true;
                }
            }
        }

        if (tooNarrow)
        {
            warning = Diagnostic.Warning(
                FlowDiagnosticCodes.TableTooWide,
                table.Span,
                string.Create(CultureInfo.InvariantCulture, $"the table's {columns} columns need {(minimum.Sum() + (2 * padding * columns)) * scale:0.#} pt at their narrowest (the widest word of each) but the text is {measure:0.#} pt wide: words break inside their cells{(scale < 1 ? string.Create(CultureInfo.InvariantCulture, $", even at {scale * 100:0} % of the table size") : string.Empty)}"));
        }

        var x = new double[columns];
        for (var c = 1; c < columns; c++)
        {
            x[c] = x[c - 1] + widths[c - 1];
        }

        var width = x[^1] + widths[^1];
        var geometry = new TableGeometry([.. x], [.. widths], width, Math.Max(0, (measure - width) / 2), padding * scale, scale, warning);
        foreach (var cell in table.Rows.SelectMany(r => r.Cells))
        {
            var textWidth = geometry.TextWidth(cell.Column, cell.ColumnSpan);
            foreach (var r in cell.Requests)
            {
                var request = requests[r];
                var style = scale < 1 ? request.Style with { Size = request.Style.Size * scale, Leading = request.Style.Leading * scale } : request.Style;

                // A column narrower than its widest word: let words break inside, at hyphenation points (only justified
                // text is hyphenated) rather than stick out over the next column.
                style = tooNarrow && style.Alignment == Styles.TextAlignment.Ragged ? style with { Alignment = Styles.TextAlignment.Justified } : style;
                requests[r] = request with { Style = style, Measure = textWidth, Hyphenate = tooNarrow || request.Hyphenate };
            }
        }

        return table with { Geometry = geometry };
    }

    /// <summary>The source's column widths as shares of <paramref name="measure"/>, or null when it does not give every one.</summary>
    private static double[]? SourceWidths(RealizedTable table, double measure)
    {
        if (!table.SourceWidths.All(w => w is > 0))
        {
            return null;
        }

        var total = table.SourceWidths.Sum(w => w!.Value);
        return [.. table.SourceWidths.Select(w => measure * w!.Value / Math.Max(1, total))];
    }

    /// <summary>Each column's minimum and maximum content width (CSS 2.1 §17.5.2.2, steps 1–2), spanning cells last.</summary>
    private (double[] Minimum, double[] Maximum) ColumnWidths(RealizedTable table, ImmutableArray<ParagraphRequest>.Builder requests, int columns)
    {
        var minimum = new double[columns];
        var maximum = new double[columns];
        var spanning = new List<(RealizedTableCell Cell, ContentWidths Widths)>();
        foreach (var cell in table.Rows.SelectMany(r => r.Cells))
        {
            var widths = CellWidths(cell, requests);
            if (cell.ColumnSpan > 1)
            {
                spanning.Add((cell, widths));
                continue;
            }

            minimum[cell.Column] = Math.Max(minimum[cell.Column], widths.Minimum);
            maximum[cell.Column] = Math.Max(maximum[cell.Column], widths.Maximum);
        }

        // A spanning cell wider than its columns widens them evenly (the gaps between them are part of its room).
        foreach (var (cell, widths) in spanning)
        {
            var gaps = 2 * PaddingEms * _style.Text.Body.Size * _style.Tables.SizeRatio * (cell.ColumnSpan - 1);
            Widen(minimum, cell, widths.Minimum - gaps);
            Widen(maximum, cell, widths.Maximum - gaps);
        }

        for (var c = 0; c < columns; c++)
        {
            maximum[c] = Math.Max(maximum[c], minimum[c]);
        }

        return (minimum, maximum);
    }

    private static void Widen(double[] widths, RealizedTableCell cell, double need)
    {
        var have = 0.0;
        for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
        {
            have += widths[c];
        }

        if (need <= have)
        {
            return;
        }

        for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
        {
            widths[c] += (need - have) / cell.ColumnSpan;
        }
    }

    private ContentWidths CellWidths(RealizedTableCell cell, ImmutableArray<ParagraphRequest>.Builder requests)
    {
        double minimum = 0, maximum = 0;
        foreach (var r in cell.Requests)
        {
            var request = requests[r];
            if (request.Content.IsDefaultOrEmpty)
            {
                continue;
            }

            var paragraph = request.ParagraphStyle(_language) with { Hyphenate = false };
            var widths = _pool.For(request.Style.Family).Widths(request.Content, paragraph);
            minimum = Math.Max(minimum, widths.Minimum);
            maximum = Math.Max(maximum, widths.Maximum);
        }

        // A hair more than the natural width, so the line breaker does not find the widest line a rounding error too long.
        return new ContentWidths(minimum + 0.01, maximum + 0.01);
    }

    /// <summary>
    /// The columns at their minimum plus a share of <paramref name="room"/> in proportion to what each would still
    /// take to reach its maximum (CSS 2.1's informative algorithm; a column already at its widest takes none).
    /// </summary>
    private static double[] Share(double[] minimum, double[] maximum, double room, double padding)
    {
        var wants = maximum.Select((m, c) => m - minimum[c]).ToArray();
        var total = wants.Sum();
        return [.. minimum.Select((m, c) => m + (2 * padding) + (total > 0 ? room * wants[c] / total : room / minimum.Length))];
    }
}
