using System.Collections.Frozen;

namespace Publish.Citations.Bibliography;

/// <summary>BibTeX and BibLaTeX entry types as CSL item types (the mapping Pandoc's citeproc uses, with "document" for misc).</summary>
internal static class BibTexTypes
{
    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["article"] = "article-journal", ["periodical"] = "periodical", ["suppperiodical"] = "article-journal",
        ["book"] = "book", ["mvbook"] = "book", ["collection"] = "book", ["mvcollection"] = "book", ["proceedings"] = "book",
        ["mvproceedings"] = "book", ["reference"] = "book", ["mvreference"] = "book", ["manual"] = "book", ["commentary"] = "book",
        ["booklet"] = "pamphlet", ["bookinbook"] = "chapter", ["inbook"] = "chapter", ["incollection"] = "chapter",
        ["suppbook"] = "chapter", ["suppcollection"] = "chapter", ["inreference"] = "entry-encyclopedia",
        ["inproceedings"] = "paper-conference", ["conference"] = "paper-conference",
        ["thesis"] = "thesis", ["phdthesis"] = "thesis", ["mastersthesis"] = "thesis",
        ["report"] = "report", ["techreport"] = "report",
        ["online"] = "webpage", ["electronic"] = "webpage", ["www"] = "webpage",
        ["misc"] = "document", ["unpublished"] = "manuscript", ["patent"] = "patent", ["dataset"] = "dataset",
        ["software"] = "software", ["artwork"] = "graphic", ["image"] = "graphic", ["audio"] = "song", ["music"] = "song",
        ["jurisdiction"] = "legal_case", ["legislation"] = "legislation", ["legal"] = "treaty", ["standard"] = "standard",
        ["letter"] = "personal_communication", ["movie"] = "motion_picture", ["video"] = "motion_picture",
        ["performance"] = "performance", ["review"] = "review", ["set"] = "document", ["xdata"] = "document",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The CSL type, or null when the entry type is not BibTeX's or BibLaTeX's.</summary>
    public static string? ToCsl(string entryType, string? entrySubtype, bool isEvent)
    {
        if (entryType is "article" or "periodical" or "suppperiodical")
        {
            var subtype = entrySubtype?.Trim().ToLowerInvariant();
            if (subtype is "magazine" or "newspaper")
            {
                return "article-" + subtype;
            }

            return entryType == "periodical" ? "periodical" : "article-journal";
        }

        if (entryType == "unpublished" && isEvent)
        {
            return "speech";
        }

        return Types.GetValueOrDefault(entryType);
    }

    /// <summary>
    /// BibLaTeX's localization keys in a thesis's or report's <c>type</c> field (and the thesis types' defaults), in
    /// English words: the style's locale has no term for them.
    /// </summary>
    public static string Genre(string key) => key.Trim().ToLowerInvariant() switch
    {
        "phdthesis" => "PhD thesis",
        "mathesis" or "mastersthesis" => "Master’s thesis",
        "candthesis" => "Candidate thesis",
        "techreport" => "Technical report",
        "resreport" => "Research report",
        "software" => "Computer software",
        "datacd" => "CD-ROM",
        "audiocd" => "Audio CD",
        _ => key,
    };
}
