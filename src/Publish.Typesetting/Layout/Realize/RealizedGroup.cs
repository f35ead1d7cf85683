using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Layout.Realize;

/// <summary>
/// Opens structure group <see cref="Group"/> (a block quote, a list, a list item or its body) under
/// <see cref="Parent"/> (a group opened before it; null for the document). Blocks after it name it as their parent.
/// </summary>
internal sealed record RealizedGroup(int Group, int? Parent, StructureRole Role) : RealizedBlock;
