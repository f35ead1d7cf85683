using System.Collections.Immutable;
using System.Globalization;
using Publish.Manuscript.Input;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// Reads the YAML front matter: a <c>---</c> line at the very top, YAML, then a closing <c>---</c> (or <c>...</c>)
/// line. Diagnostics point at manuscript lines (YAML positions are offset by the front matter's first line).
/// Values are taken verbatim: no typographic refinement in metadata, so titles read back exactly as written.
/// </summary>
internal static class FrontMatterReader
{
    public static FrontMatter Read(ManuscriptText text, DiagnosticBag diagnostics)
    {
        var source = text.Text;
        var firstLineEnd = source.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd < 0 || !string.Equals(source[..firstLineEnd].TrimEnd(), "---", StringComparison.Ordinal))
        {
            return FrontMatter.Empty;
        }

        var yamlStart = firstLineEnd + 1;
        var lineStart = yamlStart;
        while (lineStart < source.Length)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            var end = lineEnd < 0 ? source.Length : lineEnd;
            var line = source[lineStart..end].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = source[yamlStart..lineStart];
                var bodyStart = lineEnd < 0 ? source.Length : lineEnd + 1;
                return Parse(text, yaml, yamlStart, diagnostics) with { BodyStart = bodyStart };
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, text.SpanAt(0), "the front matter opened on line 1 is never closed with a '---' line");
        return FrontMatter.Empty with { BodyStart = source.Length, Invalid = true };
    }

    private static FrontMatter Parse(ManuscriptText text, string yaml, int yamlStart, DiagnosticBag diagnostics)
    {
        var firstYamlLine = text.SpanAt(yamlStart).Line;
        SourceSpan At(Mark mark) => new(text.Path, firstYamlLine + (int)mark.Line - 1, (int)mark.Column);

        if (YamlNesting.FirstTooDeep(yaml) is { } deep)
        {
            diagnostics.Error(
                DiagnosticCodes.NestingTooDeep,
                new SourceSpan(text.Path, firstYamlLine + deep.Line - 1, deep.Column),
                string.Create(CultureInfo.InvariantCulture, $"the front matter nests lists or mappings deeper than {YamlNesting.MaxDepth} levels; it is refused (front matter needs two or three levels)"));
            return FrontMatter.Empty with { Invalid = true };
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, At(exception.Start), "the front matter is not valid YAML: " + exception.Message);
            return FrontMatter.Empty with { Invalid = true };
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18.1 throws these (without a position) on some malformed input: unclosed flow
            // collections, and an indented mapping with an empty key ("    : x", found by the fuzzer).
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, new SourceSpan(text.Path, firstYamlLine, 1), "the front matter is not valid YAML (an unclosed [ or { ?)");
            return FrontMatter.Empty with { Invalid = true };
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return FrontMatter.Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, At(stream.Documents[0].RootNode.Start), "the front matter must be a mapping of keys to values");
            return FrontMatter.Empty with { Invalid = true };
        }

        var result = FrontMatter.Empty;
        var authors = ImmutableArray.CreateBuilder<string>();
        var citationKeys = new System.Text.StringBuilder();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (CitationKeys.Contains(key))
            {
                // Kept as written (to the next key) for an export: the keys mean nothing to the model itself.
                var next = root.Children.Keys.Select(k => k.Start.Index).Where(index => index > keyNode.Start.Index).DefaultIfEmpty(yaml.Length).Min();
                citationKeys.Append(yaml.AsSpan((int)keyNode.Start.Index, (int)(next - keyNode.Start.Index)).TrimEnd()).Append('\n');
            }

            string? Scalar() => ScalarValue(value, key, At, diagnostics);
            FrontMatterText? Markdown() => Scalar() is { } s ? new FrontMatterText(s, At(value.Start)) : null;
            switch (key)
            {
                case FrontMatterKeys.Title: result = result with { Title = Scalar() }; break;
                case FrontMatterKeys.Subtitle: result = result with { Subtitle = Scalar() }; break;
                case FrontMatterKeys.ShortTitle: result = result with { ShortTitle = Scalar() }; break;
                case FrontMatterKeys.Author or FrontMatterKeys.Authors: authors.AddRange(StringList(value, key, At, diagnostics)); break;
                case FrontMatterKeys.Language: result = result with { Language = Language(Scalar(), At(value.Start), diagnostics) }; break;
                case FrontMatterKeys.Date: result = result with { Date = Date(Scalar(), At(value.Start), diagnostics) }; break;
                case FrontMatterKeys.Publisher: result = result with { Publisher = Scalar() }; break;
                case FrontMatterKeys.Series: result = result with { Series = Scalar() }; break;
                case FrontMatterKeys.Number: result = result with { Number = Scalar() }; break;
                case FrontMatterKeys.Identifier: result = result with { Identifier = Scalar() }; break;
                case FrontMatterKeys.Source: result = result with { Source = Scalar() }; break;
                case FrontMatterKeys.Citation: result = result with { Citation = Markdown() }; break;
                case FrontMatterKeys.AboutAuthor: result = result with { AboutAuthor = Markdown() }; break;
                case FrontMatterKeys.Abstract: result = result with { Abstract = Markdown() }; break;
                case FrontMatterKeys.Institution: result = result with { Institution = InstitutionLines(value, At, diagnostics) }; break;
                case FrontMatterKeys.Bibliography:
                    result = result with { Citations = result.Citations with { Bibliographies = [.. StringList(value, key, At, diagnostics).Select(path => (path, At(value.Start)))] } };
                    break;
                case FrontMatterKeys.References:
                    // The list's own YAML, on the manuscript's lines, for the CSL-YAML reader's positions. It ends where the
                    // next key starts (YamlDotNet's end marks of indentless sequences and flow collections fall short).
                    var padding = new string('\n', firstYamlLine - 1 + (int)keyNode.Start.Line - 1);
                    var end = (int)(root.Children.Keys.Select(k => k.Start.Index).Where(index => index > keyNode.Start.Index).DefaultIfEmpty(yaml.Length).Min());
                    result = result with { Citations = result.Citations with { References = padding + yaml[(int)keyNode.Start.Index..end] } };
                    break;
                case FrontMatterKeys.Csl: result = result with { Citations = result.Citations with { Csl = Scalar() is { } csl ? (csl, At(value.Start)) : null } }; break;
                case FrontMatterKeys.NoCite:
                    result = result with { Citations = result.Citations with { NoCite = [.. StringList(value, key, At, diagnostics).SelectMany(NoCiteKeys)] } };
                    break;
                case FrontMatterKeys.SuppressBibliography: result = result with { Citations = result.Citations with { SuppressBibliography = Flag(Scalar(), false) } }; break;
                case FrontMatterKeys.ReferenceSectionTitle: result = result with { Citations = result.Citations with { ReferenceSectionTitle = Scalar() } }; break;
                case FrontMatterKeys.LinkCitations: result = result with { Citations = result.Citations with { LinkCitations = Flag(Scalar(), false) } }; break;
                case FrontMatterKeys.NotesAfterPunctuation: result = result with { Citations = result.Citations with { NotesAfterPunctuation = Flag(Scalar(), true) } }; break;
                default:
                    diagnostics.Warning(DiagnosticCodes.FrontMatterUnknownKey, At(keyNode.Start), $"unknown front matter key '{key}' is ignored; known keys: {string.Join(", ", FrontMatterKeys.All.Order(StringComparer.Ordinal))}");
                    break;
            }
        }

        return result with
        {
            Authors = authors.ToImmutable(),
            Citations = citationKeys.Length == 0 ? result.Citations : result.Citations with { Written = citationKeys.ToString() },
        };
    }

    private static readonly HashSet<string> CitationKeys = new(StringComparer.Ordinal)
    {
        FrontMatterKeys.Bibliography, FrontMatterKeys.References, FrontMatterKeys.Csl, FrontMatterKeys.NoCite, FrontMatterKeys.SuppressBibliography,
        FrontMatterKeys.ReferenceSectionTitle, FrontMatterKeys.LinkCitations, FrontMatterKeys.NotesAfterPunctuation,
    };

    /// <summary>A YAML boolean (true/false, yes/no, on/off); anything else keeps the default.</summary>
    private static bool Flag(string? value, bool fallback) => value?.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => fallback,
    };

    /// <summary>The keys of a <c>nocite</c> value (<c>@a, @b</c>, <c>[@a; @b]</c>, <c>@*</c>), without their <c>@</c>.</summary>
    private static IEnumerable<string> NoCiteKeys(string value) =>
        value.Split((char[])[',', ';', ' ', '[', ']', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word.StartsWith('@') && word.Length > 1)
            .Select(word => word[1..]);

    /// <summary>A BCP 47 tag in its usual case; a repairable one (<c>en_GB</c>) repaired, anything else dropped (the reader's default, en) with a warning.</summary>
    private static string? Language(string? value, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (value is null)
        {
            return null;
        }

        var (tag, warning) = MetadataChecks.Language(value, "the book is set as 'en', the default");
        if (warning is not null)
        {
            diagnostics.Warning(DiagnosticCodes.InvalidLanguageTag, at, warning);
        }

        return tag;
    }

    /// <summary>A date in one of the forms the editions take; anything else dropped with a warning (the edition date then comes from the file's time or SOURCE_DATE_EPOCH).</summary>
    private static string? Date(string? value, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (value is null)
        {
            return null;
        }

        var (date, warning) = MetadataChecks.Date(value, "the edition date comes from SOURCE_DATE_EPOCH or the file's modification time");
        if (warning is not null)
        {
            diagnostics.Warning(DiagnosticCodes.InvalidDate, at, warning);
        }

        return date;
    }

    private static string? ScalarValue(YamlNode node, string key, Func<Mark, SourceSpan> at, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : WithoutControlCharacters(scalar.Value, at(scalar.Start), diagnostics).Trim();
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, at(node.Start), $"front matter key '{key}' must be a single text value");
        return null;
    }

    /// <summary>
    /// YAML escapes (<c>"\e"</c>, <c>"\x01"</c>, <c>"\uD800"</c>) make characters the loader's clean-up never saw:
    /// they are replaced here as there, with the same warning, so no edition carries a character XML or PDF text cannot.
    /// </summary>
    private static string WithoutControlCharacters(string value, SourceSpan at, DiagnosticBag diagnostics)
    {
        System.Text.StringBuilder? clean = null;
        for (var i = 0; i < value.Length; i++)
        {
            // Line breaks of block scalars (a multi-paragraph abstract) are text; the loader keeps them too.
            if (value[i] != '\n' && Input.ManuscriptLoader.IsForbidden(value, i))
            {
                clean ??= new System.Text.StringBuilder(value, 0, i, value.Length);
                diagnostics.Warning(DiagnosticCodes.ControlCharacterReplaced, at,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"character U+{(int)value[i]:X4} (from an escape in the front matter) is not text and was replaced by a space"));
                clean.Append(' ');
            }
            else
            {
                clean?.Append(value[i]);
            }
        }

        return clean?.ToString() ?? value;
    }

    private static List<string> StringList(YamlNode node, string key, Func<Mark, SourceSpan> at, DiagnosticBag diagnostics)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.Select(child => ScalarValue(child, key, at, diagnostics)).OfType<string>().ToList();
        }

        return ScalarValue(node, key, at, diagnostics) is { } single ? [single] : [];
    }

    private static ImmutableArray<InstitutionLine> InstitutionLines(YamlNode node, Func<Mark, SourceSpan> at, DiagnosticBag diagnostics)
    {
        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, at(node.Start), "front matter key 'institution' must be a list of {kind, text, url}");
            return [];
        }

        var lines = ImmutableArray.CreateBuilder<InstitutionLine>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, at(item.Start), "each institution line must be a mapping with 'kind', 'text' and optionally 'url'");
                continue;
            }

            string? kindText = null, lineText = null, url = null;
            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                switch (key)
                {
                    case "kind": kindText = ScalarValue(value, key, at, diagnostics); break;
                    case "text": lineText = ScalarValue(value, key, at, diagnostics); break;
                    case "url": url = ScalarValue(value, key, at, diagnostics); break;
                    default:
                        diagnostics.Warning(DiagnosticCodes.FrontMatterUnknownKey, at(keyNode.Start), $"unknown institution line key '{key}' is ignored; known keys: kind, text, url");
                        break;
                }
            }

            if (lineText is null)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterInvalid, at(item.Start), "an institution line has no 'text'");
                continue;
            }

            var kind = InstitutionLineKind.Other;
            if (kindText is not null && !Enum.TryParse(kindText, ignoreCase: true, out kind))
            {
                diagnostics.Warning(DiagnosticCodes.FrontMatterUnknownKey, at(item.Start), $"unknown institution line kind '{kindText}'; read as 'other'");
                kind = InstitutionLineKind.Other;
            }

            if (url is not null && !LinkPolicy.IsAllowed(url))
            {
                diagnostics.Warning(DiagnosticCodes.UnsafeLinkTargetDropped, at(item.Start), $"institution link target '{url}' is not an http, https or mailto URL and was dropped");
                url = null;
            }

            lines.Add(new InstitutionLine(kind, lineText, url, at(item.Start)));
        }

        return lines.ToImmutable();
    }
}
