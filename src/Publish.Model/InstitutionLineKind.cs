namespace Publish.Model;

/// <summary>What a line of the institution's footer is, so writers can link and order it.</summary>
public enum InstitutionLineKind
{
    Address,
    Telephone,
    Social,
    Web,
    Email,
    Copyright,
    Other,
}
