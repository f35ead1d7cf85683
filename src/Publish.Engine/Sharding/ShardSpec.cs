using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Publish.Engine.Sharding;

/// <summary>
/// One share of an archive for a CI matrix: <c>--shard I/N</c> (1 ≤ I ≤ N) builds the manuscripts whose
/// edition name hashes to I. The hash is SHA-256 of the edition base name — not of the path, the order or
/// the machine — so every runner, wherever the checkout lies, picks the same share, the shares are disjoint
/// and together they cover every manuscript exactly once. Adding a manuscript never moves another one.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>I/N</c>; null with a reason when the text is not a valid share.</summary>
    public static ShardSpec? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length == 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) &&
            count >= 1 && index >= 1 && index <= count)
        {
            return new ShardSpec(index, count);
        }

        error = $"--shard takes I/N with 1 ≤ I ≤ N (e.g. 2/4), not '{text}'";
        return null;
    }

    public bool Contains(string manuscriptPath) => ShardOf(manuscriptPath, Count) == Index;

    /// <summary>The 1-based share a manuscript belongs to among <paramref name="count"/> shares.</summary>
    public static int ShardOf(string manuscriptPath, int count)
    {
        var name = Path.GetFileNameWithoutExtension(manuscriptPath).ToUpperInvariant();
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var value = BitConverter.ToUInt64(hash[..8]);
        return (int)(value % (ulong)count) + 1;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
