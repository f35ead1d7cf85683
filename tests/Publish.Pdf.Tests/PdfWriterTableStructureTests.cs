using Publish.Pdf.Tests.Support;
using Publish.Typesetting.Frames;

namespace Publish.Pdf.Tests;

/// <summary>
/// A table's tags: Table, THead/TBody, TR, TH with <c>/Scope /Column</c> (PDF/UA-1 §7.5, Matterhorn 15-003), TD,
/// spans as /ColSpan, and an empty cell kept so the grid stays regular (ISO 32000-1 §14.8.4.3.4).
/// </summary>
public sealed class PdfWriterTableStructureTests : IDisposable
{
    private const int Document = 0, Table = 1, Head = 2, HeadRow = 3, Header1 = 4, Header2 = 5, Body = 6, BodyRow = 7, Data1 = 8, Data2 = 9, Wide = 10, WideRow = 11;

    private readonly TestFont serif = new(RepositoryPaths.Font("NotoSerif-Regular.ttf"));

    public void Dispose() => serif.Dispose();

    private byte[] Written()
    {
        System.Collections.Immutable.ImmutableArray<StructureElement> structure =
        [
            new(Document, null, StructureRole.Document),
            new(Table, Document, StructureRole.Table),
            new(Head, Table, StructureRole.TableHead),
            new(HeadRow, Head, StructureRole.TableRow),
            new(Header1, HeadRow, StructureRole.TableHeaderCell),
            new(Header2, HeadRow, StructureRole.TableHeaderCell),
            new(Body, Table, StructureRole.TableBody),
            new(BodyRow, Body, StructureRole.TableRow),
            new(Data1, BodyRow, StructureRole.TableDataCell),
            new(Data2, BodyRow, StructureRole.TableDataCell),
            new(WideRow, Body, StructureRole.TableRow),
            new(Wide, WideRow, StructureRole.TableDataCell) { ColumnSpan = 2 },
        ];
        var page = Documents.Page(
            serif.Shape("Port", 10, 56, 90) with { StructureId = Header1 },
            serif.Shape("Cargo", 10, 156, 90) with { StructureId = Header2 },
            serif.Shape("Izmir", 10, 56, 104) with { StructureId = Data1 },
            serif.Shape("Both columns", 10, 56, 118) with { StructureId = Wide },
            new RuleItem(50, 95, 250, 95, 0.5, RgbColor.Black));
        return new PdfWriter().WriteToArray(Documents.Of(page) with { Structure = structure });
    }

    private static IEnumerable<string> Elements(RawPdf pdf, string type) =>
        pdf.ObjectIds.Select(pdf.Dictionary).Where(d => d.Contains("/Type /StructElem /S /" + type + " ", StringComparison.Ordinal));

    [Fact]
    public void Header_cells_carry_column_scope_and_data_cells_none()
    {
        var pdf = new RawPdf(Written());

        var headers = Elements(pdf, "TH").ToList();
        Assert.Equal(2, headers.Count);
        Assert.All(headers, h => Assert.Contains("/A << /O /Table /Scope /Column >>", h, StringComparison.Ordinal));
        Assert.All(Elements(pdf, "TD"), d => Assert.DoesNotContain("/Scope", d, StringComparison.Ordinal));
        Assert.Single(Elements(pdf, "Table"));
        Assert.Single(Elements(pdf, "THead"));
        Assert.Single(Elements(pdf, "TBody"));
        Assert.Equal(3, Elements(pdf, "TR").Count());
    }

    [Fact]
    public void An_empty_cell_stays_in_its_row_and_a_spanning_cell_says_how_far_it_spans()
    {
        var pdf = new RawPdf(Written());

        var cells = Elements(pdf, "TD").ToList();
        Assert.Equal(3, cells.Count);
        Assert.Contains(cells, c => c.Contains("/K []", StringComparison.Ordinal));
        Assert.Single(cells, c => c.Contains("/A << /O /Table /ColSpan 2 >>", StringComparison.Ordinal));
    }
}
