namespace Publish.Typesetting.Flow;

/// <summary>
/// Where main text and notes may go on every page: between <see cref="Top"/> and <see cref="Bottom"/>
/// (y downward from the page's top edge), from <see cref="Left"/> over <see cref="Measure"/>. The footer
/// lives below <see cref="Bottom"/>, so nothing the composer places can collide with it.
/// </summary>
public sealed record PageArea(double Top, double Bottom, double Left, double Measure)
{
    public double Height => Bottom - Top;
}
