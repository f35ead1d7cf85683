using System.Collections.Immutable;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Pages;
using Publish.Typesetting.Books;
using Publish.Typesetting.Fonts;
using Publish.Typesetting.Frames;

namespace Publish.Engine.Caching;

/// <summary>
/// An <see cref="ArticleLayout"/> as bytes, every number as written (doubles by their bits), so a layout read back
/// gives the same PDF bytes as the one laid out. Fonts are named by file and synthesis and found again in the layout's
/// <see cref="FontLibrary"/>: the frames contract identifies a font by reference. A frame item of a kind this codec does
/// not know makes <see cref="Write"/> throw <see cref="NotSupportedException"/>: such a layout is simply not cached.
/// The runs' glyphs go to a separate tail (<see cref="GlyphTail"/>): a rebuild reads the front of every record and the
/// glyphs of none whose pages it takes as recorded.
/// </summary>
internal static class ArticleLayoutCodec
{
    private const byte Glyphs = 1;
    private const byte Rule = 2;
    private const byte Link = 3;
    private const byte Image = 4;
    private const byte Destination = 5;

    /// <param name="output">The front: fonts, texts, pages and items, each run's section.</param>
    /// <param name="tail">The runs' glyphs, where their sections point.</param>
    public static void Write(BinaryWriter output, BinaryWriter tail, ArticleLayout layout, FontLibrary fonts)
    {
        var names = new Dictionary<FontResource, int>(ReferenceEqualityComparer.Instance);
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        var faces = fonts.Loaded();
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WritePages(writer, layout.Pages, new ItemNames(resource => FontIndex(resource, names, faces), text => TextIndex(text, texts), tail));
            WriteRest(writer, layout);
        }

        // The font table before the pages that name its entries by index.
        output.Write(names.Count);
        foreach (var (resource, _) in names.OrderBy(n => n.Value))
        {
            var (path, synthesis, _) = faces.First(f => ReferenceEquals(f.Face.Resource, resource));
            output.Write(path);
            output.Write(synthesis is not null);
            output.Write(synthesis?.Slant ?? 0);
            output.Write(synthesis?.Emboldening ?? 0);
        }

        // The glyphs' texts once each, before the pages that name them by index: a page has thousands of glyphs and a
        // few dozen distinct texts, and reading a string per glyph back was most of the decoding.
        output.Write(texts.Count);
        foreach (var (text, _) in texts.OrderBy(t => t.Value))
        {
            output.Write(text);
        }

