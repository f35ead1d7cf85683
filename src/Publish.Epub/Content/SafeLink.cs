namespace Publish.Epub.Content;

/// <summary>The only link targets an edition may carry: absolute <c>http</c>, <c>https</c> and <c>mailto</c> URLs.
/// The readers filter already; the writer checks again because it is the last line before a reader's device.</summary>
internal static class SafeLink
{
    public static bool IsAllowed(string? target) =>
        target is not null
        && Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);
}
