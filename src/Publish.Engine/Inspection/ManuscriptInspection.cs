using System.Collections.Immutable;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Inspection;

/// <summary>What the reader understood of one manuscript (<see cref="Publisher.Inspect"/>): its document, if it could be read, and the diagnostics.</summary>
public sealed class ManuscriptInspection
{
    private readonly ReadResult _read;

    internal ManuscriptInspection(string source, ReadResult read)
    {
        Source = source;
        _read = read;
    }

    /// <summary>The manuscript's path as it was given.</summary>
    public string Source { get; }

    /// <summary>The document, or null when the manuscript could not be read at all.</summary>
    public Document? Document => _read.Document;

    public ImmutableArray<Diagnostic> Diagnostics => _read.Diagnostics;

    public bool HasErrors => _read.HasErrors;

    /// <summary>The <c>publish inspect --json</c> document, in the stable shape scripts rely on (<see cref="InspectionJson"/>).</summary>
    public string ToJson() => InspectionJson.Write(Source, _read);
}
