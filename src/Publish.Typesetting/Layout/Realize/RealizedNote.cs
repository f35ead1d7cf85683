using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>A note and the requests of its blocks (the first led by its number), set for the page foot.</summary>
internal sealed record RealizedNote(Note Note, ImmutableArray<int> Requests);
