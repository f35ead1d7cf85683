using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Publish.Model;
using Publish.Model.Inlines;

namespace Publish.Typesetting.Tests;

/// <summary>
/// The user's sample manuscript read as plain paragraphs (blank-line separated) until the legacy reader exists:
/// note references <c>[\[1\]](#)</c> and <c>^[5]</c> become note markers, <c>**x**</c> strong, <c>&lt;url&gt;</c> links.
/// Paragraphs after the "To cite this article" line are the institution footer.
/// </summary>
internal static partial class SampleManuscript
{
    public static IReadOnlyList<(ImmutableArray<Inline> Content, bool IsFooter, int Line)> Paragraphs { get; } = Read();

    private static List<(ImmutableArray<Inline>, bool, int)> Read()
    {
        var lines = File.ReadAllLines(RepositoryPaths.SampleManuscript);
        var result = new List<(ImmutableArray<Inline>, bool, int)>();
        bool footer = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            result.Add((Parse(text, i + 1), footer, i + 1));
            footer |= text.StartsWith("To cite this article", StringComparison.Ordinal);
        }

        return result;
    }

    private static ImmutableArray<Inline> Parse(string text, int line)
    {
        var span = new SourceSpan(RepositoryPaths.SampleManuscript, line, 1);
        return MarkupSplitter.Split(text, Markup(), span, match =>
        {
            if (match.Groups["note"].Success)
            {
                var number = int.Parse(match.Groups["note"].Value, System.Globalization.CultureInfo.InvariantCulture);
                return new NoteReferenceInline(new Note(number, match.Groups["note"].Value, [], span), span);
            }

            if (match.Groups["strong"].Success)
            {
                return new StrongInline([new TextInline(match.Groups["strong"].Value, span)], span);
            }

            var url = match.Groups["url"].Value;
            return new LinkInline(url, [new TextInline(url, span)], span);
        });
    }

    [GeneratedRegex(@"\[\\\[(?<note>\d+)\\\]\]\(#\)|\^\[(?<note>\d+)\]|\*\*(?<strong>.+?)\*\*|<(?<url>(https?://|mailto:)[^>\s]+)>")]
    private static partial Regex Markup();
}
