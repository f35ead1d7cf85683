using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>The <c>notes:</c> mapping: where a footnote's number stands.</summary>
internal sealed partial class StyleFileReader
{
    private static readonly (string Word, NoteNumberPlacement Value)[] NoteNumbers = [("hanging", NoteNumberPlacement.Hanging), ("inline", NoteNumberPlacement.Inline)];

    private NoteStyle ReadNotes(StyleNode? node)
    {
        var defaults = new NoteStyle();
        var fields = context.Fields(node, "notes", StyleKeys.Notes);
        return new NoteStyle
        {
            Number = fields.Get("number") is { } number ? context.Choice(number, "notes.number", NoteNumbers) ?? defaults.Number : defaults.Number,
        };
    }
}
