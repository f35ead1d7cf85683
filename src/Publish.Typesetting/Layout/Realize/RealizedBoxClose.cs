namespace Publish.Typesetting.Layout.Realize;

/// <summary>Closes the innermost <see cref="RealizedBoxOpen"/>.</summary>
internal sealed record RealizedBoxClose : RealizedBlock;
