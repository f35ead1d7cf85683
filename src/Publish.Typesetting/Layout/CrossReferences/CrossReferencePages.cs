using System.Collections.Immutable;
using Publish.Model;
using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.CrossReferences;

/// <summary>
/// Which page label each cross-reference prints, read from a laid-out edition: the folio of the page its target's
/// destination is on, for each reference (by its source position) printed on another page; a reference on its
/// target's own page prints none ("see Table 2" right above the table). Equal values mean the layout is settled.
/// </summary>
internal sealed class CrossReferencePages : IEquatable<CrossReferencePages>
{
    private readonly ImmutableSortedDictionary<string, string> _pages;

    private CrossReferencePages(ImmutableSortedDictionary<string, string> pages) => _pages = pages;

    /// <summary>Before the first layout nothing is known: every reference prints its label alone.</summary>
    public static CrossReferencePages Unknown { get; } = new(ImmutableSortedDictionary<string, string>.Empty);

    public static CrossReferencePages Of(PagedDocument document)
    {
        var targets = new Dictionary<string, int>(StringComparer.Ordinal);
        var references = new Dictionary<SourceSpan, (string Destination, int Page)>();
        for (var i = 0; i < document.Pages.Length; i++)
        {
            foreach (var item in document.Pages[i].Items)
            {
                switch (item)
                {
                    case DestinationItem destination:
                        targets.TryAdd(destination.Name, i);
                        break;

                    // A reference broken across a page break is on the page where it begins.
                    case LinkItem { Reference: { } reference, Destination: { } name }:
                        references.TryAdd(reference, (name, i));
                        break;
                }
            }
        }

        var pages = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (reference, (destination, page)) in references)
        {
            if (targets.TryGetValue(destination, out var target) && target != page)
            {
                pages[Key(reference)] = document.Pages[target].Label;
            }
        }

        return new CrossReferencePages(pages.ToImmutable());
    }

    /// <summary>The page to print after the reference at <paramref name="reference"/>, or null.</summary>
    public string? PageOf(SourceSpan reference) => _pages.TryGetValue(Key(reference), out var page) ? page : null;

    public bool Equals(CrossReferencePages? other) => other is not null && _pages.Count == other._pages.Count
        && _pages.All(pair => other._pages.TryGetValue(pair.Key, out var page) && page == pair.Value);

    public override bool Equals(object? obj) => Equals(obj as CrossReferencePages);

    public override int GetHashCode() => _pages.Count;

    private static string Key(SourceSpan span) => span.ToString();
}
