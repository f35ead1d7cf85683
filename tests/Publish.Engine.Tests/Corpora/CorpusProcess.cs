namespace Publish.Engine.Tests.Corpora;

/// <summary>
/// Runs <c>publish</c> over a corpus with a longer watchdog than <see cref="PublishProcess.Run(string[])"/>'s 120 s: a
/// batch of 655 manuscripts takes seconds on a quiet machine but far longer on a loaded one, and a timeout there would
/// report the machine, not the build.
/// </summary>
internal static class CorpusProcess
{
    private const int TimeoutMilliseconds = 900_000;

    public static PublishProcess.Outcome Run(string workingDirectory, params string[] arguments)
    {
        using var process = PublishProcess.Start(workingDirectory, null, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeoutMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"publish {string.Join(' ', arguments)} did not finish in {TimeoutMilliseconds / 1000} s");
        }

        return new PublishProcess.Outcome(process.ExitCode, output.Result, error.Result);
    }
}
