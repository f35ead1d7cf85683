using Publish.Model.Inlines;
using Md = Markdig.Syntax;

namespace Publish.Manuscript.Markdown;

/// <summary>Something of the document a reference may point at: its kind, its number (tables, figures) and, for a section, its heading.</summary>
internal sealed record CrossReferenceTarget(CrossReferenceKind Kind, int Number, Md.HeadingBlock? Heading);
