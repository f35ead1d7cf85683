using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The <c>make-up:</c> mapping: how a full page's bottom is set.</summary>
internal sealed partial class StyleFileReader
{
    private static readonly (string Word, PageBottom Value)[] PageBottoms = [("justified", PageBottom.Justified), ("ragged", PageBottom.Ragged), ("baseline-grid", PageBottom.BaselineGrid)];

    private MakeUpStyle ReadMakeUp(StyleNode? node)
    {
        var defaults = new MakeUpStyle();
        var fields = context.Fields(node, "make-up", StyleKeys.MakeUp);
        return new MakeUpStyle
        {
            Bottom = fields.Get("bottom") is { } bottom ? context.Choice(bottom, "make-up.bottom", PageBottoms) ?? defaults.Bottom : defaults.Bottom,
        };
    }
}
