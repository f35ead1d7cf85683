using System.Security.Cryptography;
using System.Text;
using Publish.Model;
using Publish.Model.Input;
using SkiaSharp;

namespace Publish.Epub.Images;

/// <summary>What a drawn cover is made from, hashed (<see cref="ICoverMemory"/>): keep it in step with <see cref="CoverRenderer"/>.</summary>
internal static class CoverKey
{
    public static string Of(Metadata metadata, string? publisher, EpubCoverFonts fonts, FontFileStore files)
    {
        var text = new StringBuilder("cover-key-1\n");
        text.Append(typeof(CoverKey).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        text.Append(typeof(SKBitmap).Assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        foreach (var part in new[] { metadata.Title, metadata.Subtitle, publisher }.Concat(metadata.Authors))
        {
            text.Append(part is null ? "-1" : part.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(part).Append('\n');
        }

        text.Append("authors ").Append(metadata.Authors.Length).Append('\n');
        foreach (var face in new[] { fonts }.Concat(fonts.Fallbacks).SelectMany(f => new[] { f.Regular, f.Bold }))
        {
            text.Append(face).Append(' ').Append(File.Exists(face) ? Convert.ToHexString(SHA256.HashData(files.Read(face))) : "absent").Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
