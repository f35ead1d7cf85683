using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Input;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout.Assemble;
using Publish.Typesetting.Layout.Finish;
using Publish.Typesetting.Layout.Realize;
using Publish.Typesetting.Layout.SetLines;
using Publish.Typesetting.Layout.Tables;

namespace Publish.Typesetting.Layout;

/// <summary>
/// The print edition's pipeline, one stage a value in and a value out: realize (document → what to set; tables' column
/// widths chosen by measuring their cells) → set
/// (requests → lines, on helper threads too) → assemble (lines → flow, warnings merged) → compose
/// (<see cref="FlowComposer"/>: pages with notes at their feet) → finish (bands, folios, outline, page map).
/// </summary>
public sealed class PrintLayout
{
    /// <summary>3 mm, the bleed print shops ask for.</summary>
    private const double PressBleed = 3 * 72 / 25.4;

    /// <summary>The resolution below which a photo prints visibly soft.</summary>
    private const double PressMinimumDpi = 300;

    private readonly HouseStyle _style;
    private readonly PrintTarget _profile;

    public PrintLayout(HouseStyle style, PrintTarget profile = PrintTarget.Default)
    {
        _style = style;
        _profile = profile;
    }

    /// <summary>
    /// Helper threads that set a long book's paragraphs: null (the default) uses the idle cores of
    /// <see cref="IdleCores"/>, 0 none, n exactly n. The result is the same either way.
    /// </summary>
    public int? HelperThreads { get; init; }

    /// <summary>The idle cores automatic helpers come from; share one among layouts run at once. By default the layout's own.</summary>
    public HelperBudget? IdleCores { get; init; }

    /// <summary>The build's font files, shared with the EPUB; null reads them through a store of the layout's own.</summary>
    public FontFileStore? FontFiles { get; init; }

    public PrintEdition Layout(Document document, DateTimeOffset date, string producer, DiagnosticBag diagnostics, Action<double>? progress = null)
    {
        using var fonts = new FontLibrary(FontFiles ?? new FontFileStore());
        var hyphenation = TypesetterPool.HyphenationFor(_style);
        var ledger = MissingGlyphLedger.For(document, _style);
        using var typesetters = new TypesetterPool(_style, fonts, hyphenation, ledger);
        var language = document.Metadata.Language;
        var press = _profile == PrintTarget.Press;

        var bands = PageBands.Make(_style, document.Institution, typesetters, language, diagnostics);
        var realized = new TableSizer(_style, typesetters, language).Size(Realizer.Realize(document, _style, press ? PressMinimumDpi : null));
        var set = new LineSetter(typesetters, ledger, language)
        {
            HelperPools = HelperThreads == 0 ? null : () => new TypesetterPool(_style, fonts, hyphenation, ledger),
            HelperCount = HelperThreads,
            Budget = IdleCores ?? new HelperBudget(),
        }.Set(realized.Requests, diagnostics, realized.Progress, progress);
        var flow = new FlowAssembler(_style, realized, set, ledger, diagnostics).Assemble();
        var composition = new FlowComposer(bands.TextArea, bands.Notes).Compose(flow.Elements);
        var finish = new PrintFinish(document, _style, press ? Math.Max(_style.Page.Bleed, PressBleed) : 0, press ? PrintMarks.Crop : PrintMarks.None, realized.Outline, flow.Structure, date, producer);
        return PageFinisher.Finish(composition, bands, finish, diagnostics);
    }
}
