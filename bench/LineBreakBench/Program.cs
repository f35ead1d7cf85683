using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Hyphenation;
using Publish.Typesetting.Inline;
using Publish.Typesetting.Shaping;

// Breaks 150,000 words of generated English-like text into justified lines at the house measure (453.5 pt,
// Noto Serif 11 pt, US English hyphenation) with the real HarfBuzz shaper, and reports words per second
// (shaping + hyphenation + total-fit breaking + line assembly) cold and after warm-up, and peak memory.
const int TotalWords = 150_000;
const int MeasuredRounds = 5;

var root = FindRoot();
string Font(string name) => Path.Combine(root, "styles", "fonts", name);
using var fonts = FontSet.Load(
    new TypefaceFiles(Font("NotoSerif-Regular.ttf"), Font("NotoSerif-Italic.ttf"), Font("NotoSerif-Bold.ttf"), Font("NotoSerif-BoldItalic.ttf")),
    Font("DejaVuSansMono.ttf"),
    [Font("NotoSans-Regular.ttf")]);
using var shaper = new HarfBuzzShaper(fonts);
var catalog = new HyphenationCatalog(new Publish.Styles.HyphenationSettings(
    true, ImmutableDictionary<string, string>.Empty.Add("en", Path.Combine(root, "styles", "hyphenation", "hyph_en_US.dic")), MinLeft: 2, MinRight: 3));
var typesetter = new ParagraphTypesetter(shaper, catalog);
var style = new ParagraphStyle(11, 14.5, 595.276 - (2 * 25 * 72 / 25.4), Hyphenate: !args.Contains("--no-hyphenation"));
var paragraphs = GenerateParagraphs(TotalWords, new Random(20260226));

var (coldSeconds, lines, loose, overfull) = Run();
var warm = new List<double>();
for (int round = 0; round < MeasuredRounds; round++)
{
    warm.Add(Run().Seconds);
}

warm.Sort();
var median = warm[warm.Count / 2];
var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words: {TotalWords:N0} in {paragraphs.Count:N0} paragraphs -> {lines:N0} lines"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold (shaping cache empty): {coldSeconds * 1000:0} ms cpu = {TotalWords / coldSeconds:N0} words/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm, median of {MeasuredRounds}: {median * 1000:0} ms cpu = {TotalWords / median:N0} words/s (best {TotalWords / warm[0]:N0})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lines with ratio > 1: {loose} ({100.0 * loose / lines:0.00} %), overfull: {overfull}; cached shaped texts: {shaper.CachedTexts:N0}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024):0.0} MiB; managed heap now: {GC.GetTotalMemory(false) / (1024.0 * 1024):0.0} MiB; allocated per round: {GC.GetTotalAllocatedBytes() / (1.0 + MeasuredRounds) / (1024 * 1024):0} MiB"));

(double Seconds, int Lines, int Loose, int Overfull) Run()
{
    var diagnostics = new DiagnosticBag();
    int lineCount = 0, looseCount = 0, overfullCount = 0;
    // The machine is shared: CPU time of this process is the fair figure, wall time is reported beside it.
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    foreach (var paragraph in paragraphs)
    {
        var layout = typesetter.Typeset(paragraph, style, diagnostics);
        lineCount += layout.Lines.Length;
        foreach (var line in layout.Lines)
        {
            looseCount += line.AdjustmentRatio > 1 ? 1 : 0;
            overfullCount += line.Overfull ? 1 : 0;
        }
    }

    var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  round: wall {clock.Elapsed.TotalMilliseconds:0} ms, cpu {cpu * 1000:0} ms"));
    return (cpu, lineCount, looseCount, overfullCount);
}

static List<ImmutableArray<Publish.Model.Inlines.Inline>> GenerateParagraphs(int words, Random random)
{
    // A Zipf-like vocabulary of 30,000 pseudo-words built from English syllables, with punctuation and some
    // capitalised and numeric tokens, so the shaping cache sees a realistic mix of hits and misses.
    string[] syllables = ["the", "an", "con", "ter", "ing", "tion", "al", "re", "pro", "ment", "er", "in", "de", "ous", "ly", "sta", "per", "ble", "com", "ver", "for", "ex", "ist", "ac", "cord", "na", "ri", "ty", "or", "es", "bly", "mas", "sa", "cre", "kha", "rab", "akh"];
    var vocabulary = new string[30_000];
    var builder = new StringBuilder();
    for (int i = 0; i < vocabulary.Length; i++)
    {
        builder.Clear();
        var count = i < 200 ? 1 : 1 + random.Next(4);
        for (int s = 0; s < count; s++)
        {
            builder.Append(syllables[random.Next(syllables.Length)]);
        }

        vocabulary[i] = builder.ToString();
    }

    var span = new SourceSpan("bench.md", 1, 1);
    var paragraphs = new List<ImmutableArray<Publish.Model.Inlines.Inline>>();
    int written = 0;
    while (written < words)
    {
        var length = Math.Min(words - written, 60 + random.Next(180));
        builder.Clear();
        for (int w = 0; w < length; w++)
        {
            var rank = (int)Math.Min(vocabulary.Length - 1, Math.Floor(Math.Pow(vocabulary.Length, random.NextDouble())) - 1);
            var word = random.Next(40) == 0 ? random.Next(2000).ToString(CultureInfo.InvariantCulture) : vocabulary[rank];
            if (w == 0 || builder[^2] == '.')
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            builder.Append(word);
            builder.Append(random.Next(12) switch { 0 => ", ", 1 => ". ", _ => " " });
        }

        builder.Length -= 1;
        builder.Append('.');
        paragraphs.Add([new TextInline(builder.ToString(), span)]);
        written += length;
    }

    return paragraphs;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Publish.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Publish.sln not found.");
}
