using System.Collections.Immutable;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Importing;

/// <summary>What a <see cref="Publisher.Import"/> did, with every diagnostic in the order it was found (the reading's first).</summary>
public sealed record ImportResult(ImportOutcome Outcome, ImmutableArray<Diagnostic> Diagnostics);
