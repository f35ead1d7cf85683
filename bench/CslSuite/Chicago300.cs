using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Publish.Citations;

/// <summary>
/// The 300-note document of ../shared/csl/chicago-300 against citeproc-js's output: the differences and the
/// in-process time (processor time, after one warm-up run for the JIT) of the notes and the bibliography.
/// </summary>
internal static class Chicago300
{
    public static void Run(string dataFolder, string stylesFolder)
    {
        var locales = new LocaleStore(stylesFolder);
        var items = CslItem.ParseJson(File.ReadAllText(Path.Combine(dataFolder, "items.json")));
        var citationsJson = File.ReadAllText(Path.Combine(dataFolder, "cits.json"));
        foreach (var (style, expectedName) in new[] { ("chicago-notes-bibliography", "chicago-nb"), ("chicago-notes-bibliography-subsequent-ibid", "chicago-nb-subsequent-ibid") })
        {
            var cslStyle = CslStyle.Parse(File.ReadAllText(Path.Combine(stylesFolder, style + ".csl")));
            foreach (var language in new[] { "en-US", "tr-TR" })
            {
                _ = new CslProcessor(cslStyle, items, locales, language).ProcessCitations(CitationReader.Read(citationsJson), OutputFormat.Text);
                var times = new List<double>();
                IReadOnlyList<string> notes = [];
                IReadOnlyList<string> bibliography = [];
                for (var run = 0; run < 5; run++)
                {
                    var citations = CitationReader.Read(citationsJson);
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var processor = new CslProcessor(cslStyle, items, locales, language);
                    notes = processor.ProcessCitations(citations, OutputFormat.Text);
                    bibliography = processor.Bibliography(OutputFormat.Text);
                    times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                }

                using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataFolder, $"expected-citeprocjs-{expectedName}-{language}.json")));
                var expectedNotes = expected.RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
                var expectedBibliography = expected.RootElement.GetProperty("bib").EnumerateArray().Select(b => b.GetString()!.Trim()).ToList();
                var noteMatches = 0;
                for (var i = 0; i < Math.Min(notes.Count, expectedNotes.Count); i++)
                {
                    if (notes[i] == expectedNotes[i])
                    {
                        noteMatches++;
                    }
                    else
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  note {i + 1}\n    expected {expectedNotes[i]}\n    actual   {notes[i]}"));
                    }
                }

                var entryMatches = 0;
                for (var i = 0; i < Math.Min(bibliography.Count, expectedBibliography.Count); i++)
                {
                    if (bibliography[i] == expectedBibliography[i])
                    {
                        entryMatches++;
                    }
                    else
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  entry {i + 1}\n    expected {expectedBibliography[i]}\n    actual   {bibliography[i]}"));
                    }
                }

                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{style} {language}: notes {noteMatches}/{expectedNotes.Count}, bibliography {entryMatches}/{expectedBibliography.Count}; median {times[times.Count / 2]:0} ms (min {times[0]:0} ms) processor time"));
            }
        }
    }
}
