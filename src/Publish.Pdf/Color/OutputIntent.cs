namespace Publish.Pdf.Color;

/// <summary>
/// The printing condition a PDF is made for (ISO 32000-1 §14.11.5, Table 365): a condition identifier, the
/// registry that defines it, and the characterization embedded as <c>DestOutputProfile</c>. PDF/A (ISO 19005-2
/// §6.2.3) and PDF/X (ISO 15930-7 §6.2.4) each take one; both may share this one profile.
/// </summary>
public sealed record OutputIntent(IccProfile Profile, string ConditionIdentifier, string? RegistryName, string? Info)
{
    /// <summary>The ICC registry, where both sRGB and the FOGRA characterizations are listed.</summary>
    public const string IccRegistry = "http://www.color.org";

    /// <summary>sRGB IEC 61966-2.1 (Debian <c>icc-profiles-free</c>'s sRGB.icc): screens and office printers, the archive's intent.</summary>
    public static OutputIntent Srgb => SrgbIntent.Value;

    /// <summary>
    /// FOGRA39 (ISO 12647-2:2004/Amd 1, offset on coated paper), the European default for commercial print; the
    /// profile is computed from Fogra's characterization data (see <c>Color/Profiles/README.md</c>).
    /// </summary>
    public static OutputIntent Fogra39 => Fogra39Intent.Value;

    private static readonly Lazy<OutputIntent> SrgbIntent = new(() =>
        new OutputIntent(IccProfile.FromResource("sRGB.icc"), "sRGB IEC61966-2.1", IccRegistry, "sRGB IEC61966-2.1"));

    private static readonly Lazy<OutputIntent> Fogra39Intent = new(() =>
        new OutputIntent(IccProfile.FromResource("FOGRA39-Publish.icc"), "FOGRA39", IccRegistry,
            "Coated FOGRA39 (ISO 12647-2:2004/Amd 1, paper type 1 or 2)"));
}
