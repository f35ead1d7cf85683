namespace Publish.Pdf;

/// <summary>
/// An output that keeps the SHA-256 of every byte written to it, front to back (an edition's pending file does, to
/// know the file's hash without reading it back). <see cref="PdfWriter"/> takes the body's hash for the file identifier
/// (/ID) from it instead of hashing the same bytes a second time: for a 25 MB book that was ~17 ms of the writer's
/// thread, a build's critical path.
/// </summary>
public interface ISha256Output
{
    /// <summary>
    /// How many bytes <see cref="CurrentSha256"/> covers: all written so far; -1 when the output keeps no hash (it never
    /// did, or its position or length was set, or it was disposed).
    /// </summary>
    long HashedBytes { get; }

    /// <summary>The SHA-256 of the <see cref="HashedBytes"/> bytes written so far; hashing goes on after.</summary>
    byte[] CurrentSha256();
}
