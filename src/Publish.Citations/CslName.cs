namespace Publish.Citations;

/// <summary>A personal or institutional name of a CSL-JSON item (CSL 1.0.2 §Name-part Order).</summary>
internal sealed class CslName
{
    public string Family { get; set; } = string.Empty;

    public string Given { get; set; } = string.Empty;

    public string DroppingParticle { get; set; } = string.Empty;

    public string NonDroppingParticle { get; set; } = string.Empty;

    public string Suffix { get; set; } = string.Empty;

    public bool CommaSuffix { get; set; }

    public bool StaticOrdering { get; set; }

    /// <summary>An institution or a name given whole ("literal"): printed as is, never inverted or initialized.</summary>
    public string Literal { get; set; } = string.Empty;

    public bool IsLiteral => Literal.Length > 0;

    /// <summary>The name as given-name disambiguation compares it: particle and family, then the given name.</summary>
    public string DisambiguationKey => FamilyKey + "\u0001" + ComparableGiven;

    /// <summary>The given name with periods and spacing evened out: "J. J." and "J.J." are one person's initials.</summary>
    public string ComparableGiven => string.Join(' ', Given.Replace('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Names with the same family name (and particle) are ambiguous when their given names differ.</summary>
    public string FamilyKey => NonDroppingParticle + " " + Family;

    /// <summary>True when the name is written in a script that puts the family name first without a space (CJK).</summary>
    public bool IsNonRomanesque =>
        (Family + Given).Any(c => c is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af')
        || (Family + Given).All(c => !char.IsLetter(c) || c >= '\u0590' && c <= '\u08ff');

    /// <summary>
    /// Splits particles written into the family or given name ("van der Berg", "Jean de") as citeproc-js does when
    /// the item does not give them apart: lowercase words before the family name are non-dropping particles,
    /// lowercase words after the given name are dropping particles; ", Jr." after the given name is a suffix.
    /// </summary>
    public void ParseParticles()
    {
        if (IsLiteral)
        {
            return;
        }

        if (NonDroppingParticle.Length == 0 && Family.Contains(' ', StringComparison.Ordinal) && !(Family.StartsWith('"') && Family.EndsWith('"')))
        {
            var words = Family.Split(' ');
            var count = 0;
            while (count < words.Length - 1 && IsParticle(words[count]))
            {
                count++;
            }

            if (count > 0)
            {
                NonDroppingParticle = string.Join(' ', words.Take(count));
                Family = string.Join(' ', words.Skip(count));
            }
        }
        else if (NonDroppingParticle.Length == 0 && Family.Length > 2 && Family[1] == '\'' && char.IsLower(Family[0]))
        {
            // d'Artagnan: an elided particle joined by an apostrophe.
        }

        if (Family.StartsWith('"') && Family.EndsWith('"') && Family.Length > 1)
        {
            Family = Family[1..^1];
        }

        if (Given.Contains(',', StringComparison.Ordinal) && Suffix.Length == 0)
        {
            var comma = Given.IndexOf(',', StringComparison.Ordinal);
            var suffix = Given[(comma + 1)..].Trim();
            if (suffix.StartsWith('!'))
            {
                suffix = suffix[1..].Trim();
                CommaSuffix = true;
            }

            Suffix = suffix;
            Given = Given[..comma].Trim();
        }

        if (DroppingParticle.Length == 0 && Given.Contains(' ', StringComparison.Ordinal))
        {
            var words = Given.Split(' ');
            var start = words.Length;
            while (start > 1 && IsParticle(words[start - 1]))
            {
                start--;
            }

            if (start < words.Length)
            {
                DroppingParticle = string.Join(' ', words.Skip(start));
                Given = string.Join(' ', words.Take(start));
            }
        }
    }

    private static bool IsParticle(string word) =>
        word.Length > 0 && char.IsLower(word[0]) && word.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' or '.');
}
