namespace Publish.Pdf.Structure;

/// <summary>One entry of a structure element's /K in content order: a marked-content or object reference
/// dictionary, or an inline child element.</summary>
internal readonly record struct StructureKid(string? Dictionary, int? Element)
{
    public static StructureKid Of(string dictionary) => new(dictionary, null);

    public static StructureKid Of(int element) => new(null, element);
}
