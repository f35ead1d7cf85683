namespace Publish.Engine.Tests.Books;

/// <summary>
/// The test book of issue 20 (<c>tests/manuscripts/book/publish.yaml</c>), built once by the real <c>publish</c> into a
/// temporary folder, with the articles' titles and first notes as the manuscripts write them, in reading order.
/// </summary>
internal static class TestBook
{
    private static readonly Lazy<string> Built = new(Build);

    public static string Manifest => Path.Combine(Repo.Root, "tests", "manuscripts", "book", "publish.yaml");

    /// <summary>Each article's title (its first words, as the contents and the opening page print them) and the first word of its note 1.</summary>
    public static IReadOnlyList<(string TitleStart, string FirstNoteWord)> Articles { get; } =
    [
        ("Water Diplomacy on the Kura", "Vener,"),
        ("PORTS OF THE EASTERN", "Beridze"),
        ("Güney Kafkasya’da Enerji", "Yıldırım,"),
        ("BALKANLARDAN ANADOLU’YA GÖÇ", "Karpat"),
        ("Review: The Middle Corridor", "Sandler,"),
    ];

    public static string Pdf => Path.Combine(Built.Value, "review-48.pdf");

    public static string Epub => Path.Combine(Built.Value, "review-48.epub");

    private static string Build()
    {
        // Left for the test run's temporary folder: several tests read the editions, in any order.
        var output = Directory.CreateTempSubdirectory("publish-book-").FullName;
        var run = PublishProcess.Run(Repo.Root, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1700000000" }, "build", Manifest, "-o", output, "-q");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"publish build {Manifest} exit {run.ExitCode}:\n{run.StandardError}");
        }

        return output;
    }
}
