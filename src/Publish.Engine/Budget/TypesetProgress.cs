namespace Publish.Engine.Budget;

/// <summary>
/// How far typesetting had got when a budget stopped it: the share of the body set (0–1) and the source line of
/// the last block set — so an editor sees where the time went and how much more the book would need.
/// </summary>
public sealed record TypesetProgress(double Share, int Line);
