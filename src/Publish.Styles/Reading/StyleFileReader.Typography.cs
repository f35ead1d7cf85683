using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The <c>typography:</c> mapping: <c>sentence-spacing: single | wide</c>, the line breaker's <c>tolerance</c> and <c>emergency-stretch</c>.</summary>
internal sealed partial class StyleFileReader
{
    private static readonly (string Word, bool Value)[] SentenceSpacings = [("single", false), ("wide", true)];

    private TypographySettings ReadTypography(StyleNode? node)
    {
        var defaults = new TypographySettings();
        var fields = context.Fields(node, "typography", StyleKeys.Typography);
        return new TypographySettings
        {
            WideSentenceSpacing = fields.Get("sentence-spacing") is { } spacing
                ? context.Choice(spacing, "typography.sentence-spacing", SentenceSpacings) ?? defaults.WideSentenceSpacing
                : defaults.WideSentenceSpacing,
            Tolerance = fields.Get("tolerance") is { } tolerance
                ? context.Integer(tolerance, "typography.tolerance", 0, 10000) ?? defaults.Tolerance
                : defaults.Tolerance,
            EmergencyStretch = fields.Get("emergency-stretch") is { } emergency
                ? context.Points(emergency, "typography.emergency-stretch", positive: false) ?? defaults.EmergencyStretch
                : defaults.EmergencyStretch,
        };
    }
}
