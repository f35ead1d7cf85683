namespace Publish.Imaging;

/// <summary>Why <see cref="JpegSegments{TBytes}.MoveNext"/> returned false.</summary>
public enum JpegWalkEnd
{
    /// <summary>Still walking, or stopped after a start of scan or an end of image (nothing is read past them).</summary>
    None,

    /// <summary>The bytes end before the next marker's four bytes or inside a segment.</summary>
    Truncated,

    /// <summary>A byte where a marker must begin is not FF.</summary>
    NotAMarker,

    /// <summary>A segment's length field is below 2, the length of the field itself.</summary>
    BadLength,
}
