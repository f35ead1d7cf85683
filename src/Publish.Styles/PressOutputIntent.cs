namespace Publish.Styles;

/// <summary>
/// The printing condition a press PDF is made for, when the style names one (<c>press.output-profile</c>,
/// <c>press.output-condition</c>): a CMYK output ICC profile (absolute path, checked by
/// <see cref="Reading.OutputProfileCheck"/> when the style was loaded) and the condition's identifier in the ICC
/// registry (e.g. <c>FOGRA51</c>). Without one the press PDF uses the FOGRA39 profile shipped with Publish.
/// </summary>
public sealed record PressOutputIntent(string ProfileFile, string ConditionIdentifier);
