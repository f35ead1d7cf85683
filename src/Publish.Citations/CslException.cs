namespace Publish.Citations;

/// <summary>A style, locale or item file that cannot be used, with the place in it that says why.</summary>
public sealed class CslException : Exception
{
    /// <summary>An error at a 1-based line and column of the input.</summary>
    public CslException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>An error without a place.</summary>
    public CslException()
    {
    }

    /// <summary>An error without a place.</summary>
    public CslException(string message)
        : base(message)
    {
    }

    /// <summary>An error without a place, caused by another.</summary>
    public CslException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>1-based line of the input where the problem is (0: unknown).</summary>
    public int Line { get; }

    /// <summary>1-based column of the input where the problem is (0: unknown).</summary>
    public int Column { get; }
}
