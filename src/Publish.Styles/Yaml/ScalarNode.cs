namespace Publish.Styles.Yaml;

/// <summary>
/// A scalar. <see cref="IsPlain"/> is true when it was written without quotes, which is what makes an empty
/// value, <c>~</c> or <c>null</c> a null rather than text.
/// </summary>
internal sealed record ScalarNode(string Value, bool IsPlain, int Line, int Column) : StyleNode(Line, Column)
{
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "a value";
}
