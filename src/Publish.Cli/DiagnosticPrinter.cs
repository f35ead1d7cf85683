using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>Prints diagnostics on stderr in the compiler format editors and CI logs recognise.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool quiet = false)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (quiet && diagnostic.Severity == DiagnosticSeverity.Info)
            {
                continue;
            }

            Console.Error.WriteLine(diagnostic.ToString());
        }
    }
}
