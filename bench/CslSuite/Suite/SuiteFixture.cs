using System.Text.RegularExpressions;

namespace Publish.Citations.Suite;

/// <summary>
/// One fixture of the CSL processor test suite (citeproc-js's format): sections between
/// <c>&gt;&gt;===== NAME =====&gt;&gt;</c> and <c>&lt;&lt;===== NAME =====&lt;&lt;</c> lines — MODE, RESULT, CSL,
/// INPUT, and optionally CITATION-ITEMS, CITATIONS, BIBENTRIES, BIBSECTION.
/// </summary>
internal sealed partial class SuiteFixture
{
    private SuiteFixture(string name, Dictionary<string, string> sections)
    {
        Name = name;
        Sections = sections;
    }

    /// <summary>The fixture's file name without extension, e.g. "name_EtAlUseLast".</summary>
    public string Name { get; }

    /// <summary>The category: the part of the name before the first underscore.</summary>
    public string Category => Name.Split('_')[0];

    public Dictionary<string, string> Sections { get; }

    public string Mode => Sections.GetValueOrDefault("MODE", "citation").Trim();

    public string Expected => Sections.GetValueOrDefault("RESULT", string.Empty).Trim('\n', '\r');

    public static SuiteFixture Parse(string name, string text)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Section().Matches(text))
        {
            sections[match.Groups[1].Value] = match.Groups[2].Value;
        }

        return new SuiteFixture(name, sections);
    }

    [GeneratedRegex(@">>=+ *([A-Z-]+) *=+>>\r?\n(.*?)\r?\n?<<=+ *\1 *=+<<", RegexOptions.Singleline)]
    private static partial Regex Section();
}
