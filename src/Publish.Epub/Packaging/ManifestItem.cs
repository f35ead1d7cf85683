namespace Publish.Epub.Packaging;

/// <summary>A manifest entry; <see cref="InSpine"/> items are listed in the spine in manifest order.</summary>
internal sealed record ManifestItem(string Id, string Href, string MediaType, string? Properties, bool InSpine);
