using Publish.Model.Input;

namespace Publish.Styles.Reading;

/// <summary>
/// Checks, when the style is loaded, that a hyphenation pattern file can be used: a regular file within
/// <see cref="MaxPatternFileBytes"/> whose first line says <c>UTF-8</c> (the only encoding the hyphenator reads).
/// Only the first bytes are read. Found here, a wrong path (<c>/etc/shadow</c>, <c>/dev/zero</c>) is an error at
/// the style's line instead of a hang, a memory blow-up or a log line quoting the file during typesetting; the
/// reason never quotes the file's content.
/// </summary>
public static class PatternFileCheck
{
    /// <summary>8 MiB: the largest pattern files in use (hyph-utf8's, LibreOffice's) are under 1 MiB; the shipped German one is 0.26 MiB.</summary>
    public const long MaxPatternFileBytes = 8L * 1024 * 1024;

    /// <summary>Why the file at <paramref name="path"/> cannot be used as hyphenation patterns, or null when it can.</summary>
    public static string? Problem(string path)
    {
        try
        {
            using var file = InputFile.OpenRegular(path, MaxPatternFileBytes, "hyphenation pattern file", out var length);
            Span<byte> head = stackalloc byte[16];
            var read = RandomAccess.Read(file, head[..(int)Math.Min(head.Length, length)], 0);
            var first = head[..read];
            if (first.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                first = first[3..];
            }

            var declaresUtf8 = first.Length >= 5
                && System.Text.Ascii.EqualsIgnoreCase(first[..5], "UTF-8"u8)
                && (first.Length == 5 || first[5] is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t');
            return declaresUtf8 ? null : "it is not a hyphenation pattern file (its first line must be UTF-8)";
        }
        catch (InputFileException refused)
        {
            return refused.Message;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "it cannot be read: input/output error";
        }
    }
}
