using System.Buffers;
using System.Security.Cryptography;

namespace Publish.Engine.Output;

/// <summary>
/// The SHA-256 (lower-case hex) of what is left in a stream, read a megabyte at a time into a pooled buffer: the
/// framework's <see cref="SHA256.HashData(Stream)"/> reads 4 KB at a time (some twelve thousand system calls for a
/// book's editions), and a FileStream's own buffer of each file hashed was a fresh allocation. Used for every file the
/// engine hashes whole: editions written (<see cref="PendingFile"/>) and kept, and build inputs.
/// </summary>
internal static class StreamSha256
{
    public static string Of(Stream stream)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
