using System.Globalization;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The <c>tables:</c> mapping: cell size, the smallest size a wide table may shrink to, what a wide table does, rules.</summary>
internal sealed partial class StyleFileReader
{
    private static readonly (string Word, TableWideMode Value)[] WideModes = [("shrink", TableWideMode.Shrink), ("none", TableWideMode.None)];

    /// <param name="bodySize">The body text's size, which an em (and a size in points) is taken relative to.</param>
    private TableStyle ReadTables(StyleNode? node, double bodySize)
    {
        var defaults = new TableStyle();
        var fields = context.Fields(node, "tables", StyleKeys.Tables);
        var size = fields.Get("size") is { } sizeNode ? Ratio(sizeNode, "tables.size", bodySize) ?? defaults.SizeRatio : defaults.SizeRatio;
        var minimum = fields.Get("min-size") is { } minimumNode ? Ratio(minimumNode, "tables.min-size", bodySize) ?? defaults.MinimumSizeRatio : defaults.MinimumSizeRatio;
        if (fields.Get("min-size") is { } minimumAt && minimum > size)
        {
            context.Error(StyleDiagnosticCodes.ValueOutOfRange, minimumAt, string.Create(CultureInfo.InvariantCulture, $"tables.min-size ({minimum * bodySize:0.#} pt) must not be larger than tables.size ({size * bodySize:0.#} pt)"));
            minimum = size;
        }

        return new TableStyle
        {
            SizeRatio = size,
            MinimumSizeRatio = minimum,
            Wide = fields.Get("wide") is { } wide ? Wide(wide) ?? defaults.Wide : defaults.Wide,
            Rules = fields.Get("rules") is { } rules ? context.Boolean(rules, "tables.rules") ?? defaults.Rules : defaults.Rules,
        };
    }

    private TableWideMode? Wide(StyleNode node)
    {
        if (string.Equals(context.Text(node, "tables.wide")?.Trim(), "rotate", StringComparison.OrdinalIgnoreCase))
        {
            context.Error(StyleDiagnosticCodes.InvalidChoice, node, "tables.wide 'rotate' is not supported: the print layout does not turn pages; write shrink (smaller type, down to tables.min-size) or none");
            return null;
        }

        return context.Choice(node, "tables.wide", WideModes);
    }

    /// <summary>A size in ems of the body text or in points, as a share of the body size (between 0.3 and 2).</summary>
    private double? Ratio(StyleNode node, string what, double bodySize)
    {
        if (context.Length(node, what, allowEm: true) is not { } measure)
        {
            return null;
        }

        var ratio = measure.Resolve(bodySize) / bodySize;
        if (ratio is < 0.3 or > 2)
        {
            context.Error(StyleDiagnosticCodes.ValueOutOfRange, node, string.Create(CultureInfo.InvariantCulture, $"{what} must be between 0.3em and 2em of the body text ({0.3 * bodySize:0.#}–{2 * bodySize:0.#} pt)"));
            return null;
        }

        return ratio;
    }
}
