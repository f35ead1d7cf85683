using Publish.Model.Diagnostics;
using Publish.Typesetting.Paragraphs;

namespace Publish.Typesetting.Layout.SetLines;

/// <summary>A request set: its lines, and what setting it reported (each character no font has once).</summary>
internal sealed record SetParagraph(ParagraphLayout Layout, DiagnosticBag Diagnostics);
