namespace Publish.Imaging;

/// <summary>
/// Reads <c>tiff:Orientation</c> from an XMP packet (JPEG APP1 "http://ns.adobe.com/xap/1.0/", PNG iTXt
/// "XML:com.adobe.xmp", WebP "XMP "), in either of the forms RDF allows for a simple property: an attribute
/// (<c>tiff:Orientation="6"</c>) or an element (<c>&lt;tiff:Orientation&gt;6&lt;/tiff:Orientation&gt;</c>). Editors
/// that write only XMP (or rotate a photo by rewriting only its XMP) would otherwise leave it sideways. A byte
/// search, not an XML parser: the packet is untrusted and only one small value is wanted.
/// </summary>
public static class XmpOrientation
{
    /// <summary>The start of an APP1 segment's body that holds an XMP packet (the namespace, then a NUL).</summary>
    public static ReadOnlySpan<byte> App1Signature => "http://ns.adobe.com/xap/1.0/\0"u8;

    private static ReadOnlySpan<byte> Property => "tiff:Orientation"u8;

    /// <returns>1–8, or null when the packet holds no readable orientation.</returns>
    public static int? Read(ReadOnlySpan<byte> packet)
    {
        var at = packet.IndexOf(Property);
        while (at >= 0)
        {
            var rest = packet[(at + Property.Length)..];
            var value = rest.Length > 0 && rest[0] == (byte)'>' ? Value(rest[1..]) : Attribute(rest);
            if (value is not null)
            {
                return value;
            }

            var next = rest.IndexOf(Property);
            at = next < 0 ? -1 : at + Property.Length + next;
        }

        return null;
    }

    /// <summary><c>="6"</c> or <c>='6'</c>, with optional blanks around the equals sign.</summary>
    private static int? Attribute(ReadOnlySpan<byte> rest)
    {
        rest = rest.TrimStart(" \t\r\n"u8);
        if (rest.Length == 0 || rest[0] != (byte)'=')
        {
            return null;
        }

        rest = rest[1..].TrimStart(" \t\r\n"u8);
        return rest.Length > 0 && rest[0] is (byte)'"' or (byte)'\'' ? Value(rest[1..]) : null;
    }

    private static int? Value(ReadOnlySpan<byte> rest)
    {
        rest = rest.TrimStart(" \t\r\n"u8);
        return rest.Length > 0 && rest[0] is >= (byte)'1' and <= (byte)'8' && (rest.Length == 1 || !char.IsAsciiDigit((char)rest[1]))
            ? rest[0] - '0'
            : null;
    }
}
