using System.Collections.Immutable;

namespace Publish.Styles;

/// <summary>
/// The words that head a styled div ("Note", "Warning"), per language: the edition prints them in the document's
/// language, as it does its other generated words (a Turkish book says "Not", not "Note"). Keys are BCP 47 tags
/// or primary subtags; <see cref="Invariant"/> is used for every language when the style gives one text.
/// </summary>
public sealed record DivLabel(ImmutableSortedDictionary<string, string> ByLanguage, string? Invariant = null)
{
    public static DivLabel Of(string text) => new(ImmutableSortedDictionary<string, string>.Empty, text);

    public static DivLabel Of(params (string Language, string Text)[] texts) =>
        new(texts.ToImmutableSortedDictionary(t => t.Language, t => t.Text, StringComparer.OrdinalIgnoreCase));

    /// <summary>The text for <paramref name="language"/>: its own tag, its primary subtag, then English, then the first given.</summary>
    public string For(string? language)
    {
        if (Invariant is not null)
        {
            return Invariant;
        }

        var tag = (language ?? string.Empty).Trim().Replace('_', '-');
        var primary = tag.Split('-')[0];
        return ByLanguage.TryGetValue(tag, out var exact) ? exact
            : ByLanguage.TryGetValue(primary, out var general) ? general
            : ByLanguage.TryGetValue("en", out var english) ? english
            : ByLanguage.Values.FirstOrDefault() ?? string.Empty;
    }
}
