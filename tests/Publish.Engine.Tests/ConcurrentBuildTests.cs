using System.Security.Cryptography;
using Publish.Engine.Output;

namespace Publish.Engine.Tests;

/// <summary>
/// Two builds of one manuscript in one process (two callers of the library, parallel tests) must not share a
/// temporary file: one would truncate the other's bytes, and its clean-up would delete the other's edition
/// before it is renamed into place (seen in CI: a test fixture built a manuscript twice at once, and one of
/// the builds failed and withdrew the edition the other had just written).
/// </summary>
public sealed class ConcurrentBuildTests
{
    [Fact]
    public void Two_pending_files_for_one_target_do_not_touch_each_other()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("book.pdf");

        using var first = PendingFile.Create(target);
        using (var second = PendingFile.Create(target))
        {
            second.Stream.Write("second"u8);
            // Abandoned: its clean-up must remove its own file only.
        }

        first.Stream.Write("first"u8);
        first.Commit();

        Assert.Equal("first", File.ReadAllText(target));
        Assert.DoesNotContain(Directory.EnumerateFiles(scratch.Path), StaleTemporaryFiles.IsTemporary);
    }

    /// <summary>
    /// A pending file hands each few megabytes to the disk as it is written (<see cref="EarlyWritebackStream"/>): what is
    /// committed is still exactly what was written, in pieces of every size, across those hand-overs and after a seek
    /// back that rewrites bytes already handed over (as the EPUB's zip does for a streamed photo's sizes); and it is
    /// measured as the file it became, though an edition's stream hashed the bytes before the seek on the way out.
    /// </summary>
    [Fact]
    public async Task A_pending_file_written_past_its_writeback_steps_and_rewritten_behind_them_holds_exactly_what_was_written()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("book.pdf");
        var expected = new byte[11 << 20];
        new Random(20).NextBytes(expected);
        FileMeasure measure;
        using (var pending = PendingFile.Create(target, TestHooks.None, edition: true))
        {
            var at = 0;
            var random = new Random(7);
            while (at < expected.Length)
            {
                var piece = Math.Min(expected.Length - at, random.Next(1, 300_000));
                pending.Stream.Write(expected, at, piece);
                at += piece;
            }

            pending.Stream.Position = 1_000;
            Array.Fill(expected, (byte)0x5a, 1_000, 5_000_000);
            pending.Stream.Write(expected.AsSpan(1_000, 5_000_000));
            pending.Stream.Position = expected.Length;
            pending.Stream.Write("end"u8);
            measure = await pending.MeasureAsync();
            pending.Commit();
        }

        byte[] written = [.. expected, .. "end"u8.ToArray()];
        Assert.Equal(written, File.ReadAllBytes(target));
        Assert.Equal(new FileMeasure(written.Length, Convert.ToHexStringLower(SHA256.HashData(written))), measure);
    }

    /// <summary>
    /// The PDF is written front to back, so its size and SHA-256 are taken from the hash kept on the way out and its /ID
    /// from the same hash; an EPUB's zip goes back in its file when it streams a stored photo, and is then read back. Either way the build reports each
    /// file's true size and SHA-256, and the PDF's /ID is the first 16 bytes of the SHA-256 of its body (all before the
    /// cross-reference table), as when it is written to a stream that keeps no hash.
    /// </summary>
    [Fact]
    public void Each_edition_is_reported_with_its_files_sha256_and_the_pdfs_id_is_its_bodys_hash()
    {
        using var scratch = new ScratchFolder();
        var archive = Path.Combine(scratch.Path, "archive");
        ReleaseArchive.WriteThree(archive);
        var request = new BuildRequest([archive], Path.Combine(scratch.Path, "out"), BuildDate: ReleaseArchive.BuildDate, Force: true);

        var result = ReleaseArchive.Publisher().Build(request);

        var outputs = result.Manuscripts.SelectMany(m => m.Outputs).ToList();
        Assert.Equal(6, outputs.Count);
        Assert.All(outputs, output =>
        {
            Assert.Equal(new FileInfo(output.Path).Length, output.Bytes);
            Assert.Equal(ReleaseArchive.Sha256Of(output.Path), output.Sha256);
        });
        Assert.All(outputs.Where(o => o.Format == EditionFormats.Pdf), pdf =>
        {
            var bytes = File.ReadAllBytes(pdf.Path);
            var xref = System.Text.Encoding.Latin1.GetString(bytes).LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
            var id = Convert.ToHexString(SHA256.HashData(bytes.AsSpan(0, xref))[..16]);
            Assert.Contains($"/ID [<{id}> <{id}>]", System.Text.Encoding.Latin1.GetString(bytes, xref, bytes.Length - xref), StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>
    /// An edition's stream keeps the SHA-256 of what is written while it is written front to back, and none once its
    /// position or length is set in any way (those bytes could be rewritten); other pending files (the cache's records,
    /// which hash themselves) keep none at all.
    /// </summary>
    [Theory]
    [InlineData("none")]
    [InlineData("seek")]
    [InlineData("position")]
    [InlineData("length")]
    public async Task Only_an_edition_written_front_to_back_keeps_its_running_sha256(string move)
    {
        using var scratch = new ScratchFolder();
        var bytes = new byte[(5 << 20) + 17];
        new Random(3).NextBytes(bytes);
        using var pending = PendingFile.Create(scratch.File("book.pdf"), TestHooks.None, edition: true);
        var hashed = Assert.IsAssignableFrom<Pdf.ISha256Output>(pending.Stream);
        Assert.Equal(0, hashed.HashedBytes);

        pending.Stream.Write(bytes, 0, 1_000);
        pending.Stream.Write(bytes.AsSpan(1_000));
        Assert.Equal(bytes.Length, hashed.HashedBytes);
        Assert.Equal(SHA256.HashData(bytes), hashed.CurrentSha256());
        switch (move)
        {
            case "seek":
                pending.Stream.Seek(0, SeekOrigin.End);
                break;
            case "position":
                pending.Stream.Position = bytes.Length;
                break;
            case "length":
                pending.Stream.SetLength(bytes.Length);
                break;
        }

        Assert.Equal(move == "none" ? bytes.Length : -1, hashed.HashedBytes);
        Assert.Equal(new FileMeasure(bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), await pending.MeasureAsync());

        using var record = PendingFile.Create(scratch.File("record.bin"));
        Assert.Equal(-1, Assert.IsAssignableFrom<Pdf.ISha256Output>(record.Stream).HashedBytes);
    }

    [Fact]
    public void Pending_files_carry_the_owner_id_whose_lock_proves_them_in_use()
    {
        using var scratch = new ScratchFolder();
        var target = scratch.File("book.pdf");
        using var claim = TemporaryOwner.Claim(scratch.Path);
        using var pending = PendingFile.Create(target);
        pending.Stream.Write("x"u8);
        pending.Stream.Flush();

        // A build running in this process keeps its file: its owner's lock file is held.
        Assert.Equal(0, StaleTemporaryFiles.Remove(scratch.Path));
        var temporary = Assert.Single(Directory.EnumerateFiles(scratch.Path), StaleTemporaryFiles.IsTemporary);
        Assert.Equal(TemporaryOwner.Id, TemporaryName.OwnerOf(temporary));
        Assert.True(File.Exists(TemporaryOwner.LockFile(scratch.Path, TemporaryOwner.Id)));
    }

    [Fact]
    public async Task Builds_of_one_manuscript_at_the_same_time_into_one_folder_all_succeed_and_leave_its_editions()
    {
        using var scratch = new ScratchFolder();
        var archive = Path.Combine(scratch.Path, "archive");
        ReleaseArchive.WriteThree(archive);
        var manuscript = Path.Combine(archive, "alpha.md");
        var output = Path.Combine(scratch.Path, "out");
        var request = new BuildRequest([manuscript], output, BuildDate: ReleaseArchive.BuildDate, Force: true);
        var publisher = ReleaseArchive.Publisher();

        for (var round = 0; round < 3; round++)
        {
            using var start = new Barrier(3);
            var results = Enumerable.Range(0, 3)
                .Select(_ => Task.Factory.StartNew(() => { start.SignalAndWait(); return publisher.Build(request); }, TaskCreationOptions.LongRunning))
                .ToArray();
            var built = await Task.WhenAll(results);

            Assert.All(built, r => Assert.True(r.Succeeded, string.Join("\n", r.Manuscripts.SelectMany(m => m.Diagnostics))));
            Assert.Equal(["alpha.epub", "alpha.pdf"], ReleaseArchive.Editions(output).Keys);
            Assert.DoesNotContain(Directory.EnumerateFiles(output), StaleTemporaryFiles.IsTemporary);
        }
    }
}
