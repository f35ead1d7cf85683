namespace Publish.Manuscript.Input;

/// <summary>
/// Which link targets may pass into an edition. Editions are documents, not programs: only web and mail
/// links survive; <c>javascript:</c>, <c>data:</c>, <c>file:</c> and every other scheme are dropped by the
/// readers (keeping the link text) with a warning. In-document fragments (<c>#…</c>) are not links to keep.
/// </summary>
public static class LinkPolicy
{
    public static bool IsAllowed(string target)
    {
        if (!Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme is "http" or "https" or "mailto";
    }
}
