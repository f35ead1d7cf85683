using System.Globalization;
using TypographyReport;

// usage: TypographyReport LABEL=FILE.pdf [LABEL=FILE.pdf ...]   one Markdown table, a column per PDF
//        TypographyReport --where LABEL=FILE.pdf ...           the same, and on stderr the pages of each counted event
//        TypographyReport --dump FILE.pdf PAGE                   the page's lines as the report reads them
//        TypographyReport --self-check                           checks the heuristics on PDFs with known answers
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: TypographyReport LABEL=FILE.pdf ... | --dump FILE.pdf PAGE | --self-check");
    return 2;
}
if (args[0] == "--self-check")
    return SelfCheck.Run();
if (args[0] == "--dump")
{
    var analysis = PdfAnalyzer.Analyze(args[1]);
    var page = int.Parse(args[2], CultureInfo.InvariantCulture);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"body {analysis.Profile.BodySize} pt, leading {analysis.Profile.Leading}, block {analysis.Profile.Left(page):0.0}..{analysis.Profile.Right(page):0.0}"));
    foreach (var line in analysis.Lines.Where(l => l.Page == page))
    {
        var paragraph = analysis.Paragraphs.FirstOrDefault(p => p.Lines.Contains(line));
        var mark = paragraph is null ? " " : ReferenceEquals(paragraph.First, line) ? "¶" : ReferenceEquals(paragraph.Last, line) ? "$" : "|";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{line.Kind,-9} {mark} y={line.Baseline,7:0.00} x={line.Left,6:0.0}..{line.Right,6:0.0} {line.Size,4:0.0}{(line.Bold ? "b" : " ")} gaps={line.Gaps.Count,2} {line.Text}"));
    }
    return 0;
}
var where = args[0] == "--where";
var columns = new List<(string, TypographyFigures)>();
foreach (var arg in args.Skip(where ? 1 : 0))
{
    var eq = arg.IndexOf('=', StringComparison.Ordinal);
    var (label, path) = eq > 0 ? (arg[..eq], arg[(eq + 1)..]) : (Path.GetFileName(arg), arg);
    var figures = PdfAnalyzer.Analyze(path).Figures;
    columns.Add((label, figures));
    if (!where) continue;
    foreach (var (name, pages) in figures.Where)
        Console.Error.WriteLine($"{label}: {name}: pages {string.Join(' ', pages)}");
}
Console.Write(ReportTable.Render(columns));
return 0;
