using System.Collections.Frozen;
using System.Text;
using System.Text.Json.Nodes;
using Publish.Model.Diagnostics;

namespace Publish.Citations.Bibliography;

/// <summary>
/// One .bib entry (its fields already inherited) as a CSL-JSON item object, field by field as Pandoc's citeproc maps
/// BibLaTeX to CSL: titles with subtitle and titleaddon, booktitle/maintitle/journaltitle to container-title, series
/// to collection-title, number to issue, collection-number or number by the type, school/institution/organization/
/// publisher to publisher, location/address to publisher-place, dates, names, identifiers, language (langid).
/// Titles are not sentence-cased: a style's text-case applies to them as typed, braces protecting.
/// </summary>
internal sealed class BibTexConverter
{
    private static readonly FrozenSet<string> ChapterLike = new[]
    {
        "inbook", "bookinbook", "suppbook", "incollection", "inreference", "suppcollection", "inproceedings", "conference",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BookLike = new[]
    {
        "book", "mvbook", "collection", "mvcollection", "proceedings", "mvproceedings", "reference", "mvreference",
        "bookinbook", "inbook", "incollection", "inproceedings", "inreference", "suppbook", "suppcollection", "conference",
    }.ToFrozenSet(StringComparer.Ordinal);

    // babel/polyglossia language names (langid, hyphenation, language) as BCP 47 tags: no region unless the name says one.
    private static readonly FrozenDictionary<string, string> Languages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["american"] = "en-US", ["usenglish"] = "en-US", ["british"] = "en-GB", ["ukenglish"] = "en-GB",
        ["australian"] = "en-AU", ["newzealand"] = "en-NZ", ["canadian"] = "en-CA", ["turkish"] = "tr", ["german"] = "de",
        ["ngerman"] = "de", ["austrian"] = "de-AT", ["naustrian"] = "de-AT", ["swissgerman"] = "de-CH", ["nswissgerman"] = "de-CH",
        ["french"] = "fr", ["francais"] = "fr", ["acadian"] = "fr-CA", ["canadien"] = "fr-CA", ["italian"] = "it",
        ["spanish"] = "es", ["catalan"] = "ca", ["portuguese"] = "pt", ["portuges"] = "pt", ["brazil"] = "pt-BR",
        ["brazilian"] = "pt-BR", ["dutch"] = "nl", ["danish"] = "da", ["swedish"] = "sv", ["norsk"] = "nb", ["nynorsk"] = "nn",
        ["norwegian"] = "nb", ["finnish"] = "fi", ["icelandic"] = "is", ["polish"] = "pl", ["czech"] = "cs", ["slovak"] = "sk",
        ["slovene"] = "sl", ["slovenian"] = "sl", ["croatian"] = "hr", ["serbian"] = "sr", ["bosnian"] = "bs",
        ["bulgarian"] = "bg", ["russian"] = "ru", ["ukrainian"] = "uk", ["hungarian"] = "hu", ["magyar"] = "hu",
        ["romanian"] = "ro", ["greek"] = "el", ["latin"] = "la", ["arabic"] = "ar", ["persian"] = "fa", ["farsi"] = "fa",
        ["hebrew"] = "he", ["kurdish"] = "ku", ["armenian"] = "hy", ["georgian"] = "ka", ["azerbaijani"] = "az",
        ["japanese"] = "ja", ["chinese"] = "zh", ["korean"] = "ko", ["estonian"] = "et", ["latvian"] = "lv",
        ["lithuanian"] = "lt", ["albanian"] = "sq", ["welsh"] = "cy", ["irish"] = "ga", ["basque"] = "eu", ["galician"] = "gl",
        ["afrikaans"] = "af", ["hindi"] = "hi", ["urdu"] = "ur", ["indonesian"] = "id", ["malay"] = "ms", ["thai"] = "th",
        ["vietnamese"] = "vi",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Who published, in BibLaTeX's order: a thesis's school, a report's institution, then the publisher.
    private static readonly string[] PublisherFields = ["school", "institution", "organization", "howpublished", "publisher"];

    private readonly BibTexEntry _entry;
    private readonly Dictionary<string, BibTexField> _fields;
    private readonly List<Diagnostic> _diagnostics;
    private readonly JsonObject _item = [];

    public BibTexConverter(BibTexEntry entry, Dictionary<string, BibTexField> fields, List<Diagnostic> diagnostics)
    {
        _entry = entry;
        _fields = fields;
        _diagnostics = diagnostics;
    }

    public JsonObject ToJson()
    {
        var type = _entry.Type;
        _item["id"] = _entry.Key;
        var isEvent = Has("eventdate") || Has("eventtitle") || Has("venue");
        var cslType = BibTexTypes.ToCsl(type, Raw("entrysubtype"), isEvent);
        if (cslType is null)
        {
            _diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.UnknownEntryType, _entry.Span, $"@{type} is not a BibTeX or BibLaTeX entry type; {_entry.Key} becomes a CSL \"document\""));
            cslType = "document";
        }

