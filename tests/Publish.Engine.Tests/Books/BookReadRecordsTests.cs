using System.Collections;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection;
using Publish.Engine.Caching;
using Publish.Manuscript;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;
using UglyToad.PdfPig;

namespace Publish.Engine.Tests.Books;

/// <summary>
/// Issue 20, incremental books: a book rebuilt after one article changed takes its other parts as they were read
/// (<see cref="BookReadCache"/>) instead of reading them again. What is taken is really what the editions show (a
/// doctored record shows up in both), a part whose photo changed is read again, a damaged record is a miss, and
/// <c>--force</c> takes nothing. The record holds every member of the document (<see cref="DocumentCodec"/>).
/// </summary>
public sealed class BookReadRecordsTests
{
    private const string Manifest = BookRecordedPartsTests.Manifest;

    [Fact]
    public void A_recorded_part_is_what_a_rebuild_takes_while_its_inputs_hash_the_same()
    {
        using var scratch = new ScratchFolder();
        var request = BookCacheTests.Request(scratch, "out", Manifest);
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);
        Assert.Equal(3, Directory.GetFiles(Records(scratch)).Length);

        // Alpha's record doctored (another title): a rebuild after beta changed takes it, so both editions show it.
        Doctor(scratch, "alpha.md", "Doctored Alpha");
        ChangeBeta(scratch, "zephyrous hour");
        Assert.True(publisher.Build(request).Succeeded);
        Assert.Contains("Doctored Alpha", PdfText(scratch.File("out/issue-1.pdf")), StringComparison.Ordinal);
        Assert.Contains("Doctored Alpha", EpubText(scratch.File("out/issue-1.epub")), StringComparison.Ordinal);
        Assert.Contains("zephyrous", PdfText(scratch.File("out/issue-1.pdf")), StringComparison.Ordinal);

