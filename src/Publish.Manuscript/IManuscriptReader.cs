using Publish.Manuscript.Input;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Manuscript;

/// <summary>
/// Reads one dialect into the neutral model. Returns null only when an error was reported and no usable
/// document exists; a returned document may still come with errors (the engine then writes nothing).
/// Readers never throw on bad input and never touch files outside the manuscript's folder.
/// </summary>
public interface IManuscriptReader
{
    /// <param name="cancellation">Checked between reading steps (<see cref="ReadOptions.Cancellation"/>).</param>
    Document? Read(ManuscriptText text, DiagnosticBag diagnostics, CancellationToken cancellation = default);
}
