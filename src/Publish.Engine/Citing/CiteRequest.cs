namespace Publish.Engine.Citing;

/// <summary>What <c>publish cite</c> asks for: a style, the items, optionally the citations, a language and a format.</summary>
/// <param name="Style">A CSL file, or the name of a shipped style ("chicago-notes-bibliography").</param>
/// <param name="ItemsFile">A CSL-JSON file of items.</param>
/// <param name="CitationsFile">citeproc-js citation objects (JSON), or null to cite every item once.</param>
/// <param name="Language">The locale ("en-US", "tr-TR"), or null for the style's default.</param>
/// <param name="Html">HTML markup instead of plain text.</param>
public sealed record CiteRequest(string Style, string ItemsFile, string? CitationsFile, string? Language, bool Html);