        output.Write(body.GetBuffer(), 0, (int)body.Length);
    }

    private static int TextIndex(string text, Dictionary<string, int> texts)
    {
        if (!texts.TryGetValue(text, out var index))
        {
            index = texts.Count;
            texts.Add(text, index);
        }

        return index;
    }

    /// <summary>
    /// The layout <see cref="Write"/> wrote, from its front's bytes (not written after this call: the runs' sections stay
    /// in them) and its glyph tail, not read here.
    /// </summary>
    public static ArticleLayout Read(ArraySegment<byte> front, GlyphTail tail, FontLibrary fonts)
    {
        // Visible, so the runs' sections are read off the array.
        using var input = new BinaryReader(new MemoryStream(front.Array!, front.Offset, front.Count, writable: false, publiclyVisible: true), System.Text.Encoding.UTF8);
        var layout = Read(input, fonts, tail);
        return input.BaseStream.Position == input.BaseStream.Length ? layout : throw new InvalidDataException("a recorded layout followed by bytes it does not hold");
    }

    private static ArticleLayout Read(BinaryReader input, FontLibrary fonts, GlyphTail tail)
    {
        var count = input.ReadInt32();
        var resources = new FontResource[count];
        for (var i = 0; i < count; i++)
        {
            var path = input.ReadString();
            var synthesized = input.ReadBoolean();
            var slant = input.ReadDouble();
            var emboldening = input.ReadDouble();
            resources[i] = (synthesized ? fonts.Get(path, new SyntheticStyle(slant, emboldening)) : fonts.Get(path)).Resource;
        }

        var texts = new string[input.ReadInt32()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = input.ReadString();
        }

        var pages = ReadPages(input, resources, texts, tail);
        var structure = ReadArray(input, () =>
            new StructureElement(input.ReadInt32(), NullableInt(input), (StructureRole)input.ReadInt32(), NullableString(input), NullableString(input))
            {
                ColumnSpan = input.ReadInt32(),
                RowSpan = input.ReadInt32(),
            });
        var outline = ReadArray(input, () => new OutlineEntry(input.ReadString(), input.ReadInt32(), input.ReadInt32(), input.ReadDouble()));
        var map = new PrintPageMap(ReadArray(input, () => new PageStart(input.ReadString(), new ContentAnchor((ContentRegion)input.ReadInt32(), input.ReadInt32(), input.ReadInt32()))));
        var diagnostics = ReadArray(input, () => new Diagnostic((DiagnosticSeverity)input.ReadInt32(), input.ReadString(), Span(input), input.ReadString()));
        var runningTitle = input.ReadBoolean() ? new ArticleRunningTitle(input.ReadString(), input.ReadString()) : null;
        return new ArticleLayout(pages, structure, outline, map, diagnostics) { RunningTitle = runningTitle };
    }

    private static int FontIndex(FontResource resource, Dictionary<FontResource, int> names, IReadOnlyList<(string Path, SyntheticStyle? Synthesis, ShapingFace Face)> faces)
    {
        if (!names.TryGetValue(resource, out var index))
        {
            if (!faces.Any(f => ReferenceEquals(f.Face.Resource, resource)))
            {
                throw new NotSupportedException($"the font {resource.PostScriptName} is not one of the layout's library");
            }

            index = names.Count;
            names.Add(resource, index);
        }

        return index;
    }

    private static void WritePages(BinaryWriter writer, ImmutableArray<PageFrame> pages, ItemNames names)
    {
        writer.Write(pages.Length);
        foreach (var page in pages)
        {
            writer.Write(page.Width);
            writer.Write(page.Height);
            writer.Write(page.Bleed);
            writer.Write(page.Label);
            writer.Write(page.Items.Length);
            foreach (var item in page.Items)
            {
                WriteItem(writer, item, names);
            }
        }
    }

    private static void WriteItem(BinaryWriter writer, FrameItem item, ItemNames names)
    {
        switch (item)
        {
            case GlyphRun run:
                writer.Write(Glyphs);
                writer.Write(names.Font(run.Font));
                writer.Write(run.Size);
                writer.Write(run.X);
                writer.Write(run.Baseline);
                WriteColor(writer, run.Color);
                WriteNullable(writer, run.StructureId);
                writer.Write(run.HorizontalScale);
                writer.Write(run.Glyphs.Length);
                DeferredGlyphs.Write(writer, names.Tail, run.Glyphs, names.Text);

                break;
            case RuleItem rule:
                writer.Write(Rule);
                writer.Write(rule.X1);
                writer.Write(rule.Y1);
                writer.Write(rule.X2);
                writer.Write(rule.Y2);
                writer.Write(rule.Thickness);
                WriteColor(writer, rule.Color);
                break;
            case LinkItem link:
                writer.Write(Link);
                writer.Write(link.X);
                writer.Write(link.Y);
                writer.Write(link.Width);
                writer.Write(link.Height);
                WriteNullable(writer, link.Uri);
                WriteNullable(writer, link.Destination);
                WriteNullable(writer, link.StructureId);
                WriteNullable(writer, link.Description);
                writer.Write(link.Reference is not null);
                if (link.Reference is { } reference)
                {
                    WriteSpan(writer, reference);
                }

                break;
            case ImageItem image:
                writer.Write(Image);
                writer.Write(image.Path);
                writer.Write(image.X);
                writer.Write(image.Y);
                writer.Write(image.Width);
                writer.Write(image.Height);
                WriteNullable(writer, image.AltText);
                WriteNullable(writer, image.StructureId);
                writer.Write(image.Facts is not null);
                if (image.Facts is { } facts)
                {
                    writer.Write((int)facts.Format);
                    writer.Write(facts.PixelWidth);
                    writer.Write(facts.PixelHeight);
                    writer.Write(facts.Orientation);
                }

                break;
            case DestinationItem destination:
                writer.Write(Destination);
                writer.Write(destination.Name);
                writer.Write(destination.X);
                writer.Write(destination.Y);
                break;
            default:
                throw new NotSupportedException($"a frame item of kind {item.GetType().Name} is not cached");
        }
    }

    private static ImmutableArray<PageFrame> ReadPages(BinaryReader input, FontResource[] fonts, string[] texts, GlyphTail tail) =>
        ReadArray(input, () =>
        {
            var (width, height, bleed, label) = (input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), input.ReadString());
            return new PageFrame(width, height, bleed, label, ReadArray(input, () => ReadItem(input, fonts, texts, tail)));
        });

    /// <summary>
    /// A run's glyphs, as <see cref="WriteItem"/> wrote them: its section left in the front's bytes and its glyphs in the
    /// tail (<see cref="DeferredGlyphs"/>), decoded only if a page they are on must be formatted. The reader moves past the
    /// section; one that does not hold what was written throws, as the reader would.
    /// </summary>
    private static PositionedGlyphs ReadGlyphs(BinaryReader input, int length, string[] texts, GlyphTail tail)
    {
        var memory = (MemoryStream)input.BaseStream;
        if (!memory.TryGetBuffer(out var front))
        {
            throw new InvalidOperationException("a recorded layout is read off a visible buffer");
        }

        // The stream's positions count from where the front starts in the array; the run must not read past its end.
        var at = checked(front.Offset + (int)memory.Position);
        var glyphs = DeferredGlyphs.Read(front.Array!, ref at, length, texts, tail, front.Offset + front.Count);
        memory.Position = at - front.Offset;
        return glyphs;
    }

    private static FrameItem ReadItem(BinaryReader input, FontResource[] fonts, string[] texts, GlyphTail tail)
    {
        switch (input.ReadByte())
        {
            case Glyphs:
                var (font, size, x, baseline, color) = (fonts[input.ReadInt32()], input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), ReadColor(input));
                var (structure, scale) = (NullableInt(input), input.ReadDouble());
                var glyphs = ReadGlyphs(input, input.ReadInt32(), texts, tail);
                return new GlyphRun(font, size, x, baseline, color, glyphs) { StructureId = structure, HorizontalScale = scale };
            case Rule:
                return new RuleItem(input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), ReadColor(input));
            case Link:
                var link = new LinkItem(input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), NullableString(input), NullableString(input));
                var (linkStructure, description) = (NullableInt(input), NullableString(input));
                return link with { StructureId = linkStructure, Description = description, Reference = input.ReadBoolean() ? Span(input) : null };
            case Image:
                var image = new ImageItem(input.ReadString(), input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), input.ReadDouble(), NullableString(input)) { StructureId = NullableInt(input) };
                return input.ReadBoolean() ? image with { Facts = new ImageFacts((ImageFormat)input.ReadInt32(), input.ReadInt32(), input.ReadInt32(), input.ReadInt32()) } : image;
            case Destination:
                return new DestinationItem(input.ReadString(), input.ReadDouble(), input.ReadDouble());
            default:
                throw new InvalidDataException("an unknown frame item in a cached article layout");
        }
    }

    private static void WriteRest(BinaryWriter writer, ArticleLayout layout)
    {
        writer.Write(layout.Structure.Length);
        foreach (var element in layout.Structure)
        {
            writer.Write(element.Id);
            WriteNullable(writer, element.ParentId);
            writer.Write((int)element.Role);
            WriteNullable(writer, element.AltText);
            WriteNullable(writer, element.Language);
            writer.Write(element.ColumnSpan);
            writer.Write(element.RowSpan);
        }

        writer.Write(layout.Outline.Length);
        foreach (var entry in layout.Outline)
        {
            writer.Write(entry.Title);
            writer.Write(entry.Level);
            writer.Write(entry.PageIndex);
            writer.Write(entry.Y);
        }

        writer.Write(layout.PageMap.Pages.Length);
        foreach (var start in layout.PageMap.Pages)
        {
            writer.Write(start.Label);
            writer.Write((int)start.Anchor.Region);
            writer.Write(start.Anchor.BlockIndex);
            writer.Write(start.Anchor.TextOffset);
        }

        writer.Write(layout.Diagnostics.Length);
        foreach (var diagnostic in layout.Diagnostics)
        {
            writer.Write((int)diagnostic.Severity);
            writer.Write(diagnostic.Code);
            WriteSpan(writer, diagnostic.Span);
            writer.Write(diagnostic.Message);
        }

        writer.Write(layout.RunningTitle is not null);
        if (layout.RunningTitle is { } title)
        {
            writer.Write(title.Text);
            writer.Write(title.Language);
        }
    }

    private static ImmutableArray<T> ReadArray<T>(BinaryReader input, Func<T> read)
    {
        var count = input.ReadInt32();
        if (count < 0 || count > input.BaseStream.Length)
        {
            throw new InvalidDataException("a cached article layout with an impossible count");
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items.MoveToImmutable();
    }

    private static void WriteColor(BinaryWriter writer, RgbColor color)
    {
        writer.Write(color.R);
        writer.Write(color.G);
        writer.Write(color.B);
    }

    private static RgbColor ReadColor(BinaryReader input) => new(input.ReadByte(), input.ReadByte(), input.ReadByte());

    private static void WriteSpan(BinaryWriter writer, SourceSpan span)
    {
        writer.Write(span.File);
        writer.Write(span.Line);
        writer.Write(span.Column);
    }

    private static SourceSpan Span(BinaryReader input) => new(input.ReadString(), input.ReadInt32(), input.ReadInt32());

    private static void WriteNullable(BinaryWriter writer, int? value)
    {
        writer.Write(value.HasValue);
        writer.Write(value ?? 0);
    }

    private static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        writer.Write(value ?? string.Empty);
    }

    private static int? NullableInt(BinaryReader input)
    {
        var has = input.ReadBoolean();
        var value = input.ReadInt32();
        return has ? value : null;
    }

    private static string? NullableString(BinaryReader input)
    {
        var has = input.ReadBoolean();
        var value = input.ReadString();
        return has ? value : null;
    }

    /// <summary>How a written item names its font and its glyphs' texts: by their indexes in the tables written before the pages.</summary>
    private sealed record ItemNames(Func<FontResource, int> Font, Func<string, int> Text, BinaryWriter Tail);
}
