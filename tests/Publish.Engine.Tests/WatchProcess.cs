using System.Diagnostics;
using System.Text;

namespace Publish.Engine.Tests;

/// <summary>
/// A running <c>publish watch</c> (through <see cref="PublishProcess.Start"/>) whose standard output and error are
/// gathered as they come; disposing it kills the process tree.
/// </summary>
internal sealed class WatchProcess : IDisposable
{
    private readonly Process _child;
    private readonly StringBuilder _output = new();

    public WatchProcess(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        _child = PublishProcess.Start(workingDirectory, environment, ["watch", .. arguments]);
        _child.OutputDataReceived += (_, e) => Append(e.Data);
        _child.ErrorDataReceived += (_, e) => Append(e.Data);
        _child.BeginOutputReadLine();
        _child.BeginErrorReadLine();
    }

    /// <summary>Everything printed so far, standard output and error interleaved, one line per line.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails when the process exits first or after 90 s.</summary>
    public void WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(_child.HasExited, "publish watch exited");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), "timed out waiting for publish watch");
            Thread.Sleep(50);
        }
    }

    /// <summary>Stops the process where it is (SIGSTOP) until <see cref="Resume"/>: changes made meanwhile reach it all at once.</summary>
    public void Pause() => Signal("-STOP");

    public void Resume() => Signal("-CONT");

    public void Dispose()
    {
        _child.Kill(entireProcessTree: true);
        _child.WaitForExit();
        _child.Dispose();
    }

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", [signal, _child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
