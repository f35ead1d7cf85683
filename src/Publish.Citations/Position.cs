namespace Publish.Citations;

/// <summary>A cite's position among the citations of a document (CSL 1.0.2 §Position), most general first.</summary>
internal enum Position
{
    First,
    Subsequent,
    Ibid,
    IbidWithLocator,
}
