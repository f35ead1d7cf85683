using System.CommandLine;
using Publish.Engine;
using Publish.Model;
using Publish.Model.Blocks;

namespace Publish.Cli;

/// <summary><c>publish inspect FILE [--json]</c>: shows what the reader understood, without writing editions.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The manuscript to read." };
        var json = new Option<bool>("--json") { Description = "Print the reading as JSON (a stable shape for scripts)." };
        var common = new CommonOptions();
        var command = new Command("inspect", "Read a manuscript and show its metadata, notes, figures, bibliography and diagnostics.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var result = Publisher.Inspect(path, common.ReadingOptionsFrom(parse));
            DiagnosticPrinter.Print(result.Diagnostics);
            Console.Out.Write(parse.GetValue(json) ? result.ToJson() : Summary(result.Document));
            return result.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static string Summary(Document? document)
    {
        if (document is null)
        {
            return string.Empty;
        }

        var m = document.Metadata;
        return string.Join(
            "\n",
            $"title:        {m.Title}",
            $"authors:      {string.Join("; ", m.Authors)}",
            $"language:     {m.Language}",
            $"date:         {m.Date}",
            $"paragraphs:   {document.Body.OfType<ParagraphBlock>().Count()}",
            $"figures:      {document.Body.OfType<FigureBlock>().Count()}",
            $"notes:        {document.Notes.Length}",
            $"bibliography: {document.Bibliography.Length} entries",
            $"institution:  {document.Institution?.Lines.Length ?? 0} lines",
            string.Empty);
    }
}
