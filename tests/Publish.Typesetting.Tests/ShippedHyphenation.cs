using System.Collections.Immutable;
using Publish.Styles;
using Publish.Typesetting.Hyphenation;

namespace Publish.Typesetting.Tests;

/// <summary>The hyphenation the default house style sets up: the shipped English patterns, 2 letters before a hyphen, 3 after.</summary>
internal static class ShippedHyphenation
{
    public static string EnglishPatterns => Path.Combine(RepositoryPaths.HyphenationDirectory, "hyph_en_US.dic");

    public static HyphenationSettings Settings(int minLeft = 2, int minRight = 3) =>
        new(true, ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, [KeyValuePair.Create("en", EnglishPatterns)]), minLeft, minRight);

    public static HyphenationCatalog Catalog(int minLeft = 2, int minRight = 3) => new(Settings(minLeft, minRight));
}
