using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Publish.Engine.Books;
using Publish.Model;
using Publish.Model.Diagnostics;
using Publish.Model.Text;
using YamlDotNet.RepresentationModel;

namespace Publish.Engine.Manifests;

/// <summary>
/// The manifest's <c>books:</c> list (issue 20). Each book is checked whole and every problem reported at its node.
/// Decisions: a part listed twice in one book is an error (it would print the same article twice, with the same
/// anchors); a manuscript in two books is allowed (an article reprinted in an annual volume) and is read once per book.
/// </summary>
internal sealed partial class ManifestReading
{
    private ImmutableArray<BookEntry> ReadBooks(YamlNode value)
    {
        if (value is not YamlSequenceNode sequence)
        {
            Error(At(value).Line, At(value).Column, "'books' must be a list of books, each a mapping with name, title and parts", EngineDiagnosticCodes.BookInvalid);
            return [];
        }

        var books = ImmutableArray.CreateBuilder<BookEntry>();
        var names = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in sequence.Children)
        {
            if (entry is not YamlMappingNode mapping)
            {
                Error(At(entry).Line, At(entry).Column, "a book is a mapping with name, title and parts", EngineDiagnosticCodes.BookInvalid);
                continue;
            }

            if (ReadBook(mapping) is not { } book)
            {
                continue;
            }

            // Case-insensitively: on a case-insensitive file system Review.pdf and review.pdf are one file.
            if (names.TryGetValue(book.Name, out var first))
            {
                Error(book.Span.Line, book.Span.Column, $"a second book named '{book.Name}' (the first is at line {first.Line}): their editions would overwrite each other; rename one", EngineDiagnosticCodes.BookNameRepeated);
                continue;
            }

            names[book.Name] = book.Span;
            books.Add(book);
        }

