using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Engine.Output;

/// <summary>
/// The name of a <see cref="PendingFile"/>: <c>.NAME.OWNER.SERIAL.tmp</c> beside its target, where OWNER is the
/// writing process's <see cref="TemporaryOwner.Id"/> (32 hex digits) and SERIAL tells apart two files of one process.
/// Only a name of exactly this shape is ever taken for ours: a foreign hidden file (<c>.thesis.docx.4242.tmp</c>) is not.
/// When NAME would make the whole name longer than a file system allows (255 bytes), a hash of it stands in.
/// </summary>
public static partial class TemporaryName
{
    /// <summary>The longest file name (in UTF-8 bytes) Linux, macOS and Windows file systems accept.</summary>
    public const int MaxNameBytes = 255;

    public static string For(string target, string owner, long serial) =>
        Hidden(target, "." + owner + "." + serial.ToString(CultureInfo.InvariantCulture) + ".tmp");

    /// <summary>
    /// The lock file <c>.NAME.OWNER.lock</c> a writer holds beside a target outside any output folder (a report,
    /// import's Markdown) while it writes there: its owner's proof of life, as <see cref="TemporaryOwner"/>'s lock files are.
    /// </summary>
    public static string LockFor(string target, string owner) => Hidden(target, "." + owner + ".lock");

    /// <summary>The owner id of a lock file name of <see cref="LockFor"/>'s shape, or null for any other name.</summary>
    public static string? LockOwnerOf(string path) =>
        LockShape().Match(Path.GetFileName(path)) is { Success: true } match ? match.Groups["owner"].Value : null;

    private static string Hidden(string target, string tail)
    {
        var name = Path.GetFileName(target);
        if (Encoding.UTF8.GetByteCount(name) + 1 + tail.Length > MaxNameBytes)
        {
            // A long (legal) target name: the temporary name must still be legal, and stay ours by its shape.
            name = "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..32];
        }

        return "." + name + tail;
    }

    /// <summary>The owner id of a temporary file name of ours, or null for any other name.</summary>
    public static string? OwnerOf(string path) =>
        Shape().Match(Path.GetFileName(path)) is { Success: true } match ? match.Groups["owner"].Value : null;

    [GeneratedRegex(@"^\..+\.(?<owner>[0-9a-f]{32})\.[0-9]{1,19}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^\..+\.(?<owner>[0-9a-f]{32})\.lock$", RegexOptions.CultureInvariant)]
    private static partial Regex LockShape();
}
