using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Publish.Epub;
using Publish.Manuscript;
using Publish.Model;
using Publish.Pdf;
using Publish.Styles;
using Publish.Typesetting.Layout;

namespace Publish.Engine.Caching;

/// <summary>
/// The part of the cache key shared by every manuscript of a build: the tool (its version and the identity of
/// each Publish assembly, so a rebuilt tool never serves editions of an older one), the house style file and
/// every font and hyphenation file it names (by content, see <see cref="StyleFileRecords"/>), the formats, the fixed build date and the read options.
/// </summary>
public static class BuildFingerprint
{
    public static string Of(HouseStyle style, BuildRequest request)
    {
        var text = new StringBuilder();
        text.Append("tool ").Append(PublishVersion.Producer).Append('\n');
        foreach (var assembly in new[] { typeof(Publisher), typeof(ManuscriptReader), typeof(Document), typeof(HouseStyle), typeof(PrintLayout), typeof(PdfWriter), typeof(EpubWriter) }.Select(t => t.Assembly))
        {
            text.Append("assembly ").Append(assembly.GetName().Name).Append(' ').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append('\n');
        }

        // Each style file by content, its hash taken from the last build into this folder while it is the same version.
        foreach (var (file, sha256) in StyleFileRecords.Hash(StyleFiles(style), request.OutputFolder))
        {
            text.Append("style-file ").Append(Path.GetFileName(file)).Append(' ').Append(sha256).Append('\n');
        }

        text.Append("formats ").Append(request.Formats.ToString()).Append('\n');
        text.Append("pdf profile ").Append(request.Print.ToString()).Append('\n');
        text.Append("pdf standard ").Append(request.PdfStandard.ToString()).Append('\n');
        text.Append("draft ").Append(request.Draft ? "yes" : "no").Append('\n');
        text.Append("date ").Append(request.BuildDate?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? "from-manuscript").Append('\n');
        var read = request.Reading ?? ReadingOptions.Default;
        text.Append("dialect ").Append(read.Dialect?.ToString() ?? "by-extension").Append('\n');
        text.Append("encoding ").Append(read.Encoding ?? "utf-8").Append('\n');
        text.Append(read.CitationsWith(style.Citations).Fingerprint()).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The style file, every face of every font family, every hyphenation pattern file and the press output profile, sorted.</summary>
    public static IEnumerable<string> StyleFiles(HouseStyle style)
    {
        var fonts = style.Fonts.Values.SelectMany(f => new[] { f.Regular, f.Italic, f.Bold, f.BoldItalic }).OfType<string>();
        var patterns = style.Hyphenation.Enabled ? style.Hyphenation.Patterns.Values : Enumerable.Empty<string>();
        var profile = style.Press is { } press ? new[] { press.ProfileFile } : [];
        return new[] { style.SourceFile }.Concat(style.ExtendedFiles).Concat(fonts).Concat(patterns).Concat(profile).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }
}
