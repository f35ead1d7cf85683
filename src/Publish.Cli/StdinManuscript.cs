using System.Text;
using Publish.Engine;
using Publish.Model;
using Publish.Model.Diagnostics;

namespace Publish.Cli;

/// <summary>
/// <c>publish build -</c>: the manuscript comes from standard input. It is copied into a private folder of its own
/// under the system's temporary folder and built from there, so the engine reads it as any file (size limit,
/// encoding, dialect) and its diagnostics are shown at <c>&lt;stdin&gt;:line:column</c>.
/// <para>
/// That private folder is the manuscript's folder, and it holds nothing else: a figure the text names is reported
/// missing, never looked up in the working folder. Text piped in may come from anywhere (a web form, another
/// program), and a manuscript may only read what lies in its own folder (DESIGN.md, "what never passes into an
/// edition"): taking the working folder instead would let such text pull in whatever files sit where the command
/// happens to run. A manuscript with figures is built from its file.
/// </para>
/// </summary>
internal sealed class StdinManuscript : IDisposable
{
    /// <summary>The argument that names standard input, as in Pandoc, Typst and most Unix tools.</summary>
    public const string Argument = "-";

    /// <summary>How diagnostics name the manuscript (as compilers name standard input).</summary>
    public const string ShownName = "<stdin>";

    /// <summary>The largest manuscript read (the reader's own limit, InputDiagnosticLimits.MaxManuscriptBytes).</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    private readonly string _folder;

    private StdinManuscript(string folder, string path)
    {
        _folder = folder;
        Path = path;
    }

    /// <summary>The private copy the engine builds.</summary>
    public string Path { get; }

    /// <summary>
    /// Copies <paramref name="input"/> into a private file named <c>stdin.md</c> or <c>stdin.txt</c>, by
    /// <paramref name="dialect"/> or, when none is given, by <see cref="Sniff"/>; null (after the error) when it
    /// cannot be read or is larger than a manuscript may be.
    /// </summary>
    public static StdinManuscript? Read(Stream input, ManuscriptDialect? dialect, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = input.Read(chunk)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    diagnostics.Error(CliDiagnosticCodes.StdinRefused, SourceSpan.WholeFile(ShownName), $"standard input is larger than a manuscript may be ({MaxBytes / (1024 * 1024)} MB); nothing was built");
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (IOException e)
        {
            diagnostics.Error(CliDiagnosticCodes.StdinRefused, SourceSpan.WholeFile(ShownName), $"standard input cannot be read: {e.Message}; nothing was built");
            return null;
        }

        var extension = (dialect ?? Sniff(bytes)) == ManuscriptDialect.Markdown ? ".md" : ".txt";
        var folder = Directory.CreateTempSubdirectory("publish-stdin-").FullName;
        var path = System.IO.Path.Combine(folder, "stdin" + extension);
        File.WriteAllBytes(path, bytes);
        return new StdinManuscript(folder, path);
    }

    /// <summary>
    /// The dialect of text given without <c>--dialect</c>: Markdown when it opens with YAML front matter (<c>---</c>)
    /// or has an ATX heading (<c># Title</c>) at the start of a line; else legacy. A Markdown manuscript needs one of
    /// the two for its title (PUB1401), and the legacy export writes neither (its title is a bare first line). Note
    /// definitions do not tell them apart: the legacy export writes <c>[^2]: text</c> too.
    /// </summary>
    public static ManuscriptDialect Sniff(ReadOnlySpan<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1 << 20)]).TrimStart('\uFEFF');
        if (text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return ManuscriptDialect.Markdown;
        }

        foreach (var line in text.Split('\n'))
        {
            var hashes = line.Length - line.TrimStart('#').Length;
            if (hashes is >= 1 and <= 6 && line.Length > hashes && line[hashes] == ' ')
            {
                return ManuscriptDialect.Markdown;
            }
        }

        return ManuscriptDialect.Legacy;
    }

    /// <summary>The result with every mention of the private copy shown as <see cref="ShownName"/>.</summary>
    public ManuscriptResult Shown(ManuscriptResult manuscript) => manuscript with
    {
        Source = ShownName,
        Diagnostics = [.. manuscript.Diagnostics.Select(Shown)],
    };

    /// <summary>The diagnostic named at <see cref="ShownName"/> when it is about the private copy.</summary>
    public Diagnostic Shown(Diagnostic diagnostic) =>
        string.Equals(diagnostic.Span.File, Path, StringComparison.Ordinal) ? diagnostic with { Span = diagnostic.Span with { File = ShownName } } : diagnostic;

    /// <summary>Removes the private copy and its folder (this build's own).</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left under the system's temporary folder, which is the system's to clean.
        }
    }
}
