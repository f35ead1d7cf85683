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

    public static string For(string target, string owner, long serial)
    {
        var name = Path.GetFileName(target);
        var tail = "." + owner + "." + serial.ToString(CultureInfo.InvariantCulture) + ".tmp";
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
}
