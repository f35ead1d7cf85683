namespace Publish.Typesetting.Paragraphs;

/// <summary>Kinds of break opportunity inside a word, cheapest first.</summary>
internal enum BreakKind
{
    /// <summary>After an explicit hyphen between letters (TeX \exhyphenpenalty).</summary>
    ExplicitHyphen,

    /// <summary>A Liang hyphenation point; a hyphen is added.</summary>
    Hyphen,

    /// <summary>After <c>/ . -</c> in a URL or e-mail address; nothing is added.</summary>
    Url,

    /// <summary>Anywhere, for a token wider than the line; nothing is added.</summary>
    LastResort,
}
