using System.Collections.Immutable;

namespace Publish.Typesetting.Flow;

public sealed record Composition(ImmutableArray<ComposedPage> Pages, ImmutableArray<CompositionIssue> Issues);
