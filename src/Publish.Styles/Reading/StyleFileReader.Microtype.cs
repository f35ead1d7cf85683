using System.Globalization;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The <c>microtype:</c> mapping: character protrusion on or off, and font expansion as a percentage.</summary>
internal sealed partial class StyleFileReader
{
    private MicrotypeSettings ReadMicrotype(StyleNode? node)
    {
        var defaults = new MicrotypeSettings();
        var fields = context.Fields(node, "microtype", StyleKeys.Microtype);
        return new MicrotypeSettings
        {
            Protrusion = fields.Get("protrusion") is { } protrusion ? context.Boolean(protrusion, "microtype.protrusion") ?? defaults.Protrusion : defaults.Protrusion,
            Expansion = fields.Get("expansion") is { } expansion ? Expansion(expansion) ?? defaults.Expansion : defaults.Expansion,
        };
    }

    /// <summary>A percentage such as <c>2%</c> (also <c>0</c>, <c>none</c> or <c>false</c> for none), at most 5 %.</summary>
    private double? Expansion(StyleNode node)
    {
        var text = context.Text(node, "microtype.expansion")?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.ToUpperInvariant() is "NONE" or "FALSE" or "OFF" or "NO" or "0")
        {
            return 0;
        }

        if (!text.EndsWith('%') || !double.TryParse(text[..^1].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
        {
            context.Error(StyleDiagnosticCodes.WrongType, node, $"microtype.expansion '{text}' must be a percentage, e.g. 2% (or none)");
            return null;
        }

        if (percent > MicrotypeSettings.MaximumExpansion * 100)
        {
            context.Error(StyleDiagnosticCodes.ValueOutOfRange, node, string.Create(CultureInfo.InvariantCulture,
                $"microtype.expansion {percent}% must be at most {MicrotypeSettings.MaximumExpansion * 100}%: wider, letters visibly change shape"));
            return null;
        }

        return percent / 100;
    }
}
