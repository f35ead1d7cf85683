using System.Collections.Concurrent;
using Publish.Imaging;
using Publish.Manuscript.Input;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The checks of figure images (<see cref="ImageLocator.ResolveIn"/>, then <see cref="ImageInspector.Inspect(string)"/>),
/// made ahead on the other cores while this one converts the document. A check only reads the file system and reports
/// nothing, so making it early gives the answer making it at the figure would; the figure reports it. A figure whose
/// check has not started yet makes the check itself. A check the host started before the read
/// (<see cref="FigureImagesAhead"/>) is taken from there.
/// </summary>
internal sealed class FigureImageChecks
{
    private readonly Lazy<string> _realFolder;
    private readonly Dictionary<string, Lazy<FigureImageCheck>> _ahead = new(StringComparer.Ordinal);

    public FigureImageChecks(string folder) => _realFolder = new Lazy<string>(() => ImageLocator.RealFolder(folder));

    /// <summary>
    /// Starts the checks of <paramref name="references"/> (image references as written) on a thread-pool thread; once
    /// <paramref name="cancellation"/> is cancelled (the read was stopped) it starts no further check.
    /// </summary>
    public void StartAhead(IEnumerable<string> references, CancellationToken cancellation)
    {
        foreach (var reference in references)
        {
            _ahead.TryAdd(reference, new Lazy<FigureImageCheck>(() => Check(reference)));
        }

        var checks = _ahead.Values.ToList();
        if (checks.Count > 0)
        {
            // On as many cores as there are, taken in the document's order (no buffering: a worker takes the next
            // check when it is free), so the first figures are ready first. A photo's check is a complete walk of its
            // compressed data, milliseconds each; a book with sixty photos otherwise waited on one core for them.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            _ = Task.Run(() =>
            {
                Parallel.ForEach(Partitioner.Create(checks, EnumerablePartitionerOptions.NoBuffering), parallel, (check, loop) =>
                {
                    if (cancellation.IsCancellationRequested)
                    {
                        loop.Stop();
                        return;
                    }

                    _ = check.Value;
                });
            }, cancellation);
        }
    }

    public FigureImageCheck For(string reference) => _ahead.TryGetValue(reference, out var check) ? check.Value : Check(reference);

    private FigureImageCheck Check(string reference)
    {
        var lookup = ImageLocator.ResolveIn(_realFolder.Value, reference);
        return new FigureImageCheck(
            lookup,
            lookup.Status == ImageLookupStatus.Found ? FigureImagesAhead.Take(lookup.Path) ?? ImageInspector.Inspect(lookup.Path) : null);
    }
}

/// <summary>Where a figure's image reference leads and, when it leads to a file, what inspecting the file found.</summary>
internal sealed record FigureImageCheck(ImageLookup Lookup, ImageInspection? Inspection);
