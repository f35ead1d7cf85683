namespace Publish.Engine.Books;

/// <summary>Which number a <see cref="BookIdentifier"/> is.</summary>
public enum BookIdentifierKind
{
    /// <summary>Not yet known (no <c>ISBN</c>/<c>ISSN</c> prefix): decided by the number of digits.</summary>
    Unnamed,

    /// <summary>An ISSN (ISO 3297): 8 digits, the last a mod-11 check digit (X for 10).</summary>
    Issn,

    /// <summary>An ISBN-10 (ISO 2108, before 2007): 10 digits, the last a mod-11 check digit (X for 10).</summary>
    Isbn10,

    /// <summary>An ISBN-13 (ISO 2108): 13 digits beginning 978 or 979, the last a mod-10 check digit.</summary>
    Isbn13,
}
