using System.Diagnostics;

namespace Publish.Engine.Tests.Cli;

/// <summary>Runs the real <c>publish</c> with bytes on its standard input (<see cref="PublishProcess"/> gives it none).</summary>
internal static class CliProcess
{
    public static PublishProcess.Outcome RunWithInput(string workingDirectory, byte[] input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publish.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["SOURCE_DATE_EPOCH"] = "1700000000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("publish did not finish in 120 s");
        }

        return new PublishProcess.Outcome(process.ExitCode, output.Result, error.Result);
    }
}
