using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// A book shaped like bench/gen/gen.py's (a heading and four paragraphs per section, two notes each, a photo every
/// fifth section, a bibliography), written by the test so the suite needs neither Python nor the image tool.
/// </summary>
internal static class GeneratedBenchBook
{
    private static readonly string[] Words =
    [
        "harbour", "treaty", "archive", "İstanbul", "railway", "council", "Şanlıurfa", "province", "record", "survey", "market", "the",
        "of", "and", "in", "with", "between", "Çanakkale", "witness", "report", "well-known", "caravan", "Gündoğdu", "ferry",
    ];

    public static string Write(string folder, int sections)
    {
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        var random = new Random(20261206);
        string Sentence() => string.Join(' ', Enumerable.Range(0, random.Next(8, 18)).Select(_ => Words[random.Next(Words.Length)])) is var s
            ? char.ToUpperInvariant(s[0]) + s[1..] + "."
            : string.Empty;
        string Sentences(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Sentence()));

        var book = new StringBuilder("---\ntitle: \"A Generated Bench Book\"\nauthor: \"Test Author\"\nlang: en\ndate: 2024-01-02\npublisher: \"Example Press\"\n---\n\n");
        var notes = new StringBuilder();
        var note = 0;
        for (var s = 1; s <= sections; s++)
        {
            book.Append(CultureInfo.InvariantCulture, $"# Section {s}\n\n");
            for (var p = 0; p < 4; p++)
            {
                book.Append(Sentences(random.Next(3, 6)));
                if (p is 1 or 2)
                {
                    note++;
                    book.Append(CultureInfo.InvariantCulture, $"[^n{note}]");
                    notes.Append(CultureInfo.InvariantCulture, $"[^n{note}]: {Sentences(note % 3 == 0 ? 3 : 1)}\n\n");
                }

                book.Append("\n\n");
            }

            if (s % 5 == 0)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"images/photo{s / 5:D3}.jpg");
                File.WriteAllBytes(Path.Combine(folder, name), Photo(s));
                book.Append(CultureInfo.InvariantCulture, $"![The harbour seen from section {s}]({name})\n\n");
            }
        }

        book.Append("# Bibliography\n\n");
        for (var b = 0; b < Math.Max(5, sections / 2); b++)
        {
            book.Append(CultureInfo.InvariantCulture, $"Author {b:D3}. *{Sentence()}* Example Press, {1950 + (b % 70)}.\n\n");
        }

        var path = Path.Combine(folder, "book.md");
        File.WriteAllText(path, book.Append(notes).ToString());
        return path;
    }

    /// <summary>A small JPEG, different for each section: enough to exercise the image paths without slowing the suite.</summary>
    private static byte[] Photo(int seed)
    {
        using var bitmap = new SKBitmap(320, 200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor((byte)(seed * 37), (byte)(seed * 91), (byte)(seed * 53)));
            using var paint = new SKPaint { Color = SKColors.White };
            canvas.DrawCircle(60 + (seed % 200), 100, 40, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
