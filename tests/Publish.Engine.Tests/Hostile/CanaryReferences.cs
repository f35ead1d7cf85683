using System.Text;

namespace Publish.Engine.Tests.Hostile;

/// <summary>
/// A canary file beside (outside) the manuscript's folder and every way a manuscript can name it: if any way
/// got through, the canary's marker would appear in an edition.
/// </summary>
internal static class CanaryReferences
{
    public const string Marker = "CANARY-7f3e9b2c-outside-the-manuscript-folder";

    /// <summary>A valid PNG (so a writer would happily embed it) carrying <see cref="Marker"/> in a text chunk, plus links to it inside the book folder.</summary>
    public static string Plant(HostileBuild build)
    {
        var canary = build.Scratch.File("canary.png");
        File.WriteAllBytes(canary, TestImages.Png(16, 16, (1, 2, 3), Marker));
        Directory.CreateDirectory(build.BookFolder);
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "link.png"), canary);
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "linked-folder"), build.Scratch.Path);
        File.CreateSymbolicLink(Path.Combine(build.BookFolder, "relative-link.png"), "../canary.png");
        return canary;
    }

    /// <summary>Markdown image destinations for the canary, by kind; the argument is the canary's absolute path.</summary>
    public static IReadOnlyDictionary<string, Func<string, string>> Markdown { get; } = new Dictionary<string, Func<string, string>>(StringComparer.Ordinal)
    {
        ["parent"] = _ => "../canary.png",
        ["parent via subfolder"] = _ => "images/../../canary.png",
        ["dot segments"] = _ => "./././../canary.png",
        ["absolute"] = c => c,
        ["absolute in angle brackets"] = c => $"<{c}>",
        ["file url"] = c => "file://" + c,
        ["file url, one slash"] = c => "file:" + c,
        ["FILE url upper case"] = c => "FILE://" + c,
        ["localhost file url"] = c => "file://localhost" + c,
        ["percent-encoded dots"] = _ => "%2e%2e/canary.png",
        ["percent-encoded slash"] = _ => "..%2fcanary.png",
        ["double-encoded dots"] = _ => "%252e%252e/canary.png",
        ["triple-encoded dots"] = _ => "%25252e%25252e%25252fcanary.png",
        ["encoded absolute"] = c => Uri.EscapeDataString(c),
        ["backslashes"] = _ => "..\\\\canary.png",
        ["symlink to the file"] = _ => "link.png",
        ["relative symlink"] = _ => "relative-link.png",
        ["symlinked folder"] = _ => "linked-folder/canary.png",
        ["encoded symlinked folder"] = _ => "linked%2Dfolder%2Fcanary.png",
    };

    /// <summary>Where the marker (or the canary file's own bytes) appears in the output folder's files, PDF streams inflated and EPUB entries unzipped.</summary>
    public static IEnumerable<string> Leaks(HostileBuild build, byte[] canaryBytes)
    {
        var marker = Encoding.Latin1.GetBytes(Marker);
        foreach (var file in build.Outputs())
        {
            var bytes = File.ReadAllBytes(file);
            IEnumerable<(string Where, byte[] Bytes)> parts = file.EndsWith(".epub", StringComparison.Ordinal)
                ? EditionBytes.EpubEntries(file).Select(e => (file + "!" + e.Name, e.Bytes))
                : EditionBytes.PdfStreams(bytes).Select((b, i) => ($"{file} stream {i}", b));
            foreach (var (where, part) in parts.Append((file, bytes)))
            {
                if (EditionBytes.IndexOf(part, marker) >= 0 || EditionBytes.IndexOf(part, canaryBytes.AsSpan(canaryBytes.Length - 40)) >= 0)
                {
                    yield return where;
                }
            }
        }
    }
}
