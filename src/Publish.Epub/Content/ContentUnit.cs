using Publish.Model.Blocks;
using Publish.Model.Pages;

namespace Publish.Epub.Content;

/// <summary>A top-level block and its address in the model, which is what print page anchors point at.</summary>
internal sealed record ContentUnit(ContentRegion Region, int Index, Block Block);
