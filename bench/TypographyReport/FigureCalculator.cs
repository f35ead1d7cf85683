namespace TypographyReport;

/// <summary>Counts what issue 18 names, from classified lines and the paragraphs cut from them.</summary>
internal static class FigureCalculator
{
    /// <summary>A paragraph's last line is a "short word" ending when it is one word of at most this many letters.</summary>
    public const int ShortWordLetters = 4;

    public static TypographyFigures Compute(IReadOnlyList<TextLine> readingOrder, IReadOnlyList<Paragraph> paragraphs, DocumentProfile profile, int pageCount)
    {
        var body = readingOrder.Where(l => l.Kind == LineKind.Body).ToList();
        var ladders = Ladders(paragraphs);
        var multi = paragraphs.Where(p => p.Lines.Count >= 2).ToList();
        var (candidates, shortPages) = ShortPages(readingOrder);
        var turns = paragraphs.SelectMany(p => p.Lines.Zip(p.Lines.Skip(1)))
            .Where(z => z.First.EndsInHyphen && z.First.Page != z.Second.Page).Select(z => z.First.Page).ToList();
        var widows = multi.Where(p => p.Last.Page != p.Lines[^2].Page).Select(p => p.Last.Page).ToList();
        var orphans = multi.Where(p => p.First.Page != p.Lines[1].Page).Select(p => p.First.Page).ToList();
        var stranded = StrandedHeadings(readingOrder);
        var title = Title(readingOrder);
        var unindented = paragraphs.Where(p => !p.AfterHeading && p.First.Left <= profile.Left(p.First.Page) + profile.IndentTolerance)
            .Select(p => p.First.Page).ToList();
        var (discretionary, marked) = DiscretionaryHyphens.Find(readingOrder, paragraphs);
        var inner = paragraphs.SelectMany(p => p.Lines.Take(p.Lines.Count - 1)).Where(l => l.Gaps.Count >= 1).ToList();
        return new TypographyFigures
        {
            Pages = pageCount,
            BodySize = profile.BodySize,
            Leading = profile.Leading,
            BodyLines = body.Count,
            Paragraphs = paragraphs.Count,
            HyphenatedLines = body.Count(l => l.EndsInHyphen),
            DiscretionaryLines = body.Count(discretionary.Contains),
            DiscretionaryMarked = marked,
            LongestLadder = ladders.DefaultIfEmpty(0).Max(),
            LaddersOfTwo = ladders.Count(n => n == 2),
            LaddersOfThreeOrMore = ladders.Count(n => n >= 3),
            HyphensAtPageTurn = turns.Count,
            Widows = widows.Count,
            Orphans = orphans.Count,
            StrandedHeadings = stranded.Count,
            MultiLineParagraphs = multi.Count,
            ShortWordEndings = multi.Count(p => p.Last.WordCount == 1 && p.Last.Text.Count(char.IsLetterOrDigit) <= ShortWordLetters),
            UnindentedStarts = unindented.Count,
            TitleLines = title.Count,
            TitleBalance = title.Count == 0 ? double.NaN : (title[^1].Right - title[^1].Left) / title.Max(l => l.Right - l.Left),
            CandidatePages = candidates,
            ShortPages = shortPages.Count,
            JustifiedLines = inner.Count,
            LineWordSpace = inner.Select(l => Median(l.Gaps) / profile.Leading).ToList(),
            LineWidestGap = inner.Select(l => l.Gaps.Max() / profile.Leading).ToList(),
            Notes = NoteFigures.Measure(readingOrder, profile),
            Where = new Dictionary<string, IReadOnlyList<int>>
            {
                ["hyphen at a page turn"] = turns,
                ["widow"] = widows,
                ["orphan"] = orphans,
                ["stranded heading"] = stranded,
                ["short page"] = shortPages,
                ["paragraph start without indent"] = unindented,
                ["justified inner line with a word space over 0.45 lh (issue 18's largest gap)"] =
                    inner.Where(l => Median(l.Gaps) / profile.Leading > 0.45).Select(l => l.Page).ToList(),
            },
            LineSpread = inner.Where(l => l.Gaps.Count >= 2).Select(l => (l.Gaps.Max() - l.Gaps.Min()) / profile.Leading).ToList(),
        };
    }

    private static double Median(IReadOnlyList<double> values) => Stats.Percentile(values, 50);

