using System.Collections.Immutable;
using Publish.Typesetting.Flow;

namespace Publish.Typesetting.Layout.Assemble;

/// <summary>
/// The vertical flow for page composition, and the structure tree its lines are tagged into (page composition adds
/// each link's element as it places the link).
/// </summary>
internal sealed record AssembledFlow(ImmutableArray<FlowElement> Elements, StructureBuilder Structure);
