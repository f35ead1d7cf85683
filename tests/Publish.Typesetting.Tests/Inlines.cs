using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Inlines;

namespace Publish.Typesetting.Tests;

/// <summary>Small builders for model inlines in tests.</summary>
internal static class Inlines
{
    public static SourceSpan Span(int line = 1) => new("test.md", line, 1);

    public static ImmutableArray<Inline> Text(string text, int line = 1) => [new TextInline(text, Span(line))];

    public static NoteReferenceInline Note(int number, int line = 1) =>
        new(new Note(number, number.ToString(System.Globalization.CultureInfo.InvariantCulture), [], Span(line)), Span(line));
}
