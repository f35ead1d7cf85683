using System.Globalization;

namespace Publish.Styles;

/// <summary>An sRGB colour, written in a style file as <c>"#rrggbb"</c> or <c>"#rgb"</c> (quoted: a bare <c>#</c> starts a YAML comment).</summary>
public readonly record struct StyleColor(byte R, byte G, byte B)
{
    public static StyleColor Black { get; } = new(0, 0, 0);

    /// <summary>Parses <c>#rrggbb</c> or <c>#rgb</c>, case-insensitive; anything else is not a colour.</summary>
    public static bool TryParse(string text, out StyleColor color)
    {
        color = Black;
        if (text.Length is not (4 or 7) || text[0] != '#')
        {
            return false;
        }

        var digits = text.Length == 4
            ? string.Concat(text[1], text[1], text[2], text[2], text[3], text[3])
            : text[1..];
        if (!int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        color = new StyleColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");
}