    /// <summary>
    /// The title: the first run of heading lines on the first page with text, all of one size (the balance
    /// rule compares its last line with its longest).
    /// </summary>
    private static List<TextLine> Title(IReadOnlyList<TextLine> readingOrder)
    {
        var content = readingOrder.Where(l => l.Kind != LineKind.Furniture).ToList();
        if (content.Count == 0) return [];
        var first = content.FindIndex(l => l.Page == content[0].Page && l.Kind == LineKind.Heading);
        if (first < 0) return [];
        return content.Skip(first)
            .TakeWhile(l => l.Page == content[first].Page && l.Kind == LineKind.Heading && Math.Abs(l.Size - content[first].Size) < 0.5)
            .ToList();
    }

    /// <summary>Runs of consecutive lines of one paragraph ending in a hyphen (a run of one is no ladder).</summary>
    private static List<int> Ladders(IReadOnlyList<Paragraph> paragraphs)
    {
        var runs = new List<int>();
        foreach (var paragraph in paragraphs)
        {
            var run = 0;
            foreach (var line in paragraph.Lines)
            {
                if (line.EndsInHyphen)
                {
                    run++;
                    continue;
                }
                if (run >= 2) runs.Add(run);
                run = 0;
            }
            if (run >= 2) runs.Add(run);
        }
        return runs;
    }

    /// <summary>
    /// A heading is stranded when fewer than two body lines follow it on its page and the text goes on overleaf.
    /// A heading directly followed by another heading on the page is judged by the last of the run.
    /// </summary>
    private static List<int> StrandedHeadings(IReadOnlyList<TextLine> readingOrder)
    {
        var content = readingOrder.Where(l => l.Kind != LineKind.Furniture).ToList();
        var stranded = new List<int>();
        for (var i = 0; i < content.Count; i++)
        {
            if (content[i].Kind != LineKind.Heading) continue;
            var page = content[i].Page;
            var bodyUnder = 0;
            var nextHeadingOnPage = false;
            var textAfterPage = false;
            for (var j = i + 1; j < content.Count; j++)
            {
                if (content[j].Page != page)
                {
                    textAfterPage = content.Skip(j).Any(l => l.Kind == LineKind.Body);
                    break;
                }
                if (content[j].Kind == LineKind.Heading)
                {
                    nextHeadingOnPage = true;
                    break;
                }
                if (content[j].Kind == LineKind.Body) bodyUnder++;
            }
            if (!nextHeadingOnPage && bodyUnder < 2 && textAfterPage) stranded.Add(page);
        }
        return stranded;
    }

    /// <summary>
    /// Pages whose last body baseline sits above the text block's bottom baseline. Only pages that should be full are
    /// judged: nothing but furniture below the last body line (no notes, caption or heading at the foot), the next page
    /// not opening with a heading (the page ends a section) and not the last page of text. The block's bottom
    /// baseline is the lowest last baseline that at least two pages share (the lowest of all when none is shared).
    /// </summary>
    private static (int Candidates, List<int> Short) ShortPages(IReadOnlyList<TextLine> readingOrder)
    {
        var content = readingOrder.Where(l => l.Kind != LineKind.Furniture).ToList();
        var byPage = content.GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.ToList());
        var lastBodyPage = content.Where(l => l.Kind == LineKind.Body).Select(l => l.Page).DefaultIfEmpty(0).Max();
        var bottoms = byPage.Values
            .Select(lines => lines.LastOrDefault(l => l.Kind == LineKind.Body))
            .Where(l => l is not null)
            .GroupBy(l => Math.Round(l!.Baseline * 2) / 2)
            .ToList();
        if (bottoms.Count == 0) return (0, []);
        var shared = bottoms.Where(g => g.Count() >= 2).Select(g => g.Key).ToList();
        var blockBottom = shared.Count > 0 ? shared.Min() : bottoms.Min(g => g.Key);
        var candidates = 0;
        var shortPages = new List<int>();
        foreach (var (page, lines) in byPage)
        {
            if (page >= lastBodyPage || lines[^1].Kind != LineKind.Body) continue;
            if (byPage.TryGetValue(page + 1, out var next) && next[0].Kind == LineKind.Heading) continue;
            candidates++;
            if (lines[^1].Baseline > blockBottom + 0.5) shortPages.Add(page);
        }
        return (candidates, shortPages);
    }
}
