using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The <c>figures:</c> mapping: the mark of a figure whose photo is missing.</summary>
internal sealed partial class StyleFileReader
{
    private FigureStyle ReadFigures(StyleNode? node)
    {
        var fields = context.Fields(node, "figures", StyleKeys.Figures);
        if (fields.Get("missing-mark") is not { } markNode || context.NonEmptyText(markNode, "figures.missing-mark") is not { } mark)
        {
            return new FigureStyle();
        }

        // Two words name the built-in marks; any other text is the mark itself ("[Image]", "▢", "Fig. —").
        return mark.Trim() switch
        {
            "label" => new FigureStyle { MissingMark = MissingFigureMark.Label },
            "none" => new FigureStyle { MissingMark = MissingFigureMark.None },
            var text => new FigureStyle { MissingMark = MissingFigureMark.Text, MissingText = text },
        };
    }
}
