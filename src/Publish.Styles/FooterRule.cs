namespace Publish.Styles;

/// <summary>A horizontal rule above the footer, across the text width.</summary>
public sealed record FooterRule(double Thickness, StyleColor Color);
