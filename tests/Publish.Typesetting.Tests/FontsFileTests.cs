using System.Buffers.Binary;
using Publish.Typesetting.Fonts;

namespace Publish.Typesetting.Tests;

/// <summary>Font files as the typesetter opens them: collections (.ttc) and files HarfBuzz reads no glyphs from.</summary>
public sealed class FontsFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("publish-fontfiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_first_font_of_a_collection_reads_as_the_font_itself()
    {
        var plain = File.ReadAllBytes(ShippedFonts.Serif.Regular);
        var path = Path.Combine(_folder, "serif.ttc");
        File.WriteAllBytes(path, AsCollection(plain));

        using var collection = ShapingFace.Load(path);
        using var single = ShapingFace.Load(ShippedFonts.Serif.Regular);

        // Name and metrics come from the tables of face 0, found through the collection header.
        Assert.Equal(single.Resource.PostScriptName, collection.Resource.PostScriptName);
        Assert.Equal(single.Resource.Metrics, collection.Resource.Metrics);
        Assert.Equal(single.Resource.GlyphAdvance(36), collection.Resource.GlyphAdvance(36));
        Assert.True(collection.HasGlyph('a'));
    }

    /// <summary>
    /// Issue 15: the layout's faces take their bytes from the build's <see cref="Model.Input.FontFileStore"/>, which the
    /// EPUB reads its fonts from too: the face (and so the PDF, which embeds the face's data) holds the very bytes the
    /// store read, and a file spoiled after the store read it does not reach the layout.
    /// </summary>
    [Fact]
    public void A_library_over_the_builds_store_uses_the_bytes_the_store_read()
    {
        var path = Path.Combine(_folder, "serif.ttf");
        File.Copy(ShippedFonts.Serif.Regular, path);
        var store = new Model.Input.FontFileStore();
        var bytes = store.Read(path);
        File.WriteAllText(path, "not a font any more");

        using var library = new FontLibrary(store);
        var face = library.Get(path);

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(face.Resource.Data, out var data));
        Assert.Same(bytes, data.Array);
        Assert.True(face.HasGlyph('a'));
    }

    [Fact]
    public void A_file_harfbuzz_reads_no_glyphs_from_is_refused_with_its_path()
    {
        var path = Path.Combine(_folder, "page.ttf");
        File.WriteAllText(path, "<!DOCTYPE html><title>not a font</title>");

        var refused = Assert.Throws<InvalidDataException>(() => ShapingFace.Load(path));

        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A one-font .ttc: a 16-byte header, then the font with every table offset moved by 16.</summary>
    private static byte[] AsCollection(byte[] font)
    {
        const int header = 16;
        var collection = new byte[header + font.Length];
        "ttcf"u8.CopyTo(collection);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(12), header);
        font.CopyTo(collection, header);
        for (var i = 0; i < BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4)); i++)
        {
            var offset = collection.AsSpan(header + 12 + (i * 16) + 8);
            BinaryPrimitives.WriteUInt32BigEndian(offset, BinaryPrimitives.ReadUInt32BigEndian(offset) + header);
        }

        return collection;
    }
}
