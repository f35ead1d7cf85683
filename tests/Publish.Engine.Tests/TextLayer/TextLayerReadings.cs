using System.Collections.Concurrent;
using Publish.Model;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.TextLayer;

/// <summary>
/// Each manuscript's print edition (built once per test run by <see cref="Editions"/>), its tagging read once with
/// PdfPig, and each extractor's reading of it, kept for every test of the class: a build and a reading cost far
/// more than a comparison.
/// </summary>
public sealed class TextLayerReadings
{
    private readonly ConcurrentDictionary<string, Lazy<(Document Document, string Pdf, TaggedLetters Tagged)>> _editions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Manuscript, string Extractor), Lazy<ExtractedText>> _readings = new();

    internal (Document Document, string Pdf, TaggedLetters Tagged) Edition(string manuscript) =>
        _editions.GetOrAdd(manuscript, m => new Lazy<(Document, string, TaggedLetters)>(() =>
        {
            var built = Editions.Of(m);
            var pdf = Editions.PdfOf(m);
            using var document = PdfDocument.Open(pdf);
            return (built.Document!, pdf, TaggedLetters.Read(document));
        })).Value;

    internal ExtractedText Read(string manuscript, string extractor) =>
        _readings.GetOrAdd((manuscript, extractor), key => new Lazy<ExtractedText>(() =>
        {
            var (_, pdf, tagged) = Edition(key.Manuscript);
            return key.Extractor switch
            {
                PdfPigReading.Name => PdfPigReading.Read(tagged),
                PopplerReading.Name => PopplerReading.Read(pdf, tagged),
                MuPdfReading.Name => MuPdfReading.Read(pdf, tagged),
                _ => throw new ArgumentOutOfRangeException(nameof(extractor), key.Extractor, "Unknown extractor."),
            };
        })).Value;
}
