using System.Globalization;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Engine.Budget;

/// <summary>
/// One manuscript stopped by its budget: which limit, in which stage, after how long, with how much memory in
/// use (for the memory limit), and whether a check point stopped it (the other manuscripts go on) or the watchdog
/// (the stage never reached a check point; the process ends), and how far typesetting had got when it was the
/// stage. Reported as PUB7008 (time) or PUB7009 (memory). <see cref="Decoding"/> names the image (and its pixel
/// bytes) whose decode was refused before it could allocate, when that is what stopped it.
/// </summary>
public sealed record BudgetOverrun(string Source, BuildBudget Budget, BudgetLimit Limit, BuildStage Stage, TimeSpan Elapsed, long? ProcessBytes, bool ByWatchdog, TypesetProgress? Typeset = null, (string Image, long Bytes)? Decoding = null)
{
    public string Code => Limit == BudgetLimit.Time ? EngineDiagnosticCodes.TimeLimitExceeded : EngineDiagnosticCodes.MemoryLimitExceeded;

    /// <summary>
    /// The error at line 1, column 1: the manuscript as a whole ran over, and scripts and editors parse
    /// <c>file:line:column:</c> (a diagnostic without a line prints no position).
    /// </summary>
    public Diagnostic ToDiagnostic()
    {
        var stopped = ByWatchdog
            ? string.Create(CultureInfo.InvariantCulture, $"stopped by the watchdog after {Seconds(Elapsed)} while {Describe(Stage)}{Progress()}, a stage that never reached a check point")
            : string.Create(CultureInfo.InvariantCulture, $"stopped after {Seconds(Elapsed)} while {Describe(Stage)}{Progress()}");
        var message = Limit switch
        {
            BudgetLimit.Time => string.Create(CultureInfo.InvariantCulture, $"{stopped}: over its time limit of {Seconds(Budget.TimeLimit)} per manuscript (raise it with --time-limit SECONDS; 0 = no limit); no edition written"),
            BudgetLimit.Memory when ProcessBytes is { } used && Decoding is { } image => string.Create(CultureInfo.InvariantCulture, $"{stopped}: decoding image '{image.Image}' ({Megabytes(image.Bytes)} of pixels) would take the process to {Megabytes(used)}, over its memory limit of {Megabytes(Budget.MemoryLimitBytes)} (raise it with --memory-limit MB, or make the image smaller; 0 = no limit); no edition written"),
            BudgetLimit.Memory when ProcessBytes is { } used => string.Create(CultureInfo.InvariantCulture, $"{stopped}: the process used {Megabytes(used)}, over its memory limit of {Megabytes(Budget.MemoryLimitBytes)} (raise it with --memory-limit MB, or build fewer manuscripts at once with --jobs; 0 = no limit); no edition written"),
            BudgetLimit.Memory => $"{stopped}: the process ran out of memory (build fewer manuscripts at once with --jobs, or give it more memory); no edition written",
            _ => throw new InvalidOperationException($"Unknown budget limit {Limit}."),
        };
        return Diagnostic.Error(Code, new SourceSpan(Source, 1, 1), message);
    }

    private string Progress() => Typeset is { Line: > 0 } progress
        ? string.Create(CultureInfo.InvariantCulture, $" ({progress.Share * 100:0} % of the body set, through line {progress.Line})")
        : string.Empty;

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.0##} s");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)BuildBudget.Megabyte:0.#} MB");

    private static string Describe(BuildStage stage) => stage switch
    {
        BuildStage.Starting => "starting",
        BuildStage.Reading => "reading the manuscript",
        BuildStage.Typesetting => "typesetting",
        BuildStage.WritingPdf => "writing the PDF",
        BuildStage.WritingEpub => "writing the EPUB",
        _ => throw new InvalidOperationException($"Unknown build stage {stage}."),
    };
}
