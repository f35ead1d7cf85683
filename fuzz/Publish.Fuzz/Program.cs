using SharpFuzz;

namespace Publish.Fuzz;

/// <summary>
/// <c>Publish.Fuzz read|build|style|manifest</c> runs under afl-fuzz (SharpFuzz's out-of-process protocol);
/// <c>Publish.Fuzz replay read|build|style|manifest FILE…</c> runs saved inputs directly, to reproduce a crash with its stack trace; it prints what each input gave and how long it took.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && string.Equals(args[0], "replay", StringComparison.Ordinal))
        {
            var replay = new FuzzTarget(ParseMode(args[1]), Console.Out);
            foreach (var file in args.Skip(2))
            {
                Console.WriteLine(file);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                replay.Run(File.ReadAllBytes(file));
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $" {clock.ElapsedMilliseconds} ms"));
            }

            return 0;
        }

        var target = new FuzzTarget(ParseMode(args.FirstOrDefault() ?? "read"));
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            target.Run(copy.ToArray());
        });
        return 0;
    }

    private static FuzzMode ParseMode(string mode) => mode switch
    {
        "read" => FuzzMode.Read,
        "build" => FuzzMode.Build,
        "style" => FuzzMode.Style,
        "manifest" => FuzzMode.Manifest,
        _ => throw new ArgumentException($"unknown mode '{mode}': use read, build, style or manifest", nameof(mode)),
    };
}
