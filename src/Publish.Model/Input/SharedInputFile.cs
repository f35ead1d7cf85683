using System.Security.Cryptography;

namespace Publish.Model.Input;

/// <summary>
/// The whole content of one version of a file, read once and shared by every stage that needs it (see
/// <see cref="SharedInputFiles"/>). The bytes must not be changed: every holder sees the same array.
/// </summary>
public sealed class SharedInputFile
{
    private string? _sha256;

    internal SharedInputFile(byte[] bytes, InputFileVersion version)
    {
        Bytes = bytes;
        Version = version;
    }

    public byte[] Bytes { get; }

    /// <summary>The version of the file the bytes were read from, as the opened descriptor said before the read.</summary>
    public InputFileVersion Version { get; }

    /// <summary>The SHA-256 of <see cref="Bytes"/> in lower-case hex, computed on first use (two threads may both compute it; they agree).</summary>
    public string Sha256 => _sha256 ??= Convert.ToHexStringLower(SHA256.HashData(Bytes));

    /// <summary>Set by <see cref="SharedInputFiles"/> at each use, so the least recently used file is the first let go.</summary>
    internal long LastUse { get; set; }
}
