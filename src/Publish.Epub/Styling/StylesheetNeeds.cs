using System.Globalization;

namespace Publish.Epub.Styling;

/// <summary>
/// What the content documents used that needs rules of its own, collected while they are written: constructs
/// (<see cref="StyleFeature"/>) and the sizes authors gave (column widths, figure widths). The house rule is no
/// inline <c>style</c> attribute — one stylesheet a reader or a publisher's override can restyle — so a size
/// becomes a class named after it (<c>w25pc</c>, <c>w170pt</c>) with its rule here. Sets are sorted: equal input
/// gives an equal stylesheet whatever order the documents met them in.
/// </summary>
internal sealed class StylesheetNeeds
{
    private readonly SortedSet<StyleFeature> _features = [];
    private readonly SortedSet<int> _columnPercents = [];
    private readonly SortedSet<int> _figurePercents = [];
    private readonly SortedSet<int> _figurePoints = [];

    public IReadOnlyCollection<StyleFeature> Features => _features;

    public IReadOnlyCollection<int> ColumnPercents => _columnPercents;

    public IReadOnlyCollection<int> FigurePercents => _figurePercents;

    public IReadOnlyCollection<int> FigurePoints => _figurePoints;

    public void Use(StyleFeature feature) => _features.Add(feature);

    /// <summary>The class of a column <paramref name="share"/> of the table wide (whole percent, 1–100).</summary>
    public string ColumnWidth(double share)
    {
        var percent = Percent(share);
        _columnPercents.Add(percent);
        return PercentClass(percent);
    }

    /// <summary>The class of an image <paramref name="share"/> of the text width wide.</summary>
    public string FigureWidth(double share)
    {
        var percent = Percent(share);
        _figurePercents.Add(percent);
        return PercentClass(percent);
    }

    /// <summary>The class of an image <paramref name="points"/> wide (whole points; the stylesheet still caps it at the screen's width).</summary>
    public string FigureWidthPoints(double points)
    {
        var whole = (int)Math.Clamp(Math.Round(points, MidpointRounding.AwayFromZero), 1, 10000);
        _figurePoints.Add(whole);
        return PointClass(whole);
    }

    public static string PercentClass(int percent) => "w" + percent.ToString(CultureInfo.InvariantCulture) + "pc";

    public static string PointClass(int points) => "w" + points.ToString(CultureInfo.InvariantCulture) + "pt";

    private static int Percent(double share) =>
        double.IsFinite(share) ? (int)Math.Clamp(Math.Round(share * 100, MidpointRounding.AwayFromZero), 1, 100) : 100;
}
