using System.Security.Cryptography;
using System.Text;
using Publish.Engine;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// Remembers what <c>publish watch</c> last printed for each manuscript (its outcome, diagnostics and input hashes)
/// and for the style, so an unchanged failure is printed once, not at every poll; any change prints it again.
/// </summary>
internal sealed class ShownOnce
{
    private readonly Dictionary<string, string> _last = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Whether this outcome differs from the one last printed for its manuscript (and records it).</summary>
    public bool IsNew(ManuscriptResult manuscript)
    {
        var text = new StringBuilder(manuscript.Succeeded ? "ok\n" : "failed\n");
        foreach (var diagnostic in manuscript.Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        foreach (var input in manuscript.Inputs.IsDefault ? [] : manuscript.Inputs)
        {
            text.Append(input.Path).Append(' ').Append(input.Sha256).Append('\n');
        }

        // A success is always news (the editions were rewritten); a failure only when something changed.
        return Record("manuscript " + manuscript.Source, text.ToString()) || manuscript.Succeeded;
    }

    /// <summary>Prints <paramref name="diagnostics"/> under <paramref name="key"/> unless they are what was printed last time.</summary>
    public void Print(string key, IReadOnlyCollection<Diagnostic> diagnostics, bool quiet)
    {
        if (Record(key, string.Join('\n', diagnostics)))
        {
            DiagnosticPrinter.Print(diagnostics, quiet);
        }
    }

    private bool Record(string key, string text)
    {
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        lock (_lock)
        {
            if (_last.TryGetValue(key, out var last) && string.Equals(last, digest, StringComparison.Ordinal))
            {
                return false;
            }

            _last[key] = digest;
            return true;
        }
    }
}
