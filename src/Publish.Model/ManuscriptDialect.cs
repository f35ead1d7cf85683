namespace Publish.Model;

/// <summary>The manuscript formats Publish reads (see DESIGN.md, "The manuscript dialects").</summary>
public enum ManuscriptDialect
{
    /// <summary>CommonMark with YAML front matter and <c>[^label]</c> notes.</summary>
    Markdown,

    /// <summary>The institute archive's plain-text export.</summary>
    Legacy,
}
