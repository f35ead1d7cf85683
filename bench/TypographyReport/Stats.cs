namespace TypographyReport;

/// <summary>Order statistics used by the report (nearest-rank percentiles, as a reader counts them).</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The most frequent value after rounding to <paramref name="step"/>; ties go to the first seen.</summary>
    public static double Mode(IEnumerable<double> values, double step)
    {
        var best = double.NaN;
        var bestCount = 0;
        var counts = new Dictionary<long, int>();
        foreach (var v in values)
        {
            var key = (long)Math.Round(v / step);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            if (counts[key] > bestCount)
            {
                bestCount = counts[key];
                best = key * step;
            }
        }
        return best;
    }
}
