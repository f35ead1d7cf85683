using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Publish.Manuscript.Input;
using Publish.Manuscript.Typography;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Reads the institute archive's plain-text export (DESIGN.md, "Legacy export") into the neutral model.
/// Stages: paragraphs → layout (title, author, body, bibliography, notes, about the author, citation,
/// institution) → page-break joins → note numbering in reference order → blocks and inlines → metadata mined
/// from the citation. Every rule reads the archive's fixed conventions, never an article's own words.
/// </summary>
public sealed partial class LegacyExportReader : IManuscriptReader
{
    public Document? Read(ManuscriptText text, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var paragraphs = LegacyParagraphSplitter.Split(text);
        if (paragraphs.Find(p => p.Text.Length > InputDiagnosticLimits.MaxParagraphCharacters) is { } huge)
        {
            diagnostics.Error(
                InputDiagnosticCodes.ParagraphTooLong,
                huge.Span,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"this paragraph has {huge.Text.Length:N0} characters, more than the limit of {InputDiagnosticLimits.MaxParagraphCharacters:N0}; split it"));
            return null;
        }

        cancellation.ThrowIfCancellationRequested();
        var layout = LegacyLayoutAnalyzer.Analyze(paragraphs);
        if (layout is null)
        {
            diagnostics.Error(DiagnosticCodes.TitleMissing, SourceSpan.WholeFile(text.Path), "the manuscript is empty: no title line");
            return null;
        }

        cancellation.ThrowIfCancellationRequested();
        var body = PageBreakJoiner.Join(layout.Body, diagnostics);
        var language = LegacyLanguageGuesser.Guess(body.Select(p => p.Text));
        var builder = new LegacyInlineBuilder(text, language, diagnostics);
        var notes = LegacyNoteTable.Define(layout.NoteDefinitions, diagnostics);

        var aboutAuthor = AboutAuthorTexts(layout);
        var citation = layout.Citation?.Content.Substring(LegacyPatterns.Citation().Match(layout.Citation.Text).Groups["rest"].Index);
        var referencing = body.Select(BodyText).Concat(layout.Bibliography.Select(p => p.Content)).Concat(aboutAuthor);
        if (citation is not null)
        {
            referencing = referencing.Append(citation);
        }

        notes.Number(ReferencedLabels(referencing), builder);

        var facts = citation is null ? null : CitationFacts(citation.Text, layout.Citation!.Span, diagnostics);
        return new Document
        {
            SourcePath = text.Path,
            Dialect = ManuscriptDialect.Legacy,
            SourceText = text.Text,
            Metadata = BuildMetadata(layout, facts, language),
            Body = BodyBlocks(body, builder, notes, text, diagnostics),
            Notes = notes.Notes,
            Bibliography = LegacyBibliographyBuilder.Build(layout.Bibliography, builder, notes),
            AboutAuthor = [.. aboutAuthor.Select(p => (Block)new ParagraphBlock(builder.Build(p, notes), builder.SpanAt(p, 0)))],
            Citation = citation is null ? [] : builder.Build(citation, notes),
            Institution = layout.Institution.Count == 0
                ? null
                : new Institution([.. layout.Institution.Select(p => LegacyContactLine.Read(p)!)]),
        };

        List<MappedText> AboutAuthorTexts(LegacyLayout parts)
        {
            var texts = new List<MappedText>();
            if (parts.AboutAuthorLabel is { } label)
            {
                var rest = label.Content.Substring(LegacyPatterns.AboutAuthor().Match(label.Text).Groups["rest"].Index);
                if (rest.Text.Length > 0)
                {
                    texts.Add(rest);
                }

                texts.AddRange(parts.AboutAuthor.Select(p => p.Content));
                if (texts.Count == 0)
                {
                    diagnostics.Info(DiagnosticCodes.EmptyAboutAuthorDropped, label.Span, "'About the Author' is empty; dropped");
                }
            }

            return texts;
        }
    }

    /// <summary>A caption's text is what follows <c>Photo:</c>; any other paragraph is read whole.</summary>
    private static MappedText BodyText(LegacyParagraph paragraph)
    {
        var caption = LegacyPatterns.PhotoCaption().Match(paragraph.Text);
        return caption.Success ? paragraph.Content.Substring(caption.Groups["caption"].Index) : paragraph.Content;
    }

    private static IEnumerable<string> ReferencedLabels(IEnumerable<MappedText> texts) =>
        texts.SelectMany(t => LegacyTokenizer.Tokenize(t.Text)).Where(t => t.Kind == LegacyTokenKind.NoteMarker).Select(t => t.Value);

    private static ImmutableArray<Block> BodyBlocks(
        List<LegacyParagraph> body, LegacyInlineBuilder builder, LegacyNoteTable notes, ManuscriptText text, DiagnosticBag diagnostics)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var photos = 0;
        foreach (var paragraph in body)
        {
            var content = builder.Build(BodyText(paragraph), notes);
            blocks.Add(LegacyPatterns.PhotoCaption().IsMatch(paragraph.Text)
                ? LegacyFigureBuilder.Build(content, ++photos, paragraph.Span, text, diagnostics)
                : new ParagraphBlock(content, paragraph.Span));
        }

        return blocks.ToImmutable();
    }

    private static CitationFacts CitationFacts(string citation, SourceSpan span, DiagnosticBag diagnostics)
    {
        var facts = CitationMiner.Mine(citation);
        if (facts.IsEmpty)
        {
            diagnostics.Warning(DiagnosticCodes.CitationNotUnderstood, span, "the citation names no author, publisher, number or URL the reader understands; kept as text only");
        }

        return facts;
    }

    /// <summary>
    /// The byline gives the authors; the citation's <c>SURNAME, Given</c> confirms it, or stands in when the
    /// export has no byline. Title and authors are kept as written (case included), with typographic punctuation.
    /// </summary>
    private static Metadata BuildMetadata(LegacyLayout layout, CitationFacts? facts, string language)
    {
        var authors = layout.Author is { } author
            ? [.. AuthorSeparator().Split(author.Text).Where(a => a.Length > 0).Select(a => SmartPunctuation.Apply(a, language))]
            : facts?.Author is { } cited ? ImmutableArray.Create(cited) : ImmutableArray<string>.Empty;
        return new Metadata
        {
            Title = SmartPunctuation.Apply(layout.Title.Text, language),
            Authors = authors,
            Language = language,
            Date = facts?.Date,
            Publisher = facts?.Publisher,
            Series = facts?.Series,
            Number = facts?.Number,
            Source = facts?.Source,
        };
    }

    /// <summary>Co-authors on one byline: <c>A &amp; B</c>, <c>A and B</c>, <c>A ve B</c>, <c>A; B</c>.</summary>
    [GeneratedRegex(@"\s+(?:&|and|ve)\s+|\s*;\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparator();
}
