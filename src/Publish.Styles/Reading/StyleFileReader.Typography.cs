using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The <c>typography:</c> mapping: <c>sentence-spacing: single | wide</c>.</summary>
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
        };
    }
}
