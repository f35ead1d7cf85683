using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Styles;

/// <summary>
/// The div classes a house style knows, by class name (case-sensitive, as Pandoc's classes are). A div with several
/// classes takes the first one known; a div with none known is set plainly.
/// </summary>
public sealed record DivStyles(ImmutableSortedDictionary<string, DivStyle> Classes)
{
    /// <summary>The built-in classes for a body set at <paramref name="bodySize"/> points (styles/README.md lists them).</summary>
    public static DivStyles Defaults(double bodySize) => new(new SortedDictionary<string, DivStyle>(StringComparer.Ordinal)
    {
        ["note"] = new(DivTreatment.Box)
        {
            Label = DivLabel.Of(("en", "Note"), ("tr", "Not"), ("de", "Hinweis"), ("fr", "Remarque")),
            Scale = 0.9,
            Inset = bodySize * 0.9,
            Rule = 0.5,
        },
        ["warning"] = new(DivTreatment.Box)
        {
            Label = DivLabel.Of(("en", "Warning"), ("tr", "Uyarı"), ("de", "Warnung"), ("fr", "Avertissement")),
            Scale = 0.9,
            Inset = bodySize * 0.9,
            Rule = 1.5,
        },
        ["epigraph"] = new(DivTreatment.Epigraph) { Scale = 0.9, Width = 0.6 },
        ["abstract"] = new(DivTreatment.Abstract)
        {
            Label = DivLabel.Of(("en", EditionLabels.English.Abstract), ("tr", EditionLabels.Turkish.Abstract), ("de", EditionLabels.German.Abstract), ("fr", EditionLabels.French.Abstract)),
            Inset = bodySize * 1.5,
        },
    }.ToImmutableSortedDictionary(StringComparer.Ordinal));

    /// <summary>The built-in classes for the built-in body size (11 pt).</summary>
    public static DivStyles Default { get; } = Defaults(11);

    /// <summary>The style of the first of <paramref name="classes"/> this style knows, with its class; null when none is known.</summary>
    public (string Class, DivStyle Style)? For(IEnumerable<string> classes)
    {
        foreach (var name in classes)
        {
            if (Classes.TryGetValue(name, out var style))
            {
                return (name, style);
            }
        }

        return null;
    }
}
