namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// Reads the examples out of the CommonMark spec (<c>spec.txt</c>): each sits between a line of 32 backticks plus
/// <c> example</c> and a line of 32 backticks, its Markdown and expected HTML separated by a line holding one <c>.</c>;
/// <c>→</c> stands for a tab (the spec's own convention, "Tabs"). Section titles come from the <c>#</c> headings.
/// </summary>
internal static class CommonMarkSpec
{
    private static readonly string Fence = new('`', 32);

    public static List<CommonMarkExample> Examples(string specPath)
    {
        var lines = File.ReadAllLines(specPath);
        var examples = new List<CommonMarkExample>();
        var section = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') && lines[i].TrimStart('#').StartsWith(' '))
            {
                section = lines[i].TrimStart('#').Trim();
                continue;
            }

            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var start = i;
            var markdown = new List<string>();
            for (i++; lines[i] != "."; i++)
            {
                markdown.Add(lines[i]);
            }

            var html = new List<string>();
            for (i++; lines[i] != Fence; i++)
            {
                html.Add(lines[i]);
            }

            examples.Add(new CommonMarkExample(examples.Count + 1, start + 1, section, Tabs(markdown), Tabs(html)));
        }

        return examples;
    }

    private static string Tabs(List<string> lines) => lines.Count == 0 ? string.Empty : string.Join('\n', lines).Replace('→', '\t') + "\n";
}
