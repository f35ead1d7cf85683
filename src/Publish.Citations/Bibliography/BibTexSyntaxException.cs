namespace Publish.Citations.Bibliography;

/// <summary>A syntax error inside <see cref="BibTexParser"/>; it never leaves the parser, which turns it into a diagnostic.</summary>
internal sealed class BibTexSyntaxException : Exception
{
    public BibTexSyntaxException(string message, int position)
        : base(message) => Position = position;

    public BibTexSyntaxException()
    {
    }

    public BibTexSyntaxException(string message)
        : base(message)
    {
    }

    public BibTexSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The offset in the file where the problem is.</summary>
    public int Position { get; }
}
