using Publish.Manuscript;
using Publish.Model.Diagnostics;
using Publish.Styles;

namespace Publish.Fuzz;

/// <summary>
/// One fuzz input: the bytes are read as a Markdown manuscript and as a legacy export; with
/// <see cref="FuzzMode.Build"/> both editions are written too. Any exception escaping is a finding: readers and
/// writers must answer every input with diagnostics, never throw.
/// </summary>
internal sealed class FuzzTarget
{
    private readonly FuzzMode _mode;
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-fuzz-").FullName;
    private readonly Lazy<Engine.Publisher> _publisher;

    public FuzzTarget(FuzzMode mode)
    {
        _mode = mode;
        _publisher = new Lazy<Engine.Publisher>(() =>
        {
            var diagnostics = new DiagnosticBag();
            HouseStyle style = Engine.StyleResolver.Load(Environment.GetEnvironmentVariable("PUBLISH_FUZZ_STYLE"), diagnostics)
                ?? throw new InvalidOperationException("no house style: " + string.Join("; ", diagnostics.ToImmutableSorted()));
            return Engine.Publisher.Create(style);
        });
    }

    public void Run(byte[] input)
    {
        foreach (var name in new[] { "fuzz.md", "fuzz.txt" })
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllBytes(path, input);
            if (_mode == FuzzMode.Read)
            {
                _ = ManuscriptReader.Read(path, ReadOptions.Default);
            }
            else
            {
                _ = _publisher.Value.Build(new Engine.BuildRequest([path], Path.Combine(_folder, "out"), BuildDate: DateTimeOffset.UnixEpoch));
            }
        }
    }
}
