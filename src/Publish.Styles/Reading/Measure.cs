namespace Publish.Styles.Reading;

/// <summary>A length as written: points, or ems still waiting for the font size they are relative to.</summary>
internal readonly record struct Measure(double Value, bool IsEm)
{
    public static Measure Points(double value) => new(value, false);

    public static Measure Ems(double value) => new(value, true);

    public double Resolve(double fontSize) => IsEm ? Value * fontSize : Value;
}
