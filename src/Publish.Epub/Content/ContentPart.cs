using System.Collections.Immutable;

namespace Publish.Epub.Content;

/// <summary>One XHTML content document of the spine. <see cref="Units"/> is empty for generated parts.</summary>
internal sealed record ContentPart(string FileName, PartKind Kind, ImmutableArray<ContentUnit> Units);
