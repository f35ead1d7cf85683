using System.Text;
using Publish.Pdf.Images;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Color;

/// <summary>
/// How one file declares colour, decided by the standards it claims, with the objects that takes written: the output
/// intents (one per claimed standard, sharing one <c>DestOutputProfile</c> stream as ISO 19005-2 §6.2.3 requires of
/// several), the ICC-based sRGB space a press file sets text, rules and images in, and the blending space of pages
/// with transparency.
/// </summary>
internal sealed record DocumentColor(string? RgbSpace, ImageColorSpaces Images, string? OutputIntents)
{
    /// <summary>The page resource name of the ICC-based sRGB space.</summary>
    public const string RgbResourceName = "Srgb";

    public static DocumentColor Plain { get; } = new(null, ImageColorSpaces.Device, null);

    /// <summary>
    /// The transparency group colour space of a page (§11.6.6): its RGB space. DeviceRGB is allowed beside an sRGB
    /// intent (ISO 19005-2 §6.2.4.3); a press file blends in the same ICC-based sRGB its images are in.
    /// </summary>
    public string GroupSpace => RgbSpace ?? "/DeviceRGB";

    public static DocumentColor Write(PdfObjectTable table, PdfConformance conformance)
    {
        if (conformance.Intent is not { } intent)
        {
            return Plain;
        }

        var profileId = WriteProfile(table, intent.Profile);
        var intents = new StringBuilder("[");
        if (conformance.PdfX4)
        {
            AppendIntent(intents, "GTS_PDFX", intent, profileId);
        }

        if (conformance.PdfA2b)
        {
            AppendIntent(intents, "GTS_PDFA1", intent, profileId);
        }

        string? rgbSpace = null;
        if (conformance.IccBasedRgb)
        {
            var srgb = OutputIntent.Srgb.Profile;
            var srgbId = ReferenceEquals(srgb, intent.Profile) ? profileId : WriteProfile(table, srgb);
            var spaceId = table.Reserve();
            table.WriteObject(spaceId, $"[/ICCBased {PdfObjectTable.Reference(srgbId)}]");
            rgbSpace = PdfObjectTable.Reference(spaceId);
        }

        // CMYK samples are device colour the intent's own space allows only when the intent is CMYK; beside an sRGB
        // intent they are read through the shipped FOGRA39 characterization, the commonest source of CMYK photos.
        var cmyk = intent.Profile.Components == 4
            ? new Lazy<string>("/DeviceCMYK")
            : new Lazy<string>(() =>
            {
                var id = table.Reserve();
                table.WriteObject(id, $"[/ICCBased {PdfObjectTable.Reference(WriteProfile(table, OutputIntent.Fogra39.Profile))}]");
                return PdfObjectTable.Reference(id);
            });
        return new DocumentColor(rgbSpace, new ImageColorSpaces(rgbSpace ?? "/DeviceRGB", cmyk), intents.Append(" ]").ToString());
    }

    private static int WriteProfile(PdfObjectTable table, IccProfile profile)
    {
        var id = table.Reserve();
        table.WriteStream(id, $"/N {PdfFormat.Integer(profile.Components)} /Alternate {profile.DeviceSpace}", profile.Data.Span, compress: true);
        return id;
    }

    /// <summary>One output intent dictionary (§14.11.5, Table 365).</summary>
    private static void AppendIntent(StringBuilder intents, string subtype, OutputIntent intent, int profileId)
    {
        intents.Append(" << /Type /OutputIntent /S /").Append(subtype)
            .Append(" /OutputConditionIdentifier ").Append(PdfFormat.TextString(intent.ConditionIdentifier));
        if (intent.RegistryName is { } registry)
        {
            intents.Append(" /RegistryName ").Append(PdfFormat.TextString(registry));
        }

        if (intent.Info is { } info)
        {
            intents.Append(" /Info ").Append(PdfFormat.TextString(info));
        }

        intents.Append(" /DestOutputProfile ").Append(PdfObjectTable.Reference(profileId)).Append(" >>");
    }
}
