using System.CommandLine;
using System.Globalization;
using Publish.Engine;
using Publish.Engine.Output;

namespace Publish.Cli;

/// <summary><c>publish build [PATH…] -o DIR</c>: writes the PDF and EPUB editions of every manuscript found.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Manuscript files or folders (searched recursively for .md and .txt). Default: manuscript/",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the editions.", DefaultValueFactory = _ => "output" };
        var style = new Option<string?>("--style") { Description = "House style YAML file (default: the institute's style shipped with Publish)." };
        var formats = new Option<string>("--format") { Description = "Editions to write: pdf, epub or both (pdf,epub).", DefaultValueFactory = _ => "pdf,epub" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only warnings and errors." };
        var common = new CommonOptions();
        var command = new Command("build", "Build the PDF and EPUB editions of manuscripts.");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(style);
        command.Options.Add(formats);
        command.Options.Add(strict);
        command.Options.Add(quiet);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            DateTimeOffset? buildDate;
            try
            {
                buildDate = BuildClock.FromEnvironmentValue(Environment.GetEnvironmentVariable(BuildClock.Variable));
            }
            catch (FormatException e)
            {
                Console.Error.WriteLine($"publish: {e.Message}");
                return ExitCodes.Usage;
            }

            if (!TryParseFormats(parse.GetValue(formats)!, out var requested))
            {
                Console.Error.WriteLine("publish: --format takes pdf, epub or pdf,epub");
                return ExitCodes.Usage;
            }

            var inputs = parse.GetValue(paths) is { Length: > 0 } given ? given : ["manuscript"];
            var request = new BuildRequest(inputs, parse.GetValue(output)!, parse.GetValue(style), common.ReadOptionsFrom(parse), requested, buildDate, parse.GetValue(strict));
            var styleDiagnostics = new Model.Diagnostics.DiagnosticBag();
            var houseStyle = StyleResolver.Load(request.StylePath, styleDiagnostics);
            DiagnosticPrinter.Print(styleDiagnostics.ToImmutableSorted(), parse.GetValue(quiet));
            if (houseStyle is null)
            {
                return ExitCodes.InputErrors;
            }

            var publisher = Publisher.Create(houseStyle);
            var result = publisher.Build(request);
            Report(result, publisher.Available, parse.GetValue(quiet));
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.InputErrors;
        });
        return command;
    }

    private static void Report(BuildResult result, EditionFormats available, bool quiet)
    {
        DiagnosticPrinter.Print(result.BuildDiagnostics, quiet);
        foreach (var manuscript in result.Manuscripts)
        {
            DiagnosticPrinter.Print(manuscript.Diagnostics, quiet);
            if (quiet)
            {
                continue;
            }

            var status = manuscript.Succeeded ? "ok" : "FAILED";
            var document = manuscript.Document;
            var what = document is null
                ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $" — \"{document.Metadata.Title}\", {document.Notes.Length} notes, {document.Bibliography.Length} bibliography entries");
            Console.Out.WriteLine($"{status}: {manuscript.Source}{what}");
            foreach (var edition in manuscript.Outputs)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrote {edition.Path} ({edition.Bytes:N0} bytes)"));
            }

            foreach (var missing in new[] { EditionFormats.Pdf, EditionFormats.Epub }.Where(f => manuscript.Unavailable.HasFlag(f)))
            {
                Console.Out.WriteLine($"  {missing.ToString().ToUpperInvariant()} edition: not yet available in this version of Publish");
            }
        }

        _ = available;
    }

    private static bool TryParseFormats(string text, out EditionFormats formats)
    {
        formats = EditionFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToUpperInvariant())
            {
                case "PDF":
                    formats |= EditionFormats.Pdf;
                    break;
                case "EPUB":
                    formats |= EditionFormats.Epub;
                    break;
                default:
                    return false;
            }
        }

        return formats != EditionFormats.None;
    }
}
