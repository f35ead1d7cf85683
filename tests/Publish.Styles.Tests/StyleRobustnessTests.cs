using CsCheck;

namespace Publish.Styles.Tests;

/// <summary>Bad input of any shape becomes diagnostics, never an exception, and a style comes back exactly when there are no errors.</summary>
public sealed class StyleRobustnessTests
{
    /// <summary>Fragments that make YAML structure and style keys, so random text reaches deep into the reader.</summary>
    private static readonly string[] Fragments =
    [
        "\n", "\n  ", "\n    ", "\n- ", ": ", "- ", "{", "}", "[", "]", ", ", "\"", "'", "#", "&a ", "*a", "!t ", "---\n", "? ", "|\n", "\t", "\0", "\\", "%",
        "page", "size", "margins", "A4", "width", "height", "top", "fonts", "Noto Serif", "regular", "fonts/NotoSerif-Regular.ttf", "../x",
        "text", "body", "family", "face", "bold", "leading", "align", "first-line-indent", "color", "\"#abc\"", "footer", "lines", "rule", "none",
        "page-number", "{page}", "{pages}", "hyphenation", "patterns", "en", "min-left", "epub", "notes", "embed-fonts", "yes",
        "11pt", "1em", "-3mm", "1e309", "0", "99999in", "İ", "ş", "\u2028", "\uFEFF",
    ];

    [Fact]
    public void Random_style_files_never_throw_and_fail_exactly_when_an_error_is_reported()
    {
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 60]
            .Select(parts => string.Concat(parts))
            .Sample(
                yaml =>
                {
                    var result = StyleFixture.ParseSnippet(yaml);
                    var hasErrors = result.Diagnostics.Any(d => d.Severity == Publish.Model.Diagnostics.DiagnosticSeverity.Error);
                    return result.Succeeded != hasErrors && result.Diagnostics.All(d => d.Code.StartsWith("PUB2", StringComparison.Ordinal));
                },
                iter: 5_000);
    }
}
