using Publish.Epub.Packaging;

namespace Publish.Epub.Content;

/// <summary>An image placed in the package under a name we generated (<c>images/0001.jpg</c>), never the manuscript's.</summary>
internal sealed record ImageAsset(string Href, string MediaType, int Width, int Height, PackageContent Content);
