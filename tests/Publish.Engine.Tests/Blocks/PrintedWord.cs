namespace Publish.Engine.Tests.Blocks;

/// <summary>A word read back from a built PDF: its page (from 1), left and right edges, baseline (PDF y, up), font and size.</summary>
internal sealed record PrintedWord(int Page, string Text, double Left, double Right, double Baseline, string Font, double Size);
