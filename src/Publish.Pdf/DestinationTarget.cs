namespace Publish.Pdf;

/// <summary>Where a named destination points: a page and a frame position on it.</summary>
internal sealed record DestinationTarget(int PageIndex, double X, double Y);
