using UglyToad.PdfPig.Tokens;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// Colour: a Device colour space only where the output intent characterizes that device family or a Default colour
/// space replaces it (ISO 19005-2 6.2.4.3; for PDF/X-4 with a CMYK intent no DeviceRGB at all, ISO 15930-7 6.2.3),
/// and every ICCBased space's /N agreeing with a valid embedded profile (6.2.4.2).
/// </summary>
internal sealed class ColourCheck : IClauseCheck
{
    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["rg"] = "DeviceRGB", ["RG"] = "DeviceRGB", ["k"] = "DeviceCMYK", ["K"] = "DeviceCMYK", ["g"] = "DeviceGray", ["G"] = "DeviceGray",
    };

    private static readonly Dictionary<string, string> InlineAbbreviations = new(StringComparer.Ordinal)
    {
        ["RGB"] = "DeviceRGB", ["CMYK"] = "DeviceCMYK", ["G"] = "DeviceGray",
    };

    public IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims)
    {
        var a2 = claims.HasFlag(ConformanceClaims.PdfA2b);
        var x4 = claims.HasFlag(ConformanceClaims.PdfX4);
        if (!a2 && !x4)
        {
            yield break;
        }

        var pdfaSpace = OutputIntents.DeviceSpace(pdf, "GTS_PDFA1");
        var pdfxSpace = OutputIntents.DeviceSpace(pdf, "GTS_PDFX");
        var uses = new SortedSet<(string Space, string Where)>();
        foreach (var step in pdf.ContentSteps)
        {
            var op = step.Operation;
            string? space = null;
            if (Operators.TryGetValue(op.Operator, out var implied))
            {
                space = implied;
            }
            else if (op.Operator is "cs" or "CS" && op.Operands is [ContentName name])
            {
                space = DeviceSpaceOf(pdf, name.Value, step.Resources);
            }
            else if (op.Operator == "BI" && op.Operands is [Dictionary<string, object> image] &&
                     (image.GetValueOrDefault("CS") ?? image.GetValueOrDefault("ColorSpace")) is ContentName inline)
            {
                space = InlineAbbreviations.GetValueOrDefault(inline.Value) ?? DeviceSpaceOf(pdf, inline.Value, step.Resources);
            }

            else if (op.Operator == "Do" && op.Operands is [.., ContentName xobject] &&
                     pdf.Get(pdf.Dictionary(step.Resources, "XObject"), xobject.Value) is StreamToken { StreamDictionary: var imageDictionary } &&
                     pdf.Name(imageDictionary, "Subtype") == "Image" && !imageDictionary.Data.ContainsKey("ImageMask"))
            {
                // An image paints in its own colour space; a Default space in the resources replaces a Device one (ISO 32000-1 8.6.5.6).
                space = DeviceSpaceOf(pdf, pdf.Get(imageDictionary, "ColorSpace"));
            }

            if (space is not null && !HasDefault(pdf, step.Resources, space))
            {
                uses.Add((space, $"{step.Where} ({op.Operator})"));
            }
        }

        foreach (var (reference, value) in pdf.Objects())
        {
            foreach (var failure in IccBasedFailures(pdf, value, reference.ObjectNumber, a2))
            {
                yield return failure;
            }
        }

        // One failure per colour space and place keeps the report readable on a 300-page book.
        foreach (var group in uses.GroupBy(u => u.Space))
        {
            var places = string.Join("; ", group.Select(g => g.Where).Distinct().Take(3)) + (group.Count() > 3 ? $"; … {group.Count()} places" : string.Empty);
            if (a2 && !Allowed(group.Key, pdfaSpace))
            {
                yield return new ClauseFailure(Clauses.A2DeviceColour, $"{group.Key} is used without a matching PDF/A output intent or Default colour space ({places})");
            }

            if (x4 && (pdfxSpace is null ? group.Key != "DeviceGray" : !Allowed(group.Key, pdfxSpace)))
            {
                yield return new ClauseFailure(Clauses.X4Colour, $"{group.Key} is used but the PDF/X output intent characterizes {pdfxSpace ?? "nothing"} ({places})");
            }
        }
    }

    /// <summary>DeviceGray goes with any output intent; RGB and CMYK only with their own family (ISO 19005-2 6.2.4.3).</summary>
    private static bool Allowed(string space, string? intent) => intent is not null && (space == "DeviceGray" || space == intent);

    private static bool HasDefault(PdfFile pdf, DictionaryToken? resources, string space) =>
        pdf.Get(pdf.Dictionary(resources, "ColorSpace"), "Default" + space["Device".Length..]) is not null;

    private static string? DeviceSpaceOf(PdfFile pdf, string name, DictionaryToken? resources) =>
        name is "DeviceRGB" or "DeviceCMYK" or "DeviceGray" ? name : DeviceSpaceOf(pdf, pdf.Get(pdf.Dictionary(resources, "ColorSpace"), name));

    /// <summary>The Device space a colour space object paints in: itself, or an Indexed space's base.</summary>
    private static string? DeviceSpaceOf(PdfFile pdf, IToken? space) => pdf.Resolve(space) switch
    {
        NameToken { Data: "DeviceRGB" or "DeviceCMYK" or "DeviceGray" } name => name.Data,
        ArrayToken { Data: [NameToken { Data: "Indexed" or "I" }, var baseSpace, ..] } => DeviceSpaceOf(pdf, baseSpace),
        _ => null,
    };

    /// <summary>ISO 19005-2 6.2.4.2: an ICCBased space's profile is valid and has as many components as its /N.</summary>
    private static IEnumerable<ClauseFailure> IccBasedFailures(PdfFile pdf, IToken value, long number, bool a2)
    {
        if (!a2 || value is not ArrayToken { Data: [NameToken { Data: "ICCBased" }, var profileToken] } || pdf.Resolve(profileToken) is not StreamToken profile)
        {
            yield break;
        }

        var header = IccHeader.Read(pdf.Decode(profile));
        var n = pdf.Number(profile.StreamDictionary, "N");
        if (header is null)
        {
            yield return new ClauseFailure(Clauses.A2IccBased, $"ICCBased colour space object {number}: the profile is not a valid ICC profile");
        }
        else if (n != header.Components || header.Major > 4)
        {
            yield return new ClauseFailure(Clauses.A2IccBased, $"ICCBased colour space object {number}: /N {n} for a '{header.ColourSpace}' profile of version {header.Major}");
        }
    }
}
