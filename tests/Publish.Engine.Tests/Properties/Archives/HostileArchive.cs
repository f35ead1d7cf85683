using System.Diagnostics;
using System.Text;

namespace Publish.Engine.Tests.Properties.Archives;

/// <summary>
/// A generated archive: some good manuscripts (drawn from a fixed pool, so their clean editions can be built once
/// and compared byte for byte) and hostile members, plus what an output folder already holds before the run.
/// </summary>
internal sealed record HostileArchive(int[] Good, HostileMemberKind[] Hostile, bool PreviousEditions)
{
    /// <summary>What no edition may ever contain: the text of the file the outside links point at.</summary>
    public const string Secret = "SECRET-7f3a9c-do-not-publish";

    /// <summary>Good manuscripts of both dialects; each builds with no diagnostics above info.</summary>
    public static readonly (string Name, string Text)[] GoodPool =
    [
        ("good-harbour.md", "---\ntitle: The Harbour\nauthor: A. Writer\nlang: en\n---\n\nThe harbour was busy in the morning.[^1] Ships came and went.\n\n[^1]: A note about the harbour.\n"),
        ("good-river.md", "---\ntitle: The River\nauthor: B. Writer\nlang: en\n---\n\n# Upstream\n\nThe river runs through the valley, past the old mill and the new bridge.\n\n# Downstream\n\nIt widens before the sea.\n"),
        ("good-legacy.txt", "\n\nThe Caspian Ports\nC. Writer\nThe Caspian Ports\n\nThe ports of the Caspian grew quickly.[1] Trade followed the railway.\n\n[1] On the ports, see the archive.\n"),
        ("good-quotes.md", "---\ntitle: \"Quotes and Dashes\"\nauthor: D. Writer\nlang: en\n---\n\nShe said \"yes\" -- and then... nothing at all --- until the end.\n"),
    ];

    /// <summary>Writes the archive's members into <paramref name="archive"/> and the secret beside it; returns the hostile members' names.</summary>
    public IReadOnlyList<string> WriteTo(string archive, string corruptJpegSource)
    {
        Directory.CreateDirectory(archive);
        var secret = Path.Combine(Path.GetDirectoryName(archive)!, "secret.txt");
        File.WriteAllText(secret, Secret + "\n");
        foreach (var index in Good.Distinct())
        {
            var (name, text) = GoodPool[index];
            File.WriteAllText(Path.Combine(archive, name), text);
        }

        var names = new List<string>();
        for (var i = 0; i < Hostile.Length; i++)
        {
            var stem = $"hostile-{i}";
            var path = Path.Combine(archive, stem + ".md");
            switch (Hostile[i])
            {
                case HostileMemberKind.LinkOutside:
                    File.CreateSymbolicLink(path, secret);
                    break;
                case HostileMemberKind.Fifo:
                    MakeFifo(path);
                    break;
                case HostileMemberKind.LinkLoop:
                    File.CreateSymbolicLink(path, Path.Combine(archive, stem + "-other.md"));
                    File.CreateSymbolicLink(Path.Combine(archive, stem + "-other.md"), path);
                    names.Add(stem + "-other");
                    break;
                case HostileMemberKind.DanglingLink:
                    File.CreateSymbolicLink(path, Path.Combine(archive, "nowhere", "gone.md"));
                    break;
                case HostileMemberKind.FolderNamedLikeManuscript:
                    Directory.CreateDirectory(path);
                    break;
                case HostileMemberKind.HugeUrl:
                    File.WriteAllText(path, "---\ntitle: A Long Link\n---\n\nSee <https://example.org/" + new string('a', 300_000) + "> for more.\n");
                    break;
                case HostileMemberKind.DeepNesting:
                    File.WriteAllText(path, "---\ntitle: " + new string('[', 50_000) + "\n---\n\nBody.\n");
                    break;
                case HostileMemberKind.CorruptImage:
                    File.WriteAllText(path, "---\ntitle: A Photo\n---\n\n![The harbour at dawn](" + stem + ".jpg)\n\nText after the photo.\n");
                    File.WriteAllBytes(Path.Combine(archive, stem + ".jpg"), Corrupted(File.ReadAllBytes(corruptJpegSource)));
                    break;
                case HostileMemberKind.NotUtf8:
                    File.WriteAllBytes(path, Encoding.Latin1.GetBytes("---\ntitle: Caf\u00e9\n---\n\nCr\u00e8me br\u00fbl\u00e9e.\n"));
                    break;
                default:
                    throw new UnreachableException(Hostile[i].ToString());
            }

            names.Add(stem);
        }

        return names;
    }

    /// <summary>The JPEG with the middle of its entropy-coded data overwritten: the header still reads, the scan does not decode.</summary>
    private static byte[] Corrupted(byte[] jpeg)
    {
        var copy = (byte[])jpeg.Clone();
        for (var i = copy.Length / 2; i < copy.Length / 2 + Math.Min(4096, copy.Length / 4); i++)
        {
            copy[i] = (byte)(i * 37);
        }

        return copy;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    public override string ToString() =>
        $"good [{string.Join(", ", Good.Distinct().Select(i => GoodPool[i].Name))}], hostile [{string.Join(", ", Hostile)}], previous editions {PreviousEditions}";
}