        _item["type"] = cslType;
        AddNames();
        AddDates();
        AddTitles(type);
        AddNumbers(type);
        AddPublication();
        AddIdentifiers();
        AddNotes(type);
        return _item;
    }

    private bool Has(string field) => _fields.ContainsKey(field);

    private string? Raw(string field) => _fields.TryGetValue(field, out var value) ? value.Value : null;

    private string? Rich(string field) => Raw(field) is { } value ? Empty(LatexText.ToRichText(value)) : null;

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    private void Set(string variable, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _item[variable] = value;
        }
    }

    private void AddNames()
    {
        var options = Raw("options") ?? string.Empty;
        var usePrefix = options.Split(',').Select(o => o.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()).Any(o => o is "useprefix" or "useprefix=true");
        void Names(string field, string variable)
        {
            if (Raw(field) is { } value && !_item.ContainsKey(variable))
            {
                var names = BibTexNames.Parse(value, usePrefix);
                if (names.Count > 0)
                {
                    _item[variable] = names;
                }
            }
        }

        Names("author", "author");
        Names(Raw("editortype")?.Trim().ToLowerInvariant() == "director" ? "editor" : "director", "director");
        if (Raw("editortype")?.Trim().ToLowerInvariant() != "director")
        {
            Names("editor", "editor");
        }

        Names("translator", "translator");
        Names("bookauthor", "container-author");
    }

    private void AddDates()
    {
        AddDate("issued", "date", string.Empty);
        AddDate("original-date", "origdate", "orig");
        AddDate("event-date", "eventdate", "event");
        AddDate("accessed", "urldate", "url");
    }

    private void AddDate(string variable, string dateField, string oldPrefix)
    {
        if (_fields.TryGetValue(dateField, out var field))
        {
            var text = LatexText.ToPlainText(field.Value.Replace("~", "\\textasciitilde{}", StringComparison.Ordinal));
            var date = BibTexDates.FromEdtf(text);
            if (date is null)
            {
                _diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.DateNotUnderstood, field.Span, $"{dateField} \"{text}\" of {_entry.Key} is not an EDTF date (2001, 2001-05-17, 2001/2003); it is printed as written"));
                date = new JsonObject { ["literal"] = text };
            }

            _item[variable] = date;
            return;
        }

        if (_fields.TryGetValue(oldPrefix + "year", out var year))
        {
            var yearText = LatexText.ToPlainText(year.Value).Replace('–', '-');
            var endYear = Raw(oldPrefix + "endyear");
            var date = BibTexDates.FromYearMonthDay(endYear is null ? yearText : yearText + "/" + LatexText.ToPlainText(endYear), Raw(oldPrefix + "month"), Raw(oldPrefix + "day"));
            if (date is null && Raw(oldPrefix + "month") is { } month && BibTexDates.ParseMonth(LatexText.ToPlainText(month)) == 0)
            {
                _diagnostics.Add(Diagnostic.Warning(BibliographyDiagnosticCodes.DateNotUnderstood, _fields[oldPrefix + "month"].Span, $"{oldPrefix}month \"{month}\" of {_entry.Key} is not a month; the year is printed alone"));
                date = BibTexDates.FromYearMonthDay(yearText, null, null);
            }

            // "forthcoming", "n.d.", "c. 1650": a year that is not a number is printed as written, as in BibTeX.
            _item[variable] = date ?? new JsonObject { ["literal"] = yearText };
        }
    }

    private void AddTitles(string type)
    {
        var chapterLike = ChapterLike.Contains(type);
        var hasMainTitle = Has("maintitle");
        if (type == "periodical")
        {
            Set("container-title", Join(Rich("title"), Rich("subtitle"), Rich("titleaddon")));
            Set("title", Join(Rich("issuetitle"), Rich("issuesubtitle"), null));
        }
        else if (hasMainTitle && !chapterLike)
        {
            // One volume of a multi-volume work: the work's title is the title, the volume's the volume-title.
            Set("title", Join(Rich("maintitle"), Rich("mainsubtitle"), Rich("maintitleaddon")));
            Set("volume-title", Join(Rich("title"), Rich("subtitle"), Rich("titleaddon")));
        }
        else
        {
            Set("title", Join(Rich("title"), Rich("subtitle"), Rich("titleaddon")));
        }

        if (chapterLike)
        {
            if (hasMainTitle)
            {
                Set("container-title", Join(Rich("maintitle"), Rich("mainsubtitle"), Rich("maintitleaddon")));
                Set("volume-title", Join(Rich("booktitle"), Rich("booksubtitle"), Rich("booktitleaddon")));
            }
            else
            {
                Set("container-title", Join(Rich("booktitle"), Rich("booksubtitle"), Rich("booktitleaddon")));
            }
        }

        if (!_item.ContainsKey("container-title"))
        {
            Set("container-title", Join(Rich("journaltitle") ?? Rich("journal"), Rich("journalsubtitle"), null));
        }

        Set("title-short", Rich("shorttitle"));
        Set("container-title-short", Rich("shortjournal"));
        Set("collection-title", Rich("series"));
        Set("event-title", Rich("eventtitle"));
        Set("original-title", Rich("origtitle"));
    }

    /// <summary>Title, subtitle and addon as BibLaTeX prints them: "Title: Subtitle. Addon" (no colon after a title's own ? or !).</summary>
    private static string? Join(string? title, string? subtitle, string? addon)
    {
        if (title is null)
        {
            return null;
        }

        var joined = new StringBuilder(title);
        void Append(string? part, char separator)
        {
            if (part is null)
            {
                return;
            }

            var last = LastCharacter(joined.ToString());
            joined.Append(last is '?' or '!' or '.' or ':' ? " " : separator + " ").Append(part);
        }

        Append(subtitle, ':');
        Append(addon, '.');
        return joined.ToString();
    }

    /// <summary>The last character of rich text that is not markup ("Why?&lt;/i&gt;" ends with '?').</summary>
    private static char LastCharacter(string rich)
    {
        var text = rich.TrimEnd();
        while (text.EndsWith('>') && text.LastIndexOf("</", StringComparison.Ordinal) is >= 0 and var tag)
        {
            text = text[..tag].TrimEnd();
        }

        return text.Length > 0 ? text[^1] : '\0';
    }

    private void AddNumbers(string type)
    {
        Set("page", Rich("pages"));
        Set("volume", Has("part") ? Join2(Rich("volume"), Rich("part"), ".") : Rich("volume"));
        Set("number-of-volumes", Rich("volumes"));
        Set("number-of-pages", Rich("pagetotal"));
        Set("chapter-number", Rich("chapter"));
        Set("edition", Rich("edition"));
        Set("version", Rich("version"));
        if (Rich("number") is { } number)
        {
            if (BookLike.Contains(type))
            {
                Set("collection-number", number);
            }
            else if (type is "article" or "periodical" or "suppperiodical")
            {
                Set("issue", Join2(number, Rich("issue"), ", "));
            }
            else
            {
                Set("number", number);
            }
        }
        else if (type is "article" or "periodical" or "suppperiodical")
        {
            Set("issue", Rich("issue"));
        }
    }

    private static string? Join2(string? first, string? second, string separator) =>
        first is null ? second : second is null ? first : first + separator + second;

    private void AddPublication()
    {
        var publishers = PublisherFields.Select(Rich).Where(p => p is not null).ToList();
        Set("publisher", publishers.Count == 0 ? null : string.Join("; ", publishers));
        Set("publisher-place", Rich("address") ?? (Raw("location") is { } location && _entry.Type != "patent" ? ListOf(location) : null));
        Set("original-publisher", Rich("origpublisher"));
        Set("original-publisher-place", Raw("origlocation") is { } origin ? ListOf(origin) : null);
        Set("event-place", Rich("venue"));
        Set("language", Language());
    }

    /// <summary>A BibLaTeX literal list ("London and New York") as CSL writes several places: "London; New York".</summary>
    private static string? ListOf(string latex) =>
        Empty(string.Join("; ", SplitAtAnd(latex).Select(LatexText.ToRichText).Where(p => p.Length > 0)));

    private static List<string> SplitAtAnd(string latex)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < latex.Length; i++)
        {
            depth += latex[i] == '{' ? 1 : latex[i] == '}' ? -1 : 0;
            if (depth == 0 && i > 0 && char.IsWhiteSpace(latex[i - 1]) && string.Compare(latex, i, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0
                && i + 3 < latex.Length && char.IsWhiteSpace(latex[i + 3]))
            {
                parts.Add(latex[start..i]);
                start = i + 3;
            }
        }

        parts.Add(latex[start..]);
        return parts;
    }

    private string? Language()
    {
        var variant = Raw("langidopts")?.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var name = (Raw("langid") ?? Raw("hyphenation") ?? Raw("language"))?.Trim();
        if (name is null)
        {
            return null;
        }

        name = LatexText.ToPlainText(name);
        if (name.Equals("english", StringComparison.OrdinalIgnoreCase) && variant is not null)
        {
            return variant switch
            {
                "variant=british" or "variant=uk" => "en-GB",
                "variant=american" or "variant=us" or "variant=usmax" => "en-US",
                "variant=australian" => "en-AU",
                "variant=newzealand" => "en-NZ",
                _ => "en",
            };
        }

        if (Languages.TryGetValue(name, out var tag))
        {
            return tag;
        }

        // Already a BCP 47 tag ("tr", "en-GB"): kept; anything else ("Turkish and English") is not a language id.
        return System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant) ? name : null;
    }

    private void AddIdentifiers()
    {
        Set("DOI", Identifier("doi"));
        Set("ISBN", Identifier("isbn"));
        Set("ISSN", Identifier("issn"));
        Set("PMID", Identifier("pmid"));
        Set("PMCID", Identifier("pmcid"));
        Set("call-number", Identifier("library"));
        var url = Identifier("url");
        if (url is null && Identifier("eprint") is { } eprint)
        {
            var prefix = (Raw("eprinttype") ?? Raw("archiveprefix"))?.Trim().ToLowerInvariant() switch
            {
                "arxiv" => "https://arxiv.org/abs/",
                "jstor" => "https://www.jstor.org/stable/",
                "pubmed" => "https://www.ncbi.nlm.nih.gov/pubmed/",
                "googlebooks" => "https://books.google.com?id=",
                "hdl" => "https://hdl.handle.net/",
                _ => null,
            };
            url = prefix is null ? null : prefix + eprint;
        }

        Set("URL", url);
    }

    /// <summary>A URL, DOI or number as typed: no LaTeX but escapes (\_, \%, \&amp;, \#) and braces undone, and \url{} unwrapped.</summary>
    private string? Identifier(string field)
    {
        if (Raw(field) is not { } value)
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith("\\url{", StringComparison.Ordinal) && text.EndsWith('}'))
        {
            text = text[5..^1];
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '_' or '%' or '&' or '#' or '$' or '~' or '{' or '}')
            {
                plain.Append(text[++i]);
            }
            else if (text[i] is not ('{' or '}'))
            {
                plain.Append(text[i]);
            }
        }

        return Empty(plain.ToString().Trim());
    }

    private void AddNotes(string type)
    {
        var note = type == "periodical" ? null : Rich("note");
        var addendum = Rich("addendum");
        Set("note", note is null ? addendum : addendum is null ? note : note + ". " + addendum);
        Set("annote", Rich("annotation") ?? Rich("annote"));
        Set("abstract", Rich("abstract"));
        Set("keyword", Rich("keywords"));
        Set("status", Rich("pubstate"));
        var genre = Raw("type") is { } typeField ? BibTexTypes.Genre(LatexText.ToRichText(typeField))
            : type is "phdthesis" or "mastersthesis" ? BibTexTypes.Genre(type) : null;
        Set("genre", genre);
    }
}
