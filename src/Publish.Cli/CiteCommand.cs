using System.CommandLine;
using Publish.Engine.Citing;

namespace Publish.Cli;

/// <summary>
/// <c>publish cite --csl STYLE --items FILE [--citations FILE.json] [--locale LANG] [--format text|html]</c>
/// (issue 21): prints each citation (one per line, in order) and then the bibliography, one entry per line, for
/// authors trying a style and for tests. STYLE is a .csl file or the name of a shipped style.
/// </summary>
internal static class CiteCommand
{
    public static Command Create()
    {
        var csl = new Option<string>("--csl") { Description = "A CSL style file, or a shipped style's name (chicago-notes-bibliography).", Required = true };
        var items = new Option<string>("--items") { Description = "The references: a CSL-JSON (.json), CSL-YAML (.yaml, .yml) or BibTeX/BibLaTeX (.bib) file.", Required = true };
        var citations = new Option<string?>("--citations") { Description = "citeproc-js citation objects (JSON); without it every item is cited once." };
        var locale = new Option<string?>("--locale") { Description = "The language to cite in (en-US, tr-TR, …); default: the style's." };
        var format = new Option<string>("--format") { Description = "text or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html");
        var command = new Command("cite", "Render citations and a bibliography with a CSL style.");
        command.Options.Add(csl);
        command.Options.Add(items);
        command.Options.Add(citations);
        command.Options.Add(locale);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var result = Citer.Cite(new CiteRequest(parse.GetValue(csl)!, parse.GetValue(items)!, parse.GetValue(citations), parse.GetValue(locale), parse.GetValue(format) == "html"));
            DiagnosticPrinter.Print(result.Diagnostics);
            if (!result.Succeeded)
            {
                return ExitCodes.InputErrors;
            }

            foreach (var line in result.Citations)
            {
                Console.Out.WriteLine(line);
            }

            if (result.Bibliography.Count > 0)
            {
                Console.Out.WriteLine();
                foreach (var line in result.Bibliography)
                {
                    Console.Out.WriteLine(line);
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
