using System.Text;

namespace Publish.Citations;

/// <summary>
/// Writes an <see cref="Output"/> tree as HTML (the markup of the CSL test suite, citeproc-js's "html" format) or
/// as plain text. Joins pieces the way citeproc-js does: doubled punctuation at a join merges (". " + "." → "."),
/// doubled spaces collapse, quotes alternate outer/inner (flip-flop), nested italics turn upright, and with the
/// locale's punctuation-in-quote a following comma or period moves inside the closing quote.
/// </summary>
internal sealed class OutputWriter
{
    private const string Punctuation = ".,;:!?";

    private readonly bool html;
    private readonly LocaleChain locale;
    private readonly List<Token> tokens = [];

    /// <summary>Display blocks go on lines of their own, as citeproc-js's HTML bibliography writes them.</summary>
    private readonly bool displayLines;

    public OutputWriter(LocaleChain locale, bool html, bool displayLines = false)
    {
        this.locale = locale;
        this.html = html;
        this.displayLines = displayLines;
    }

    private enum Kind
    {
        Text,
        Open,
        Close,
        CloseQuote,
    }

    public static string Write(Output output, LocaleChain locale, bool html, bool displayLines = false)
    {
        var writer = new OutputWriter(locale, html, displayLines);
        writer.Emit(output, 0, false);
        return writer.Finish();
    }

    private string Finish()
    {
        var builder = new StringBuilder();
        foreach (var token in tokens)
        {
            builder.Append(token.Kind is Kind.Open or Kind.Close || !html ? token.Value : Superscripts(Escape(token.Value)));
        }

        return builder.ToString();
    }

    private const string SuperscriptLetters = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻªº¹²³⁰⁴⁵⁶⁷⁸⁹";
    private const string SuperscriptPlain = "abcdefghijklmnoprstuvwxyzao1230456789";
    private static readonly System.Buffers.SearchValues<char> SuperscriptSearch = System.Buffers.SearchValues.Create(SuperscriptLetters);

