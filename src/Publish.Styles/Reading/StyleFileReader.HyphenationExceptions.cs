using System.Collections.Immutable;
using System.Text;
using Publish.Model;
using Publish.Model.Input;
using Publish.Model.Text;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>
/// <c>hyphenation.exceptions</c>: language tag → a file of words or a list of words, each written with hyphens where
/// it may break (TeX's <c>\hyphenation{Ka-zakh-stan}</c>). Without the key, the shipped lists beside the style
/// (<c>hyphenation/exceptions-en.txt</c>) are used, as the shipped patterns are.
/// </summary>
internal sealed partial class StyleFileReader
{
    /// <summary>1 MiB: a list of a hundred thousand words; larger is not an exception list.</summary>
    private const long MaxExceptionFileBytes = 1024 * 1024;

    private ImmutableDictionary<string, ImmutableArray<string>> ReadHyphenationExceptions(StyleNode? node)
    {
        var exceptions = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        if (node is null)
        {
            foreach (var (language, file) in HouseStyleDefaults.HyphenationExceptions)
            {
                var path = Path.GetFullPath(file, context.StyleDirectory);
                if (InputFile.Examine(path).IsRegular && ExceptionFile(path, SourceSpan.WholeFile(context.StyleFile), $"built-in hyphenation exceptions for '{language}'") is { } words)
                {
                    exceptions[language] = words;
                }
            }

            return exceptions.ToImmutable();
        }

        if (node is not MappingNode mapping)
        {
            context.Error(StyleDiagnosticCodes.WrongType, node, $"hyphenation.exceptions must be a mapping of language tags to a file or a list of words, not {node.KindName}");
            return exceptions.ToImmutable();
        }

        foreach (var entry in mapping.Entries)
        {
            var language = entry.Key.Value.Trim();
            var what = $"hyphenation.exceptions.{language}";
            if (!LanguageTag.IsWellFormed(language))
            {
                context.Error(StyleDiagnosticCodes.InvalidChoice, entry.Key, $"hyphenation.exceptions key '{language}' is not a language tag such as en or en-GB");
            }
            else if (exceptions.ContainsKey(language))
            {
                context.Error(StyleDiagnosticCodes.DuplicateKey, entry.Key, $"hyphenation exceptions for '{language}' are given twice");
            }
            else if (entry.Value is SequenceNode list)
            {
                var words = ImmutableArray.CreateBuilder<string>();
                foreach (var item in list.Items)
                {
                    if (context.NonEmptyText(item, what) is { } word && ValidWord(word.Trim(), context.SpanOf(item), what))
                    {
                        words.Add(word.Trim());
                    }
                }

                exceptions[language] = words.ToImmutable();
            }
            else if (context.ExistingFile(entry.Value, what, StyleDiagnosticCodes.HyphenationPatternFileMissing) is { } path
                && ExceptionFile(path, context.SpanOf(entry.Value), what) is { } words)
            {
                exceptions[language] = words;
            }
        }

        return exceptions.ToImmutable();
    }

    /// <summary>The words of an exception file (UTF-8, separated by white space, <c>%</c> or <c>#</c> to the line's end a comment); null when unreadable.</summary>
    private ImmutableArray<string>? ExceptionFile(string path, SourceSpan at, string what)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(InputFile.ReadAllBytes(path, MaxExceptionFileBytes, "hyphenation exception file"));
        }
        catch (Exception e) when (e is InputFileException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            // The reason, never the file's content: a wrong path must not put a secret in the log.
            context.Error(StyleDiagnosticCodes.HyphenationExceptionInvalid, at, $"{what} cannot be used: {(e is DecoderFallbackException ? "it is not UTF-8 text" : e is InputFileException refused ? refused.Message : "it cannot be read")}");
            return null;
        }

        var words = ImmutableArray.CreateBuilder<string>();
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            var comment = line.IndexOfAny(['%', '#']);
            var content = comment >= 0 ? line[..comment] : line;
            var column = 0;
            foreach (var word in content.Split([' ', '\t', '\r'], StringSplitOptions.None))
            {
                if (word.Length > 0 && ValidWord(word, new SourceSpan(path, l + 1, column + 1), what))
                {
                    words.Add(word);
                }

                column += word.Length + 1;
            }
        }

        return words.ToImmutable();
    }

    /// <summary>An exception is letters with single hyphens between them; anything else is reported where it stands.</summary>
    private bool ValidWord(string word, SourceSpan at, string what)
    {
        var valid = word.Length > 0 && char.IsLetter(word[0]) && char.IsLetter(word[^1]) && !word.Contains("--", StringComparison.Ordinal)
            && word.All(c => char.IsLetter(c) || c == '-');
        if (!valid)
        {
            context.Error(StyleDiagnosticCodes.HyphenationExceptionInvalid, at, $"{what}: '{(word.Length > 40 ? word[..40] + "…" : word)}' is not a word with hyphens where it may break, such as Ka-zakh-stan");
        }

        return valid;
    }
}
