using System.CommandLine;
using Publish.Engine;
using Publish.Model;

namespace Publish.Cli;

/// <summary>Options shared by the commands that read manuscripts.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Dialect { get; } = new("--dialect", "--from")
    {
        Description = "Manuscript dialect: markdown or legacy (default: by extension, .md → markdown, .txt → legacy; for standard input, markdown when it has front matter, # headings or [^note] definitions).",
    };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "Text encoding of the manuscript when it is not UTF-8, e.g. windows-1254.",
    };

    public CommonOptions()
    {
        Dialect.AcceptOnlyFromAmong("markdown", "legacy");
        Encoding.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && EncodingNames.Find(result.Tokens[0].Value) is null)
            {
                var name = result.Tokens[0].Value;
                result.AddError(
                    $"--encoding: '{(name.Length > 40 ? name[..40] + "…" : name)}' is not an encoding a manuscript can be read in " +
                    $"(it must be one .NET provides and read ASCII as ASCII; UTF-7, UTF-16 and UTF-32 are not); accepted: {string.Join(", ", EncodingNames.Accepted)}");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Dialect);
        command.Options.Add(Encoding);
    }

    public ReadingOptions ReadingOptionsFrom(ParseResult parse)
    {
        ManuscriptDialect? dialect = parse.GetValue(Dialect) switch
        {
            "markdown" => ManuscriptDialect.Markdown,
            "legacy" => ManuscriptDialect.Legacy,
            _ => null,
        };
        return new ReadingOptions(dialect, parse.GetValue(Encoding));
    }
}