    /// <summary>Unicode superscript letters (French "1ʳᵉ") are written as &lt;sup&gt; letters, as citeproc-js does.</summary>
    private static string Superscripts(string text)
    {
        if (text.AsSpan().IndexOfAny(SuperscriptSearch) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var index = SuperscriptLetters.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("<sup>").Append(SuperscriptPlain[index]).Append("</sup>");
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        return text.Replace("&", "&#38;", StringComparison.Ordinal).Replace("<", "&#60;", StringComparison.Ordinal).Replace(">", "&#62;", StringComparison.Ordinal);
    }

    /// <summary>Whether the text being written is bold, and small caps (for the flip-flop of nested formatting).</summary>
    private bool bold;

    private bool smallCaps;

    private void Emit(Output node, int quoteDepth, bool italic)
    {
        if (node.IsEmpty)
        {
            return;
        }

        // A display block holds the element's affixes too (citeproc-js: "<div class="csl-left-margin">[1]</div>").
        string? displayClose = null;
        if (html && node.Display is not null)
        {
            var (before, after) = !displayLines ? (string.Empty, string.Empty) : node.Display switch
            {
                "block" => ("\n\n    ", "\n"),
                "left-margin" => ("\n    ", string.Empty),
                _ => (string.Empty, "\n  "),
            };
            tokens.Add(new Token(Kind.Open, $"{before}<div class=\"csl-{node.Display}\">"));
            displayClose = "</div>" + after;
        }

        AddText(node.Prefix);
        var closes = new List<string>();
        if (html)
        {

            if (node.Link is not null)
            {
                Open($"<a href=\"{Escape(node.Link)}\">", "</a>", closes);
            }

            switch (node.VerticalAlign)
            {
                case "sup": Open("<sup>", "</sup>", closes); break;
                case "sub": Open("<sub>", "</sub>", closes); break;
                case "baseline": Open("<span style=\"baseline\">", "</span>", closes); break;
            }

            if (node.TextDecoration == "underline")
            {
                Open("<span style=\"text-decoration:underline;\">", "</span>", closes);
            }
            else if (node.TextDecoration == "none")
            {
                Open("<span style=\"text-decoration:none;\">", "</span>", closes);
            }

            // Bold inside bold and small caps inside small caps turn normal (citeproc-js's flip-flop, as italics).
            switch (node.FontWeight)
            {
                case "bold" when bold: Open("<span style=\"font-weight:normal;\">", "</span>", closes); break;
                case "bold": Open("<b>", "</b>", closes); break;
                case "normal": Open("<span style=\"font-weight:normal;\">", "</span>", closes); break;
                case "light": Open("<span style=\"font-weight:light;\">", "</span>", closes); break;
            }

            switch (node.FontVariant)
            {
                case "small-caps" when smallCaps: Open("<span style=\"font-variant:normal;\">", "</span>", closes); break;
                case "small-caps": Open("<span style=\"font-variant:small-caps;\">", "</span>", closes); break;
                case "normal": Open("<span style=\"font-variant:normal;\">", "</span>", closes); break;
            }
        }

        var innerItalic = italic;
        if (node.FontStyle is "italic" or "oblique")
        {
            // Italics inside italics turn upright (citeproc-js's flip-flop).
            if (html)
            {
                if (italic)
                {
                    Open("<span style=\"font-style:normal;\">", "</span>", closes);
                }
                else
                {
                    Open(node.FontStyle == "italic" ? "<i>" : "<span style=\"font-style:oblique;\">", node.FontStyle == "italic" ? "</i>" : "</span>", closes);
                }
            }

            innerItalic = !italic;
        }
        else if (node.FontStyle == "normal")
        {
            if (html && italic)
            {
                Open("<span style=\"font-style:normal;\">", "</span>", closes);
            }

            innerItalic = false;
        }

        var (outerBold, outerSmallCaps) = (bold, smallCaps);
        bold = node.FontWeight switch { "bold" => !bold, "normal" => false, _ => bold };
        smallCaps = node.FontVariant switch { "small-caps" => !smallCaps, "normal" => false, _ => smallCaps };
        var innerDepth = quoteDepth;
        if (node.Quotes)
        {
            var inner = quoteDepth % 2 == 1;
            AddText(locale.Term(inner ? "open-inner-quote" : "open-quote") ?? (inner ? "‘" : "“"));
            innerDepth++;
        }

        if (node.Text is not null)
        {
            AddText(node.Text);
        }
        else
        {
            var first = true;
            foreach (var child in node.Children!)
            {
                if (child.IsEmpty)
                {
                    continue;
                }

                if (!first)
                {
                    AddText(node.Delimiter);
                }

                first = false;
                Emit(child, innerDepth, innerItalic);
            }
        }

        if (node.Quotes)
        {
            var inner = quoteDepth % 2 == 1;
            tokens.Add(new Token(Kind.CloseQuote, locale.Term(inner ? "close-inner-quote" : "close-quote") ?? (inner ? "’" : "”")));
        }

        for (var i = closes.Count - 1; i >= 0; i--)
        {
            tokens.Add(new Token(Kind.Close, closes[i]));
        }

        (bold, smallCaps) = (outerBold, outerSmallCaps);
        AddText(node.Suffix);
        if (displayClose is not null)
        {
            tokens.Add(new Token(Kind.Close, displayClose));
        }
    }

    private void Open(string open, string close, List<string> closes)
    {
        tokens.Add(new Token(Kind.Open, open));
        closes.Add(close);
    }

    private void AddText(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var previous = LastText(out var sawQuote, out var quoteIndex);
        if (previous >= 0)
        {
            var before = tokens[previous].Value;
            if (text[0] == ' ' && (before.EndsWith(' ') || before.EndsWith('\u00a0')))
            {
                text = text.TrimStart(' ');
                if (text.Length == 0)
                {
                    return;
                }
            }

            var c = text[0];
            if (Punctuation.Contains(c, StringComparison.Ordinal))
            {
                if (sawQuote && locale.PunctuationInQuote && c is '.' or ',')
                {
                    // Punctuation moves inside the closing quote(s): put it before the first of them.
                    var inside = quoteIndex - 1;
                    while (inside >= 0 && tokens[inside].Kind != Kind.Text)
                    {
                        inside--;
                    }

                    if (inside >= 0)
                    {
                        var merged = Merge(tokens[inside].Value, c);
                        tokens[inside] = tokens[inside] with { Value = merged };
                        text = text[1..];
                    }
                }
                else if (!sawQuote && before.Length > 0 && Punctuation.Contains(before[^1], StringComparison.Ordinal))
                {
                    // When both marks stay ("et al." + ","), the new one stays where it was, outside any
                    // formatting that closed in between ("<i>et al.</i>,", as citeproc-js).
                    var merged = Merge(before, c);
                    if (merged != before + c)
                    {
                        tokens[previous] = tokens[previous] with { Value = merged };
                        text = text[1..];
                    }
                }
                else if (sawQuote && before.Length > 0 && Punctuation.Contains(before[^1], StringComparison.Ordinal) && c == '.')
                {
                    text = text[1..];
                }
            }

            if (text.Length == 0)
            {
                return;
            }
        }

        tokens.Add(new Token(Kind.Text, text));
    }

    /// <summary>
    /// citeproc-js's merge of punctuation meeting at a join: the same mark once; a period after another mark
    /// dropped; "!"/"?" win over ":" and ";"; otherwise both stay.
    /// </summary>
    private static string Merge(string before, char next)
    {
        if (before.Length == 0)
        {
            return next.ToString();
        }

        var last = before[^1];
        if (!Punctuation.Contains(last, StringComparison.Ordinal))
        {
            return before + next;
        }

        if (last == next)
        {
            return before;
        }

        return (last, next) switch
        {
            ('!', '.') or ('!', ':') => before,
            ('?', '.') or ('?', ':') => before,
            (':', '.') => before,
            (';', '.') or (';', ':') => before,
            (':', '!') or (':', '?') or (';', '!') or (';', '?') => before[..^1] + next,
            _ => before + next,
        };
    }

    /// <summary>The last text token before the end, seeing through tags; notes whether a closing quote intervened.</summary>
    private int LastText(out bool sawQuote, out int quoteIndex)
    {
        sawQuote = false;
        quoteIndex = -1;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            switch (tokens[i].Kind)
            {
                case Kind.Text:
                    return i;
                case Kind.CloseQuote:
                    sawQuote = true;
                    quoteIndex = i;
                    break;
            }
        }

        return -1;
    }

    private readonly record struct Token(Kind Kind, string Value);
}
