using System.Collections.Immutable;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Model;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Hyphenation;
using Publish.Typesetting.Shaping;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Sets a paragraph's inlines into lines: flatten → items (shaping, hyphenation, spaces) → total-fit breaks →
/// lines. One instance per build and thread (it remembers which missing characters it already reported and
/// reuses its working lists from paragraph to paragraph); the model is only read.
/// </summary>
public sealed class ParagraphTypesetter
{
    private readonly IShaper _shaper;
    private readonly HyphenationCatalog? _hyphenation;
    private readonly LineBreakOptions _options;
    private readonly MissingGlyphReporter _missing;
    private readonly ParagraphScratch _scratch = new();
    private readonly Styles.MicrotypeSettings? _microtype;
    private readonly List<BreakItem> _microtypeItems = new(1024);

    /// <param name="missing">
    /// Reports characters no font has for <see cref="Typeset(ImmutableArray{Inline}, ParagraphStyle, DiagnosticBag)"/>;
    /// typesetters of one manuscript share one so each character is reported once. By default the typesetter's own.
    /// </param>
    /// <param name="microtype">Protrusion and expansion of justified paragraphs; null sets them without (as does a style that turns both off).</param>
    public ParagraphTypesetter(IShaper shaper, HyphenationCatalog? hyphenation, LineBreakOptions? options = null, MissingGlyphReporter? missing = null, Styles.MicrotypeSettings? microtype = null)
    {
        _microtype = microtype;
        _shaper = shaper;
        _hyphenation = hyphenation;
        _options = options ?? LineBreakOptions.Default;
        _missing = missing ?? new MissingGlyphReporter();
    }

    public ParagraphLayout Typeset(ImmutableArray<Inline> content, ParagraphStyle style, DiagnosticBag diagnostics) =>
        Typeset(content, style, diagnostics, _missing);

    /// <summary>
    /// The paragraph's narrowest and widest settings without setting it (<see cref="ContentWidths"/>): what a table
    /// column needs. Missing characters are not reported here; setting the paragraph reports them.
    /// </summary>
    public ContentWidths Widths(ImmutableArray<Inline> content, ParagraphStyle style)
    {
        var pieces = InlineFlattener.Flatten(content, style);
        var bidi = ParagraphBidi.For(pieces, style.Language);
        var paragraph = new ParagraphItemBuilder(_shaper, null, new MissingGlyphReporter(), new DiagnosticBag(), style with { Hyphenate = false }, pieces, _scratch, bidi).Build();
        return ContentWidths.Of(paragraph.Items);
    }

    /// <summary>
    /// Sets a paragraph reporting missing characters through <paramref name="missing"/> instead of this
    /// typesetter's own reporter: a caller that sets paragraphs on several threads gives each its own and
    /// removes repeats in reading order, so the warnings do not depend on which thread set what.
    /// </summary>
    public ParagraphLayout Typeset(ImmutableArray<Inline> content, ParagraphStyle style, DiagnosticBag diagnostics, MissingGlyphReporter missing)
    {
        var pieces = InlineFlattener.Flatten(content, style);
        var span = pieces.Count > 0 ? pieces[0].Span : SourceSpan.None;
        var hyphenator = style.Hyphenate ? _hyphenation?.For(style.Language, diagnostics, span) : null;
        var bidi = ParagraphBidi.For(pieces, style.Language);
        // A span's language gets its patterns without a warning when there are none: which paragraph asks first
        // depends on the helper threads, and a warning must not. Such a span is set without hyphenation.
        Func<string, IHyphenator?>? spanHyphenator = _hyphenation is { } catalog && pieces.Exists(p => p.Language is not null) ? language => catalog.For(language, new DiagnosticBag(), span) : null;
        var paragraph = new ParagraphItemBuilder(_shaper, hyphenator, missing, diagnostics, style, pieces, _scratch, bidi, spanHyphenator, _options).Build();
        var expansion = 0.0;
        if (_microtype is { } microtype)
        {
            paragraph = Microtype.MicrotypeItems.Apply(paragraph, microtype, style, _microtypeItems);
            expansion = ReferenceEquals(paragraph.Items, _microtypeItems) ? microtype.Expansion : 0;
        }

        var items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(paragraph.Items);
        var breaks = _options.Algorithm == LineBreakAlgorithm.FirstFit
            ? FirstFitLineBreaker.Break(items, [style.Measure])
            : KnuthPlassLineBreaker.Break(items, [style.Measure], _options, _scratch.LineBreaking);
        var strut = _shaper.Shape(" ", new RunStyle(style.BaseVariant, style.Size, style.Features));
        var lines = ImmutableArray.CreateBuilder<TypesetLine>(breaks.Count);
        foreach (var lineBreak in breaks)
        {
            var line = LineAssembler.Assemble(paragraph, lineBreak, style.Measure, strut, _scratch.Glyphs, _scratch.Runs, _scratch.LineGlyphs, expansion);
            if (line.Overfull)
            {
                diagnostics.Warning(TypesettingDiagnosticCodes.OverfullLine, span,
                    FormattableString.Invariant($"A line is {line.Width - style.Measure:0.##} pt wider than the measure: \"{line.Text}\"."));
            }

            lines.Add(line);
        }

        return new ParagraphLayout(lines.MoveToImmutable(), style.Leading);
    }
}
