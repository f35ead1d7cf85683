using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Publish.Engine.Books;
using Publish.Model;

namespace Publish.Engine.Caching;

/// <summary>
/// The part of a book's cache key that is not a file's content: the build-wide key, everything the manifest says of
/// the book (its metadata, its parts in order and where they stand, since diagnostics replayed from the cache point
/// there), which parts are built alone in this build (their diagnostics are reported there instead), each part's
/// metadata override and, without a fixed build date, each part's modification time (the date may come from it).
/// </summary>
public static class BookBuildKey
{
    /// <param name="overrideOf">A part's metadata override fingerprint, empty for none.</param>
    public static string Of(string buildKey, BookEntry book, BuildRequest request, IReadOnlySet<string> builtAlone, Func<string, string> overrideOf)
    {
        var text = new StringBuilder(buildKey).Append('\n');
        Line(text, "book", book.Name, book.Title, book.Subtitle, string.Join('\u001f', book.Editors.IsDefault ? [] : book.Editors));
        Line(text, "imprint", book.Identifier?.Text, book.Publisher, book.Edition, book.Language, book.Alone ? "alone" : "not-alone");
        Line(text, "at", book.Span.File, Number(book.Span.Line), Number(book.Span.Column));
        Line(text, "output", Path.GetFullPath(request.OutputFolder));
        foreach (var part in book.Parts)
        {
            if (part.Path is not { } path)
            {
                Line(text, "section", part.Section, Number(part.Span.Line), Number(part.Span.Column));
                continue;
            }

            var full = Path.GetFullPath(path);
            var date = request.BuildDate is null ? File.GetLastWriteTimeUtc(full).Ticks.ToString(CultureInfo.InvariantCulture) : "fixed";
            Line(text, "part", full, Number(part.Span.Line), Number(part.Span.Column), builtAlone.Contains(full) ? "alone" : "book-only", overrideOf(path), date);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The key of one article's layout in a book, besides the folio it starts on: the build-wide key, its inputs (text and
    /// photos, by content), its metadata override, and what the book gives every article's layout: the build's date and
    /// the book's institution lines (the footer, whose height shapes the text area).
    /// </summary>
    public static string ForArticle(string buildKey, string path, IEnumerable<InputRecord> inputs, string overrideFingerprint, DateTimeOffset date, Institution? institution)
    {
        var text = new StringBuilder(buildKey).Append('\n');
        Line(text, "inputs", InputHasher.Key(string.Empty, Path.GetDirectoryName(Path.GetFullPath(path))!, inputs));
        Line(text, "override", overrideFingerprint);
        Line(text, "date", date.UtcTicks.ToString(CultureInfo.InvariantCulture));
        foreach (var line in institution?.Lines ?? [])
        {
            Line(text, "institution", line.Kind.ToString(), line.Text, line.Url, line.Span.File, Number(line.Span.Line), Number(line.Span.Column));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One line of the key's text; fields are separated by a control character no manifest value holds.</summary>
    private static void Line(StringBuilder text, string what, params string?[] fields) =>
        text.Append(what).Append('\u001e').Append(string.Join('\u001e', fields.Select(f => f ?? "\u0000"))).Append('\n');
}
