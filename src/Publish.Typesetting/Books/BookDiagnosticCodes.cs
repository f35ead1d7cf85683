namespace Publish.Typesetting.Books;

/// <summary>Stable diagnostic codes of the book's print layout (range PUB38xx of the typesetter's PUB3xxx).</summary>
public static class BookDiagnosticCodes
{
    /// <summary>An article's title does not fit the running title's line and it has no <c>short-title</c>: the running title is cut.</summary>
    public const string RunningTitleCut = "PUB3801";
}
