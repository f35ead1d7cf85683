namespace Publish.Citations;

/// <summary>How rendered citations and entries are written.</summary>
public enum OutputFormat
{
    /// <summary>Plain text, without markup.</summary>
    Text,

    /// <summary>HTML as the CSL test suite writes it (&lt;i&gt;, &lt;b&gt;, small caps spans, escaped &amp;).</summary>
    Html,
}
