using System.Collections.Immutable;
using Publish.Model;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The warning for a face a text family lacks, which the print edition imitates (PUB2048).</summary>
internal sealed partial class StyleFileReader
{
    /// <summary>
    /// Roles whose own face is all they set: the footer's lines and code (which has no emphasis). Every other role
    /// holds running text, whose emphasis and strong emphasis may ask for any of the family's four faces.
    /// </summary>
    private static readonly string[] OwnFaceOnlyRoles = ["footer", "code"];

    private static readonly FontFace[] AllFaces = [FontFace.Regular, FontFace.Italic, FontFace.Bold, FontFace.BoldItalic];

    /// <summary>
    /// Warns once per family and missing face a role may need: the print edition then draws that text in the face the
    /// fallback rule gives, slanted (a synthesized oblique) where the slant is missing and thickened where the weight
    /// is, never silently upright or light. The warning sits where the family is declared (under <c>fonts:</c>, where
    /// its file is named), else where a role chose it.
    /// </summary>
    private void WarnOfSynthesizedFaces(
        ImmutableDictionary<string, FontFamilyDefinition> fonts,
        Dictionary<string, (FontFamilyDefinition? Definition, StyleNode Key)> declared,
        Dictionary<string, TextStyleSpec> roles)
    {
        if (context.HasErrors)
        {
            return;
        }

        var needs = new List<(string Family, FontFace Face, string Role, SourceSpan? Span)>();
        foreach (var (role, spec) in roles)
        {
            var faces = OwnFaceOnlyRoles.Contains(role, StringComparer.Ordinal) ? [spec.Face] : AllFaces;
            needs.AddRange(faces.Select(face => (spec.Family, face, role, spec.FamilySpan)));
        }

        foreach (var group in needs.GroupBy(n => (n.Family, n.Face)))
        {
            var (family, face) = group.Key;
            if (!fonts.TryGetValue(family, out var definition) || definition.AvailableFace(face) is var available && available == face)
            {
                continue;
            }

            var span = declared.TryGetValue(family, out var declaration) ? context.SpanOf(declaration.Key)
                : group.Select(n => n.Span).FirstOrDefault(s => s is not null) ?? SourceSpan.WholeFile(context.StyleFile);
            var slanted = face is FontFace.Italic or FontFace.BoldItalic && available is FontFace.Regular or FontFace.Bold;
            var thickened = face is FontFace.Bold or FontFace.BoldItalic && available is FontFace.Regular or FontFace.Italic;
            var how = (slanted, thickened) switch
            {
                (true, true) => "slanted 12° and thickened by a stroke",
                (true, false) => "slanted 12° (a synthesized oblique)",
                _ => "thickened by a stroke (a synthesized bold)",
            };
            var used = string.Join(", ", group.Select(n => n.Role).Distinct(StringComparer.Ordinal));
            context.Warning(StyleDiagnosticCodes.FontFaceSynthesized, span,
                $"font family '{family}' has no {Word(face)} face: {Word(face)} text set in it ({used}) is drawn in its {Word(available)} face {how}; name its {Key(face)} file under fonts: for the real face");
        }
    }

    private static string Word(FontFace face) => face switch
    {
        FontFace.Italic => "italic",
        FontFace.Bold => "bold",
        FontFace.BoldItalic => "bold italic",
        _ => "regular",
    };

    private static string Key(FontFace face) => face == FontFace.BoldItalic ? "bold-italic:" : Word(face) + ":";
}
