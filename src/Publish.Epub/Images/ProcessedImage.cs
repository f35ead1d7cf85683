using Publish.Epub.Packaging;

namespace Publish.Epub.Images;

/// <summary>An image re-encoded for the EPUB: orientation applied, within the size limit, metadata stripped.</summary>
internal sealed record ProcessedImage(PackageContent Content, string Extension, string MediaType, int Width, int Height);
