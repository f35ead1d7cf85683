using System.Collections.Immutable;
using Publish.Manuscript.Input;
using Publish.Manuscript.Typography;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Manuscript.Legacy;

/// <summary>
/// Turns a paragraph's text into model inlines: smart punctuation on text runs (never on URLs), links through
/// <see cref="LinkPolicy"/>, note markers resolved through the note table. Inside a note (no table) a marker is
/// flattened to its text with warning PUB1104, so notes never nest or loop.
/// </summary>
internal sealed class LegacyInlineBuilder(ManuscriptText source, string language, DiagnosticBag diagnostics)
{
    public SourceSpan SpanAt(MappedText text, int index) => text.SpanAt(source, index);

    public ImmutableArray<Inline> Build(MappedText text, LegacyNoteTable? notes)
    {
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        var previous = ' ';
        foreach (var token in LegacyTokenizer.Tokenize(text.Text))
        {
            var span = text.SpanAt(source, token.Index);
            Inline? inline = token.Kind switch
            {
                LegacyTokenKind.Text => new TextInline(SmartPunctuation.Apply(token.Value, language, previous), span),
                LegacyTokenKind.Strong => new StrongInline([new TextInline(SmartPunctuation.Apply(token.Value, language, previous), span)], span),
                LegacyTokenKind.Link => Link(token, span),
                LegacyTokenKind.NoteMarker => Marker(token, span, notes),
                _ => throw new InvalidOperationException($"Unknown token kind {token.Kind}."),
            };
            if (inline is null)
            {
                continue;
            }

            Append(inlines, inline);
            var plain = PlainText.Of([inline]);
            previous = plain.Length > 0 ? plain[^1] : previous;
        }

        return inlines.ToImmutable();
    }

    /// <summary>Adjacent text runs are merged so the model holds no empty or split text.</summary>
    private static void Append(ImmutableArray<Inline>.Builder inlines, Inline inline)
    {
        if (inline is TextInline text && inlines.Count > 0 && inlines[^1] is TextInline before)
        {
            inlines[^1] = before with { Text = before.Text + text.Text };
            return;
        }

        if (inline is TextInline { Text.Length: 0 })
        {
            return;
        }

        inlines.Add(inline);
    }

    private Inline Link(LegacyToken token, SourceSpan span)
    {
        var target = token.Target ?? token.Value;
        if (LinkPolicy.IsAllowed(target))
        {
            return new LinkInline(target, [new TextInline(token.Value, span)], span);
        }

        diagnostics.Warning(DiagnosticCodes.UnsafeLinkTargetDropped, span, $"link target '{target}' is not a web or mail address; kept as text");
        return new TextInline(token.Value, span);
    }

    private Inline Marker(LegacyToken token, SourceSpan span, LegacyNoteTable? notes)
    {
        if (notes is null)
        {
            diagnostics.Warning(DiagnosticCodes.NoteInsideNoteFlattened, span, $"a note cannot refer to another note; marker [{token.Value}] kept as text");
            return new TextInline($"[{token.Value}]", span);
        }

        var note = notes.Resolve(token.Value, span);
        return note is null ? new TextInline($"[{token.Value}]", span) : new NoteReferenceInline(note, span);
    }
}
