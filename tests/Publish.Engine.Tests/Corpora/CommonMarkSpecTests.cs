using System.Globalization;
using System.Text;

namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// Issue 17: the 655 examples of the CommonMark spec, each a manuscript, go through the real <c>publish build</c>
/// (reader and EPUB writer): none may be an internal error, and every word of each example's expected HTML text
/// (<see cref="WordTokens"/>) must be in its EPUB's text — except the examples listed, each with its reason, in
/// <c>commonmark-exceptions.txt</c>. A listed example that now keeps every word fails the test too, so the list
/// only ever shrinks to what is still true.
/// </summary>
public sealed class CommonMarkSpecTests : IClassFixture<CommonMarkBuild>
{
    private static readonly string ExceptionsPath = Path.Combine(Repo.Root, "tests", "Publish.Engine.Tests", "Corpora", "commonmark-exceptions.txt");

    private readonly CommonMarkBuild _build;

    public CommonMarkSpecTests(CommonMarkBuild build) => _build = build;

    [CorpusFact(CorpusFiles.CommonMarkSpec)]
    public void The_spec_has_655_examples_and_the_batch_build_has_no_internal_error()
    {
        var built = _build.Result;
        Assert.Equal(655, built.Examples.Count);
        Assert.NotEqual(3, built.Outcome.ExitCode);
        Assert.True(built.InternalErrors.Count == 0, "internal errors (PUB9001) in: " + string.Join(", ", built.InternalErrors) + "\n" + built.Outcome.StandardError);
    }

    [CorpusFact(CorpusFiles.CommonMarkSpec)]
    public void Every_word_of_each_example_is_kept_in_its_epub_except_the_listed_ones()
    {
        var built = _build.Result;
        var exceptions = Exceptions();
        var lost = new List<string>();
        var stale = new List<int>();
        var kept = 0;
        foreach (var example in built.Examples)
        {
            var name = CommonMarkBuild.Name(example);
            var missing = built.Editions.TryGetValue(name, out var epub)
                ? WordTokens.Missing(example.HtmlText, EpubText.Read(epub).All)
                : [("<no EPUB written>", 1)];
            var listed = exceptions.ContainsKey(example.Number);
            if (missing.Count == 0)
            {
                kept++;
                if (listed)
                {
                    stale.Add(example.Number);
                }
            }
            else if (!listed)
            {
                lost.Add($"{example.Number} (spec line {example.Line}, {example.Section}): missing {string.Join(", ", missing.Select(m => m.Missing == 1 ? m.Word : $"{m.Word} ×{m.Missing}"))}");
            }
        }

        var report = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{kept} of {built.Examples.Count} examples keep every word; {exceptions.Count} listed as exceptions.\n");
        if (lost.Count > 0)
        {
            report.Append("Examples that lose words and are not in commonmark-exceptions.txt (fix, or list with the reason):\n").AppendJoin('\n', lost).Append('\n');
        }

        if (stale.Count > 0)
        {
            report.Append("Listed examples that now keep every word (remove them from commonmark-exceptions.txt): ").AppendJoin(", ", stale).Append('\n');
        }

        Assert.True(lost.Count == 0 && stale.Count == 0, report.ToString());
    }

    [Fact]
    public void Each_exception_names_one_example_once_with_a_reason()
    {
        var lines = File.ReadAllLines(ExceptionsPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var numbers = new HashSet<int>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', 2);
            Assert.True(int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 655, line);
            Assert.True(numbers.Add(number), "listed twice: " + line);
            Assert.True(parts.Length == 2 && parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3, "no reason: " + line);
        }
    }

    private static Dictionary<int, string> Exceptions() =>
        File.ReadAllLines(ExceptionsPath)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .ToDictionary(p => int.Parse(p[0], CultureInfo.InvariantCulture), p => p[1]);
}
