using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Publish.Tests.Tools;

/// <summary>
/// EPUBCheck (Debian's package; CI installs it) for the test projects, which link this file: its exit code and full
/// report, as <c>java -jar /usr/bin/epubcheck path</c> gives them.
/// </summary>
/// <remarks>
/// A JVM start and the schema compilation cost ~4 s of CPU per file, the check itself a fraction of that, so the
/// checks run in at most <see cref="PoolSize"/> long-lived JVMs (<c>EpubcheckBatch.java</c>, copied next to the test
/// assembly), one check at a time each. Source-file mode needs the JDK's compiler; where the batch JVM cannot start
/// (a JRE only), every check falls back to one <c>java -jar</c> process, the quick compiler only and the serial
/// collector (a short process never pays back the optimizing compiler: user CPU 6.1–6.5 s instead of 12.4–12.6 s).
/// </remarks>
internal static class Epubcheck
{
    private const string Jar = "/usr/bin/epubcheck";
    private const int PoolSize = 2;
    private static readonly TimeSpan CheckLimit = TimeSpan.FromSeconds(180);

    private static readonly SemaphoreSlim Slots = new(PoolSize, PoolSize);
    private static readonly ConcurrentBag<BatchJvm> Idle = [];
    private static volatile bool batchUnavailable;

    /// <summary>Why the batch JVM could not start, when every check runs in its own process instead (for a failure message).</summary>
    public static string? BatchUnavailableReason { get; private set; }

    public static (int ExitCode, string Report) Run(string epubPath)
    {
        if (batchUnavailable)
        {
            return RunOneProcess(epubPath);
        }

        Slots.Wait();
        try
        {
            var jvm = Idle.TryTake(out var idle) ? idle : BatchJvm.Start();
            if (jvm is null)
            {
                return RunOneProcess(epubPath);
            }

            var result = jvm.Check(epubPath, CheckLimit);
            if (result is null)
            {
                // The JVM died or hung: not a property of the EPUB. Check it in a process of its own.
                jvm.Dispose();
                return RunOneProcess(epubPath);
            }

            Idle.Add(jvm);
            return result.Value;
        }
        finally
        {
            Slots.Release();
        }
    }

    /// <summary>A batch JVM of its own, without the fallback: for the test that holds its reports to the command line's.</summary>
    internal static BatchJvm? StartBatch() => BatchJvm.Start();

    /// <summary>One <c>java -jar</c> process for one file: the command line itself.</summary>
    internal static (int ExitCode, string Report) RunOneProcess(string epubPath)
    {
        var start = new ProcessStartInfo("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", Jar, epubPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not be started; install epubcheck.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CheckLimit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"epubcheck did not finish in {CheckLimit.TotalSeconds} s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void MarkBatchUnavailable(string reason)
    {
        BatchUnavailableReason = reason;
        batchUnavailable = true;
    }

    /// <summary>One <c>EpubcheckBatch.java</c> JVM: a path per line in, "exit-code escaped-report" per line out.</summary>
    internal sealed class BatchJvm : IDisposable
    {
        private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);
        private readonly Process process;
        private readonly StringBuilder errors = new();

        private BatchJvm(Process process)
        {
            this.process = process;
            process.ErrorDataReceived += (_, e) =>
            {
                lock (errors)
                {
                    errors.AppendLine(e.Data);
                }
            };
            process.BeginErrorReadLine();

            // The JVM reads its stdin to the end: closing it when the test process exits ends the JVM too.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        }

        /// <summary>A started JVM that said "ready", else null (and the batch is marked unavailable).</summary>
        public static BatchJvm? Start()
        {
            var source = Path.Combine(AppContext.BaseDirectory, "tools", "EpubcheckBatch.java");
            // The quick compiler only and the serial collector, as for one process: the 21 test manuscripts' EPUBs in
            // one JVM took 6.4 s of user CPU so, 14.1 s with the optimizing compiler (which never paid back).
            var start = new ProcessStartInfo("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", Jar, source])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
            };
            Process? process;
            try
            {
                process = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                MarkBatchUnavailable($"java could not be started: {e.Message}");
                return null;
            }

            if (process is null)
            {
                MarkBatchUnavailable("java could not be started");
                return null;
            }

            var jvm = new BatchJvm(process);
            var first = jvm.ReadLine(StartLimit);
            if (first == "ready")
            {
                return jvm;
            }

            jvm.Dispose();
            MarkBatchUnavailable($"EpubcheckBatch.java did not start (it needs a JDK; first line: {first ?? "none"}):\n{jvm.Errors}");
            return null;
        }

        private string Errors
        {
            get
            {
                lock (errors)
                {
                    return errors.ToString();
                }
            }
        }

        /// <summary>The check's exit code and report; null when the JVM died or did not answer in time.</summary>
        public (int ExitCode, string Report)? Check(string epubPath, TimeSpan limit)
        {
            try
            {
                process.StandardInput.WriteLine(Path.GetFullPath(epubPath));
                process.StandardInput.Flush();
            }
            catch (IOException)
            {
                return null;
            }

            var line = ReadLine(limit);
            var space = line?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
            if (line is null || space < 0 || !int.TryParse(line.AsSpan(0, space), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exitCode))
            {
                return null;
            }

            return (exitCode, Unescape(line[(space + 1)..]));
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }

        private string? ReadLine(TimeSpan limit)
        {
            var read = process.StandardOutput.ReadLineAsync();
            return read.Wait(limit) ? read.Result : null;
        }

        private static string Unescape(string escaped)
        {
            var text = new StringBuilder(escaped.Length);
            for (var i = 0; i < escaped.Length; i++)
            {
                if (escaped[i] != '\\' || i + 1 == escaped.Length)
                {
                    text.Append(escaped[i]);
                    continue;
                }

                i++;
                text.Append(escaped[i] switch
                {
                    'n' => '\n',
                    'r' => '\r',
                    _ => escaped[i],
                });
            }

            return text.ToString();
        }
    }
}