        // Alpha's photo changed (same name, another picture): its record no longer holds, alpha is read again, and the
        // editions are a cold build's.
        File.WriteAllBytes(scratch.File("articles/images/alpha.png"), Hostile.TestImages.Png(40, 30, (200, 120, 40)));
        Assert.True(publisher.Build(request).Succeeded);
        Assert.DoesNotContain("Doctored Alpha", PdfText(scratch.File("out/issue-1.pdf")), StringComparison.Ordinal);
        Assert.True(publisher.Build(request with { OutputFolder = scratch.File("cold") }).Succeeded);
        Assert.Equal(ReleaseArchive.Editions(scratch.File("cold")), ReleaseArchive.Editions(scratch.File("out")));
    }

    [Fact]
    public void A_damaged_record_is_a_miss_and_force_takes_no_record()
    {
        using var scratch = new ScratchFolder();
        var request = BookCacheTests.Request(scratch, "out", Manifest);
        var publisher = ReleaseArchive.Publisher();
        Assert.True(publisher.Build(request).Succeeded);

        // Under --force nothing recorded is taken (and every part is recorded anew).
        Doctor(scratch, "alpha.md", "Doctored Alpha");
        ChangeBeta(scratch, "zephyrous hour");
        Assert.True(publisher.Build(request with { Force = true }).Succeeded);
        Assert.DoesNotContain("Doctored Alpha", PdfText(scratch.File("out/issue-1.pdf")), StringComparison.Ordinal);

        // Every record damaged (one byte changed): every part is read again, the editions are a cold build's.
        foreach (var record in Directory.GetFiles(Records(scratch)))
        {
            var bytes = File.ReadAllBytes(record);
            bytes[^1] ^= 0x5a;
            File.WriteAllBytes(record, bytes);
        }

        ChangeBeta(scratch, "zephyrous hours");
        var rebuilt = Assert.Single(publisher.Build(request).Books);
        Assert.True(rebuilt.Succeeded, string.Join('\n', rebuilt.Diagnostics));
        Assert.True(publisher.Build(request with { OutputFolder = scratch.File("cold") }).Succeeded);
        Assert.Equal(ReleaseArchive.Editions(scratch.File("cold")), ReleaseArchive.Editions(scratch.File("out")));

        // A part no longer in the book has its record dropped.
        var two = Manifest.Replace(", articles/gamma.md", string.Empty, StringComparison.Ordinal);
        Assert.True(publisher.Build(BookCacheTests.Request(scratch, "out", two)).Succeeded);
        Assert.Equal(2, Directory.GetFiles(Records(scratch)).Length);
    }

    /// <summary>
    /// Every manuscript of the test suite (both dialects, notes, figures, tables, citations, math, links between a
    /// book's articles…) read, recorded and decoded: every public member of every node is what the reader made, a note
    /// marker and the note it names stay one record, and between them the manuscripts hold every kind of block and inline.
    /// </summary>
    [Fact]
    public void A_decoded_record_is_the_document_as_read_member_for_member()
    {
        var manuscripts = Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests", "manuscripts"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(manuscripts.Count > 20);
        var kinds = new HashSet<Type>();
        foreach (var path in manuscripts)
        {
            var read = ManuscriptReader.Read(path, ReadOptions.Default);
            if (read.Document is not { } document)
            {
                continue;
            }

            var inputs = ImmutableArray.Create(InputHasher.File(path));
            var decoded = DocumentCodec.Read(DocumentCodec.Write(new RecordedRead(inputs, read.Diagnostics, document)));
            AssertSameMembers(document, decoded.Document, Path.GetFileName(path), kinds);
            AssertSameMembers(read.Diagnostics, decoded.Diagnostics, Path.GetFileName(path) + " diagnostics", kinds);
            Assert.Equal(inputs.AsEnumerable(), decoded.Inputs.AsEnumerable());
            foreach (var marker in DocumentWalker.InlinesOutsideNotes(decoded.Document).OfType<NoteReferenceInline>())
            {
                Assert.Contains(decoded.Document.Notes, note => ReferenceEquals(note, marker.Note));
            }
        }

        var all = typeof(Block).Assembly.GetTypes().Where(t => !t.IsAbstract && (t.IsSubclassOf(typeof(Block)) || t.IsSubclassOf(typeof(Inline))));
        Assert.Empty(all.Where(t => !kinds.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void A_record_cut_short_or_with_bytes_after_it_does_not_decode()
    {
        var path = Path.Combine(Repo.Root, "tests", "manuscripts", "markdown", "full-features.md");
        var document = ManuscriptReader.Read(path, ReadOptions.Default).Document!;
        var bytes = DocumentCodec.Write(new RecordedRead([InputHasher.File(path)], [], document));
        Assert.Throws<InvalidDataException>(() => DocumentCodec.Read(bytes[..(bytes.Length / 2)]));
        Assert.Throws<InvalidDataException>(() => DocumentCodec.Read([.. bytes, 0]));
    }

    private static string Records(ScratchFolder scratch) => scratch.File("out/.publish-cache/books/issue-1.read");

    /// <summary>The part's record with its document's title changed, checksummed again under the key it was made under.</summary>
    private static void Doctor(ScratchFolder scratch, string part, string title)
    {
        foreach (var record in Directory.GetFiles(Records(scratch)))
        {
            var (key, content) = ChecksummedFile.ReadInPlace(record, BookReadCache.Magic, DocumentCodec.Version)!.Value;
            var read = DocumentCodec.Read(content.ToArray());
            if (Path.GetFileName(read.Document.SourcePath) == part)
            {
                var doctored = read with { Document = read.Document with { Metadata = read.Document.Metadata with { Title = title } } };
                ChecksummedFile.Write(record, DocumentCodec.Write(doctored), BookReadCache.Magic, DocumentCodec.Version, key);
                return;
            }
        }

        Assert.Fail($"no record of {part}");
    }

    private static void ChangeBeta(ScratchFolder scratch, string words) =>
        File.WriteAllText(scratch.File("articles/beta.md"), ReleaseArchive.Article("Beta", "beta.png").Replace("quiet hour", words, StringComparison.Ordinal));

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join('\n', pdf.GetPages().Select(p => p.Text));
    }

    private static string EpubText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }

    /// <summary>Every public member of <paramref name="expected"/>, recursively, equal in <paramref name="actual"/>; the kinds of block and inline met go to <paramref name="kinds"/>.</summary>
    private static void AssertSameMembers(object? expected, object? actual, string where, HashSet<Type> kinds)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{where}: {expected ?? "null"} but {actual ?? "null"}");
            return;
        }

        var type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{where}: a {type.Name} but a {actual.GetType().Name}");
        if (type.IsPrimitive || type.IsEnum || expected is string)
        {
            Assert.True(expected.Equals(actual), $"{where}: {expected} but {actual}");
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var isDefault = (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(expected)!;
            Assert.True(isDefault == (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(actual)!, $"{where}: default or not");
            if (isDefault)
            {
                return;
            }

            var left = ((IEnumerable)expected).Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(left.Count == right.Count, $"{where}: {left.Count} items but {right.Count}");
            for (var i = 0; i < left.Count; i++)
            {
                AssertSameMembers(left[i], right[i], $"{where}[{i}]", kinds);
            }

            return;
        }

        if (expected is Block or Inline)
        {
            kinds.Add(type);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertSameMembers(property.GetValue(expected), property.GetValue(actual), $"{where}.{property.Name}", kinds);
        }
    }
}
