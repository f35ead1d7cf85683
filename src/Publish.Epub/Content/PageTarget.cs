namespace Publish.Epub.Content;

/// <summary>A pagebreak marker as written: the page-list links to <c>FileName#Id</c>.</summary>
internal sealed record PageTarget(string Label, string FileName, string Id);
