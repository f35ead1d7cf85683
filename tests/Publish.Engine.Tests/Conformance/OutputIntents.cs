using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>The catalog's output intents of one subtype (GTS_PDFA1, GTS_PDFX) with their embedded profiles' headers.</summary>
internal static class OutputIntents
{
    public sealed record Intent(DictionaryToken Dictionary, IToken? ProfileReference, byte[]? Profile, IccHeader? Header);

    public static IReadOnlyList<Intent> Of(PdfFile pdf, string subtype) =>
        pdf.Array(pdf.Catalog, "OutputIntents").OfType<DictionaryToken>().Where(d => pdf.Name(d, "S") == subtype).Select(d =>
        {
            d.Data.TryGetValue("DestOutputProfile", out var reference);
            var profile = pdf.Resolve(reference) is StreamToken stream ? pdf.Decode(stream) : null;
            return new Intent(d, reference, profile, profile is null ? null : IccHeader.Read(profile));
        }).ToArray();

    /// <summary>The device colour space the file's PDF/A (or, failing that, PDF/X) output intent characterizes.</summary>
    public static string? DeviceSpace(PdfFile pdf, string subtype) => Of(pdf, subtype).Select(i => i.Header?.DeviceSpace).FirstOrDefault(s => s is not null);
}