        return books.ToImmutable();
    }

    private BookEntry? ReadBook(YamlMappingNode mapping)
    {
        string? name = null, title = null;
        var span = Span(mapping);
        var book = new BookEntry(string.Empty, string.Empty, [], span);
        var parts = ImmutableArray<BookEntryPart>.Empty;
        var sawParts = false;
        var failed = false;
        foreach (var (keyNode, value) in mapping.Children)
        {
            switch (KeyOf(keyNode, BookEntry.Keys, "book"))
            {
                case "name":
                    name = BookName(value);
                    span = Span(value);
                    failed |= name is null;
                    break;
                case "title":
                    title = Text(value, "title", "the book's title");
                    failed |= title is null;
                    break;
                case "subtitle":
                    book = book with { Subtitle = Text(value, "subtitle", "a line of text") };
                    break;
                case "editors":
                    book = book with { Editors = Names(value) };
                    break;
                case "identifier":
                    var identifier = Identifier(value);
                    failed |= identifier is null;
                    book = book with { Identifier = identifier };
                    break;
                case "publisher":
                    book = book with { Publisher = Text(value, "publisher", "the publisher's name") };
                    break;
                case "edition":
                    book = book with { Edition = Text(value, "edition", "a line of text, e.g. Second edition") };
                    break;
                case "language":
                    if (Text(value, "language", "a BCP 47 language tag such as en or tr") is { } language)
                    {
                        var (tag, warning) = MetadataChecks.Language(language, "the first article's language is used");
                        Warn(DiagnosticCodes.InvalidLanguageTag, At(value), warning);
                        book = book with { Language = tag };
                    }

                    break;
                case "alone":
                    if (Boolean(value) is { } alone)
                    {
                        book = book with { Alone = alone };
                    }

                    break;
                case "parts":
                    sawParts = true;
                    parts = Parts(value);
                    break;
            }
        }

        var at = At(mapping);
        if (name is null && !failed)
        {
            Error(at.Line, at.Column, "a book needs 'name: NAME' (its editions are OUTPUT/NAME.pdf and OUTPUT/NAME.epub)", EngineDiagnosticCodes.BookInvalid);
        }

        if (title is null && !failed)
        {
            Error(at.Line, at.Column, $"the book{(name is null ? string.Empty : $" '{name}'")} needs 'title: …' (printed on its title page)", EngineDiagnosticCodes.BookInvalid);
        }

        if (!sawParts)
        {
            Error(at.Line, at.Column, $"the book{(name is null ? string.Empty : $" '{name}'")} needs 'parts:', the list of its manuscripts in reading order", EngineDiagnosticCodes.BookInvalid);
        }
        else if (parts.All(p => p.Path is null))
        {
            Error(at.Line, at.Column, $"the book{(name is null ? string.Empty : $" '{name}'")} has no manuscript among its parts", EngineDiagnosticCodes.BookInvalid);
        }

        return name is null || title is null || failed ? null : book with { Name = name, Title = title, Parts = parts, Span = span };
    }

    private ImmutableArray<BookEntryPart> Parts(YamlNode value)
    {
        if (value is not YamlSequenceNode sequence)
        {
            Error(At(value).Line, At(value).Column, "'parts' must be a list of manuscript files (and '- section: Title' entries)", EngineDiagnosticCodes.BookInvalid);
            return [];
        }

        var parts = ImmutableArray.CreateBuilder<BookEntryPart>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } relative }:
                    var full = Path.GetFullPath(Path.Combine(_folder, relative));
                    if (seen.TryGetValue(full, out var first))
                    {
                        Error(At(item).Line, At(item).Column, $"'{relative}' is already a part of this book (line {first.Line}); a book prints each article once", EngineDiagnosticCodes.BookPartRepeated);
                        continue;
                    }

                    seen[full] = Span(item);
                    parts.Add(new BookEntryPart(Named(Path.Combine(_folder, relative), item), null, Span(item)));
                    break;
                case YamlMappingNode mapping:
                    string? section = null;
                    foreach (var (keyNode, title) in mapping.Children)
                    {
                        if (KeyOf(keyNode, BookEntry.PartKeys, "part") is "section")
                        {
                            section = Text(title, "section", "the title of a part, e.g. Book reviews");
                        }
                    }

                    if (section is not null)
                    {
                        parts.Add(new BookEntryPart(null, section, Span(mapping)));
                    }
                    else if (mapping.Children.Count == 0)
                    {
                        Error(At(item).Line, At(item).Column, "a part is a manuscript file or '- section: Title'", EngineDiagnosticCodes.BookInvalid);
                    }

                    break;
                default:
                    Error(At(item).Line, At(item).Column, "a part is a manuscript file or '- section: Title'", EngineDiagnosticCodes.BookInvalid);
                    break;
            }
        }

        return parts.ToImmutable();
    }

    /// <summary>
    /// The book's name when it is safe as a file name everywhere: letters, digits, '-', '_' and '.', starting with a
    /// letter or digit (no folder separators, no '..', nothing a shell or Windows treats specially), at most 100 characters.
    /// </summary>
    private string? BookName(YamlNode value)
    {
        if (Text(value, "name", "the editions' file name, e.g. review-48") is not { } name)
        {
            return null;
        }

        if (!SafeName().IsMatch(name) || name.EndsWith('.') || ReservedNames.Contains(name.Split('.')[0].ToUpperInvariant()))
        {
            var shown = name.Length > 40 ? name[..40] + "…" : name;
            Error(At(value).Line, At(value).Column, $"the book name '{shown}' is not a safe file name: use letters, digits, '-', '_' and '.', starting with a letter or digit (e.g. review-48)", EngineDiagnosticCodes.BookInvalid);
            return null;
        }

        return name;
    }

    /// <summary>Names Windows keeps for devices: an edition called <c>con.pdf</c> cannot be made there.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private BookIdentifier? Identifier(YamlNode value)
    {
        if (Text(value, "identifier", "an ISBN or ISSN, e.g. \"ISSN 2146-5665\"") is not { } text)
        {
            return null;
        }

        var identifier = BookIdentifier.Parse(text, out var problem);
        if (identifier is null)
        {
            Error(At(value).Line, At(value).Column, problem!, EngineDiagnosticCodes.BookIdentifierInvalid);
        }

        return identifier;
    }

    /// <summary><c>[A, B]</c> or one name.</summary>
    private ImmutableArray<string> Names(YamlNode value)
    {
        var items = value is YamlSequenceNode list ? list.Children.ToList() : [value];
        return [.. items.Select(item => Text(item, "editors", "a name or a list of names")).OfType<string>()];
    }

    private bool? Boolean(YamlNode value)
    {
        if (value is YamlScalarNode { Value: { } text })
        {
            if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        Error(At(value).Line, At(value).Column, "'alone' takes true (the parts are built alone as well, the default) or false", EngineDiagnosticCodes.BookInvalid);
        return null;
    }

    private SourceSpan Span(YamlNode node)
    {
        var at = At(node);
        return new SourceSpan(path, at.Line, at.Column);
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();
}
