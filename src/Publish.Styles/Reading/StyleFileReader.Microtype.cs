using System.Globalization;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>
/// The <c>microtype:</c> mapping: character protrusion on or off, and font expansion as percentages, as microtype's
/// options read: <c>expansion</c> sets both limits, <c>stretch</c> and <c>shrink</c> each set one (and win over
/// <c>expansion</c> for it), so <c>expansion: 4%</c> with <c>shrink: 2%</c> widens by up to 4 % and narrows by up to 2 %.
/// </summary>
internal sealed partial class StyleFileReader
{
    private MicrotypeSettings ReadMicrotype(StyleNode? node)
    {
        var defaults = new MicrotypeSettings();
        var fields = context.Fields(node, "microtype", StyleKeys.Microtype);
        var both = Percentage(fields.Get("expansion"), "microtype.expansion");
        return new MicrotypeSettings
        {
            Protrusion = fields.Get("protrusion") is { } protrusion ? context.Boolean(protrusion, "microtype.protrusion") ?? defaults.Protrusion : defaults.Protrusion,
            Stretch = Percentage(fields.Get("stretch"), "microtype.stretch") ?? both ?? defaults.Stretch,
            Shrink = Percentage(fields.Get("shrink"), "microtype.shrink") ?? both ?? defaults.Shrink,
        };
    }

    /// <summary>A percentage such as <c>2%</c> (also <c>0</c>, <c>none</c> or <c>false</c> for none), at most 5 %; null when absent or wrong (reported).</summary>
    private double? Percentage(StyleNode? node, string key)
    {
        var text = node is null ? null : context.Text(node, key)?.Trim();
        if (node is null || text is null)
        {
            return null;
        }

        if (text.ToUpperInvariant() is "NONE" or "FALSE" or "OFF" or "NO" or "0")
        {
            return 0;
        }

        if (!text.EndsWith('%') || !double.TryParse(text[..^1].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
        {
            context.Error(StyleDiagnosticCodes.WrongType, node, $"{key} '{text}' must be a percentage, e.g. 2% (or none)");
            return null;
        }

        if (percent > MicrotypeSettings.MaximumExpansion * 100)
        {
            context.Error(StyleDiagnosticCodes.ValueOutOfRange, node, string.Create(CultureInfo.InvariantCulture,
                $"{key} {percent}% must be at most {MicrotypeSettings.MaximumExpansion * 100}%: beyond it, letters visibly change shape"));
            return null;
        }

        return percent / 100;
    }
}
