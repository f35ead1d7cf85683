using Publish.Model;
using Publish.Model.Books;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Model.Input;
using Publish.Styles;
using Publish.Typesetting.Flow;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;
using Publish.Typesetting.Layout.Assemble;
using Publish.Typesetting.Layout.CrossReferences;
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

    /// <summary>A proof copy: a figure whose photo is missing gets a ruled placeholder frame naming the file looked for.</summary>
    public bool Draft { get; init; }

    /// <summary>The build's font files, shared with the EPUB; null reads them through a store of the layout's own.</summary>
    public FontFileStore? FontFiles { get; init; }

    /// <summary>
    /// The faces to set with, shared by the layouts of one book so that each face is one <c>FontResource</c> across its
    /// articles (the PDF embeds it once); null: a library of the layout's own, disposed with it.
    /// </summary>
    internal FontLibrary? Fonts { get; init; }

    /// <summary>
    /// Set when the edition is an article inside a book (issue 20): its pages are labelled from this folio on (an odd
    /// one, a right-hand page) and the book draws the running footer and header itself. Null: pages from 1, footer drawn.
    /// </summary>
    internal int? FirstFolio { get; init; }

    /// <summary>
    /// In a book, the ids of this article's headings that other articles link to: their destinations are placed although
    /// nothing in the article itself refers to them (a single edition places only the ones it refers to).
    /// </summary>
    internal IReadOnlySet<string>? LinkedFromOtherArticles { get; init; }

    /// <summary>In a book, where its links to other articles go (the book resolved them); null or none: such links are text.</summary>
    internal BookLinks? Links { get; init; }

    /// <summary>
    /// At most this many layouts: the first without pages in cross-references, then with the pages the last one
    /// printed, until they no longer change (a longer label can push a reference or its target to another page).
    /// </summary>
    private const int MaximumPasses = 3;

    /// <remarks>
    /// A document whose references print pages ("Table 2 on p. 14") is laid out again with the pages the previous
    /// layout gave, until a layout prints the pages it was given; every other document is laid out once. Only the
    /// last pass's diagnostics are kept, so a warning is never reported twice. Every pass reports to
    /// <paramref name="progress"/> (a build's check points; a later pass counts from 0 again), and so does every page composed.
    /// </remarks>
    public PrintEdition Layout(Document document, DateTimeOffset date, string producer, DiagnosticBag diagnostics, Action<double>? progress = null)
    {
        var targets = CrossReferenceTargets.Of(document, LinkedFromOtherArticles);
        var pages = CrossReferencePages.Unknown;
        if (!targets.TakesPages)
        {
            return Layout(document, date, producer, diagnostics, targets, pages, progress);
        }

        for (var pass = 1; ; pass++)
        {
            var bag = new DiagnosticBag();
            var edition = Layout(document, date, producer, bag, targets, pages, progress);
            var printed = pass < MaximumPasses ? CrossReferencePages.Of(edition.Document) : pages;
            if (printed.Equals(pages))
            {
                diagnostics.AddRange(bag.ToImmutableSorted());
                return edition;
            }

            pages = printed;
        }
    }

    private PrintEdition Layout(Document document, DateTimeOffset date, string producer, DiagnosticBag diagnostics,
        CrossReferenceTargets targets, CrossReferencePages pages, Action<double>? progress)
    {
        using var ownFonts = Fonts is null ? new FontLibrary(FontFiles ?? new FontFileStore()) : null;
        var fonts = Fonts ?? ownFonts!;
        var hyphenation = TypesetterPool.HyphenationFor(_style);
        var ledger = MissingGlyphLedger.For(document, _style);
        using var typesetters = new TypesetterPool(_style, fonts, hyphenation, ledger);
        var language = document.Metadata.Language;
        var press = _profile == PrintTarget.Press;

        var bands = PageBands.Make(_style, document.Institution, typesetters, language, diagnostics);
        var realized = Realizer.Realize(document, _style, press ? PressMinimumDpi : null, Draft);
        if (!pages.Equals(CrossReferencePages.Unknown))
        {
            var labels = new CrossReferenceLabels(pages, Model.EditionLabels.ForLanguage(language));
            realized = realized with { Requests = [.. realized.Requests.Select(r => r with { Content = labels.Apply(r.Content) })] };
        }

        if (Links is { Count: > 0 } links)
        {
            realized = realized with { Requests = [.. realized.Requests.Select(r => r with { Content = InlineTreeRewriter.Rewrite(r.Content, i => i is ManuscriptLinkInline m ? links.Resolved(m) : null) })] };
        }

        realized = new TableSizer(_style, typesetters, language).Size(realized);
        realized = new TitleBalancer(typesetters, language).Balance(realized);
        var set = new LineSetter(typesetters, ledger, language)
        {
            HelperPools = HelperThreads == 0 ? null : () => new TypesetterPool(_style, fonts, hyphenation, ledger),
            HelperCount = HelperThreads,
            Budget = IdleCores ?? new HelperBudget(),
        }.Set(realized.Requests, diagnostics, realized.Progress, progress);
        var flow = new FlowAssembler(_style, realized, set, ledger, diagnostics, targets).Assemble();
        var makeUp = new PageMakeUp(_style.Text.Body.Leading, _style.MakeUp.Bottom == PageBottom.Justified) { BaselineGrid = _style.MakeUp.Bottom == PageBottom.BaselineGrid };

        // The whole body is set by now: each page composed is a check point at 100 %.
        var composition = new FlowComposer(bands.TextArea, bands.Notes, makeUp) { PageComposed = progress is null ? null : () => progress(1) }.Compose(flow.Elements);
        var finish = new PrintFinish(document, _style, press ? Math.Max(_style.Page.Bleed, PressBleed) : 0, press ? PrintMarks.Crop : PrintMarks.None, realized.Outline, flow.Structure, date, producer) { HasCrossReferences = targets.Any, FirstFolio = FirstFolio };
        return PageFinisher.Finish(composition, bands, finish, diagnostics);
    }
}
