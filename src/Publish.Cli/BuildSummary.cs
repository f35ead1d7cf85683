using System.Globalization;
using Publish.Engine;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// The closing line of a build (on stderr, beside the diagnostics it counts, so stdout stays the list of what was
/// written): <c>Built 12 manuscripts (24 editions) in 3.2 s; 2 warnings, 0 errors</c>. After a long archive build the
/// per-manuscript lines have scrolled away; this says at a glance whether everything went through, as compilers and
/// test runners end.
/// </summary>
internal static class BuildSummary
{
    public static string Line(BuildResult result, TimeSpan elapsed)
    {
        var all = result.Manuscripts.Length;
        var built = result.Manuscripts.Count(m => m.Succeeded);
        var upToDate = result.Manuscripts.Count(m => m.Succeeded && m.FromCache);
        var editions = result.Manuscripts.Sum(m => m.Outputs.Length);
        var diagnostics = result.Manuscripts.SelectMany(m => m.Diagnostics).Concat(result.BuildDiagnostics).ToList();
        var which = built == all ? Count(all, "manuscript") : string.Create(CultureInfo.InvariantCulture, $"{built} of {Count(all, "manuscript")}");
        if (!result.Books.IsEmpty)
        {
            // Books of the manifest (issue 20): "Built 5 manuscripts and 1 book (12 editions) …", or "0 of 1 book".
            var booksBuilt = result.Books.Count(b => b.Succeeded);
            which += " and " + (booksBuilt == result.Books.Length ? Count(booksBuilt, "book") : string.Create(CultureInfo.InvariantCulture, $"{booksBuilt} of {Count(result.Books.Length, "book")}"));
            editions += result.Books.Sum(b => b.Outputs.Length);
            diagnostics.AddRange(result.Books.SelectMany(b => b.Diagnostics));
        }

        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var cached = upToDate > 0 ? string.Create(CultureInfo.InvariantCulture, $", {upToDate} up to date") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"Built {which} ({Count(editions, "edition")}{cached}) in {elapsed.TotalSeconds:0.0} s; {Count(warnings, "warning")}, {Count(errors, "error")}");
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? string.Empty : "s")}");
}
