namespace Publish.Engine.Tests.Readers;

/// <summary>
/// The e-reader tests (Calibre, DAISY Ace in Chromium) start heavy processes for minutes: they run alone, after the
/// parallel tests, so they never starve the timing-sensitive ones (the time-limit tests in Hostile/BudgetTests saw
/// the watchdog fire under their load in CI).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EReadersRunAlone
{
    public const string Name = "E-readers";
}
