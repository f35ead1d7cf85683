using System.Collections.Immutable;
using System.Text;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Diagnostics;
using Publish.Model.Inlines;

namespace Publish.Engine.Caching;

/// <summary>
/// A book's part as it was read (<see cref="RecordedRead"/>: its inputs, the reader's diagnostics, the
/// <see cref="Document"/>) in a compact binary form, for <see cref="BookReadCache"/>. Written by hand, as the layout
/// records are (<see cref="ArticleLayoutCodec"/>): System.Text.Json's generated contract decoded forty parts more slowly
/// than Markdig and the reader read them, which defeated the record. Each node is a tag and its members in declaration
/// order; a span in the document's own file is its line and column only (a part has thousands); a note marker names
/// its note by number in <see cref="Document.Notes"/>, so marker and note stay one record as the reader made them.
/// A test writes every kind of block and inline and compares every public member of the decoded document with the
/// original's, so a member added to the model and not here fails it.
/// </summary>
internal static class DocumentCodec
{
    /// <summary>The format's version: part of the record's header, so a record of another layout is a miss.</summary>
    public const string Version = "document-codec-1";

    public static byte[] Write(RecordedRead record)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            new Encoder(writer, record.Document).Record(record);
        }

        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are not such a record.</exception>
    public static RecordedRead Read(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), Encoding.UTF8);
            var record = new Decoder(reader).Record();
            return reader.BaseStream.Position == bytes.Length ? record : throw new InvalidDataException("bytes after the record");
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new InvalidDataException($"not a recorded read: {e.Message}", e);
        }
    }

    private enum BlockTag : byte
    {
        Paragraph = 1,
        Heading,
        BlockQuote,
        Code,
        DefinitionList,
        Div,
        Figure,
        List,
        Math,
        Table,
        ThematicBreak,
    }

    private enum InlineTag : byte
    {
        Text = 1,
        Emphasis,
        Strong,
        Formatted,
        Code,
        Link,
        ManuscriptLink,
        NoteReference,
        Citation,
        CrossReference,
        Span,
        Math,
        LineBreak,
    }

    /// <summary>How a span's file is written: the document's own, a file named before (its number follows), a new file (its name follows).</summary>
    private enum SpanFile : byte
    {
        Own,
        Known,
        New,
    }

    private sealed class Encoder(BinaryWriter output, Document document)
    {
        private readonly Dictionary<string, int> _files = new(StringComparer.Ordinal);
        private readonly Dictionary<Note, int> _notes = new(ReferenceEqualityComparer.Instance);

        /// <summary>Notes written so far: a marker may name only those by number (a marker inside a note to a later note is written whole).</summary>
        private int _notesWritten;

        public void Record(RecordedRead record)
        {
            // The document's file first: the diagnostics' spans are written short too.
            output.Write(document.SourcePath);
            List(record.Inputs, input => RecordFields.Write(output, input));
            List(record.Diagnostics, d =>
            {
                output.Write((int)d.Severity);
                output.Write(d.Code);
                Span(d.Span);
                output.Write(d.Message);
            });
            Document(document);
        }

        private void Document(Document d)
        {
            output.Write((int)d.Dialect);
            Metadata(d.Metadata);
            for (var i = 0; i < d.Notes.Length; i++)
            {
                _notes.TryAdd(d.Notes[i], i);
            }

            // The notes before the text: its markers name them by number.
            List(d.Notes, note =>
            {
                Note(note);
                _notesWritten++;
            });
            Blocks(d.FrontMatter);
            Blocks(d.Body);
            List(d.Bibliography, entry =>
            {
                Inlines(entry.Content);
                Span(entry.Span);
                Text(entry.Id);
                Text(entry.Key);
                output.Write(entry.Rendered);
            });
            Text(d.BibliographyHeading);
            Number(d.BibliographyIndex);
            Text(d.CitationKeys);
            Strings(d.CitationInputs);
            Text(d.CitationStyle);
            Inlines(d.Citation);
            Blocks(d.AboutAuthor);
            Present(d.Institution, institution => List(institution.Lines, line =>
            {
                output.Write((int)line.Kind);
                output.Write(line.Text);
                Text(line.Url);
                Span(line.Span);
            }));
            Text(d.SourceText);
        }

        private void Metadata(Metadata m)
        {
            output.Write(m.Title);
            Text(m.ShortTitle);
            Text(m.Subtitle);
            Strings(m.Authors);
            output.Write(m.Language);
            Text(m.Date);
            Text(m.Publisher);
            Text(m.Series);
            Text(m.Number);
            Text(m.Identifier);
            Text(m.Source);
        }

        private void Note(Note note)
        {
            output.Write(note.Number);
            output.Write(note.Label);
            Blocks(note.Content);
            Span(note.Span);
            output.Write(note.FromCitation);
        }

        private void Blocks(ImmutableArray<Block> blocks) => List(blocks, Block);

        private void Block(Block block)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    Head(BlockTag.Paragraph, block.Span);
                    Inlines(p.Content);
                    break;
                case HeadingBlock h:
                    Head(BlockTag.Heading, block.Span);
                    output.Write(h.Level);
                    Inlines(h.Content);
                    Text(h.Id);
                    break;
                case BlockQuoteBlock q:
                    Head(BlockTag.BlockQuote, block.Span);
                    Blocks(q.Children);
                    break;
                case CodeBlock c:
                    Head(BlockTag.Code, block.Span);
                    output.Write(c.Text);
                    break;
                case DefinitionListBlock l:
                    Head(BlockTag.DefinitionList, block.Span);
                    List(l.Items, item =>
                    {
                        List(item.Terms, Inlines);
                        List(item.Definitions, Blocks);
                        Span(item.Span);
                    });
                    break;
                case DivBlock d:
                    Head(BlockTag.Div, block.Span);
                    Blocks(d.Children);
                    Text(d.Id);
                    Strings(d.Classes);
                    Text(d.Language);
                    break;
                case FigureBlock f:
                    Head(BlockTag.Figure, block.Span);
                    Inlines(f.Caption);
                    Present(f.Image, image =>
                    {
                        output.Write(image.Path);
                        Text(image.AltText);
                        Present(image.Facts, facts =>
                        {
                            output.Write((int)facts.Format);
                            output.Write(facts.PixelWidth);
                            output.Write(facts.PixelHeight);
                            output.Write(facts.Orientation);
                        });
                    });
                    Text(f.MissingFile);
                    Text(f.Id);
                    output.Write(f.Number);
                    Number(f.WidthFraction);
                    Number(f.WidthPoints);
                    Strings(f.Classes);
                    break;
                case ListBlock l:
                    Head(BlockTag.List, block.Span);
                    output.Write(l.Ordered);
                    output.Write(l.Start);
                    List(l.Items, item =>
                    {
                        Blocks(item.Children);
                        Span(item.Span);
                        output.Write((sbyte)(item.Task switch { null => -1, false => 0, true => 1 }));
                    });
                    break;
                case MathBlock m:
                    Head(BlockTag.Math, block.Span);
                    output.Write(m.Tex);
                    break;
                case TableBlock t:
                    Head(BlockTag.Table, block.Span);
                    List(t.Columns, column =>
                    {
                        output.Write((int)column.Alignment);
                        Number(column.RelativeWidth);
                    });
                    List(t.Rows, row =>
                    {
                        List(row.Cells, cell =>
                        {
                            Blocks(cell.Content);
                            output.Write(cell.ColumnSpan);
                            output.Write(cell.RowSpan);
                            Span(cell.Span);
                        });
                        output.Write(row.IsHeader);
                        Span(row.Span);
                    });
                    Inlines(t.Caption);
                    Text(t.Id);
                    output.Write(t.Number);
                    break;
                case ThematicBreakBlock:
                    Head(BlockTag.ThematicBreak, block.Span);
                    break;
                default:
                    throw new NotSupportedException($"a block of kind {block.GetType().Name} cannot be recorded");
            }
        }

        /// <summary>A block's tag, then its span: what the decoder reads before the block's own members.</summary>
        private void Head(BlockTag tag, SourceSpan span)
        {
            output.Write((byte)tag);
            Span(span);
        }

        /// <summary>An inline's tag, then its span, as for a block.</summary>
        private void Head(InlineTag tag, SourceSpan span)
        {
            output.Write((byte)tag);
            Span(span);
        }

        private void Inlines(ImmutableArray<Inline> inlines) => List(inlines, Inline);

        private void Inline(Inline inline)
        {
            switch (inline)
            {
                case TextInline t:
                    Head(InlineTag.Text, inline.Span);
                    output.Write(t.Text);
                    break;
                case EmphasisInline e:
                    Head(InlineTag.Emphasis, inline.Span);
                    Inlines(e.Children);
                    break;
                case StrongInline s:
                    Head(InlineTag.Strong, inline.Span);
                    Inlines(s.Children);
                    break;
                case FormattedInline f:
                    Head(InlineTag.Formatted, inline.Span);
                    output.Write((int)f.Format);
                    Inlines(f.Children);
                    break;
                case CodeInline c:
                    Head(InlineTag.Code, inline.Span);
                    output.Write(c.Code);
                    break;
                case LinkInline l:
                    Head(InlineTag.Link, inline.Span);
                    output.Write(l.Target);
                    Inlines(l.Children);
                    break;
                case ManuscriptLinkInline m:
                    Head(InlineTag.ManuscriptLink, inline.Span);
                    output.Write(m.Path);
                    Text(m.Fragment);
                    Inlines(m.Children);
                    Number(m.Article);
                    break;
                case NoteReferenceInline n:
                    Head(InlineTag.NoteReference, inline.Span);
                    if (_notes.TryGetValue(n.Note, out var index) && index < _notesWritten)
                    {
                        output.Write(index);
                    }
                    else
                    {
                        output.Write(-1);
                        Note(n.Note);
                    }

                    break;
                case CitationInline c:
                    Head(InlineTag.Citation, inline.Span);
                    List(c.Cites, cite =>
                    {
                        output.Write(cite.Key);
                        output.Write(cite.Prefix);
                        output.Write(cite.Suffix);
                        output.Write(cite.Locator);
                        output.Write(cite.Label);
                        output.Write(cite.SuppressAuthor);
                    });
                    Inlines(c.Children);
                    output.Write(c.InText);
                    Text(c.TargetId);
                    break;
                case CrossReferenceInline x:
                    Head(InlineTag.CrossReference, inline.Span);
                    output.Write(x.TargetId);
                    output.Write((int)x.TargetKind);
                    Inlines(x.Children);
                    output.Write(x.Number);
                    output.Write(x.TargetText);
                    break;
                case SpanInline s:
                    Head(InlineTag.Span, inline.Span);
                    Inlines(s.Children);
                    Text(s.Language);
                    Text(s.Id);
                    Strings(s.Classes);
                    break;
                case MathInline m:
                    Head(InlineTag.Math, inline.Span);
                    output.Write(m.Tex);
                    break;
                case LineBreakInline:
                    Head(InlineTag.LineBreak, inline.Span);
                    break;
                default:
                    throw new NotSupportedException($"an inline of kind {inline.GetType().Name} cannot be recorded");
            }
        }

        private void Span(SourceSpan span)
        {
            if (string.Equals(span.File, document.SourcePath, StringComparison.Ordinal))
            {
                output.Write((byte)SpanFile.Own);
            }
            else if (_files.TryGetValue(span.File, out var known))
            {
                output.Write((byte)SpanFile.Known);
                output.Write7BitEncodedInt(known);
            }
            else
            {
                output.Write((byte)SpanFile.New);
                output.Write(span.File);
                _files.Add(span.File, _files.Count);
            }

            output.Write7BitEncodedInt(span.Line);
            output.Write7BitEncodedInt(span.Column);
        }

        /// <summary>A list's length, then its items; a default (never set) array is written as such.</summary>
        private void List<T>(ImmutableArray<T> items, Action<T> item)
        {
            output.Write7BitEncodedInt(items.IsDefault ? 0 : items.Length + 1);
            foreach (var value in items.IsDefault ? [] : items)
            {
                item(value);
            }
        }

        private void Strings(ImmutableArray<string> values) => List(values, output.Write);

        private void Text(string? value) => Present(value, output.Write);

        private void Number(int? value) => Present(value, v => output.Write(v));

        private void Number(double? value) => Present(value, v => output.Write(v));

        private void Present<T>(T? value, Action<T> write)
            where T : class
        {
            output.Write(value is not null);
            if (value is not null)
            {
                write(value);
            }
        }

        private void Present<T>(T? value, Action<T> write)
            where T : struct
        {
            output.Write(value.HasValue);
            if (value is { } v)
            {
                write(v);
            }
        }
    }

    private sealed class Decoder(BinaryReader input)
    {
        /// <summary>The document's own file, which its spans name unless they say otherwise.</summary>
        private string _source = string.Empty;

        private readonly List<string> _files = [];
        private Note[] _notes = [];
        private int _notesRead;

        public RecordedRead Record()
        {
            _source = String();
            var inputs = List(() => RecordFields.ReadInput(input));
            var diagnostics = List(() => new Diagnostic(RecordFields.Known<DiagnosticSeverity>(input.ReadInt32()), String(), Span(), String()));
            return new RecordedRead(inputs, diagnostics, Document());
        }

        private Document Document()
        {
            var dialect = RecordFields.Known<ManuscriptDialect>(input.ReadInt32());
            var metadata = Metadata();
            var notes = ReadNotes();
            return new Document
            {
                SourcePath = _source,
                Dialect = dialect,
                Metadata = metadata,
                Notes = notes,
                FrontMatter = Blocks(),
                Body = Blocks(),
                Bibliography = List(() => new BibliographyEntry(Inlines(), Span()) { Id = Text(), Key = Text(), Rendered = input.ReadBoolean() }),
                BibliographyHeading = Text(),
                BibliographyIndex = PresentValue(input.ReadInt32),
                CitationKeys = Text(),
                CitationInputs = Strings(),
                CitationStyle = Text(),
                Citation = Inlines(),
                AboutAuthor = Blocks(),
                Institution = Present(() => new Institution(List(() => new InstitutionLine(RecordFields.Known<InstitutionLineKind>(input.ReadInt32()), String(), Text(), Span())))),
                SourceText = Text(),
            };
        }

        private ImmutableArray<Note> ReadNotes()
        {
            var count = input.Read7BitEncodedInt();
            if (count == 0)
            {
                return default;
            }

            _notes = new Note[count - 1];
            for (_notesRead = 0; _notesRead < _notes.Length; _notesRead++)
            {
                _notes[_notesRead] = Note();
            }

            return [.. _notes];
        }

        private Metadata Metadata() => new()
        {
            Title = String(),
            ShortTitle = Text(),
            Subtitle = Text(),
            Authors = Strings(),
            Language = String(),
            Date = Text(),
            Publisher = Text(),
            Series = Text(),
            Number = Text(),
            Identifier = Text(),
            Source = Text(),
        };

        private Note Note() => new(input.ReadInt32(), String(), Blocks(), Span()) { FromCitation = input.ReadBoolean() };

        private ImmutableArray<Block> Blocks() => List(Block);

        private Block Block()
        {
            var tag = (BlockTag)input.ReadByte();
            var span = Span();
            return tag switch
            {
                BlockTag.Paragraph => new ParagraphBlock(Inlines(), span),
                BlockTag.Heading => new HeadingBlock(input.ReadInt32(), Inlines(), span) { Id = Text() },
                BlockTag.BlockQuote => new BlockQuoteBlock(Blocks(), span),
                BlockTag.Code => new CodeBlock(String(), span),
                BlockTag.DefinitionList => new DefinitionListBlock(List(() => new DefinitionItem(List(Inlines), List(Blocks), Span())), span),
                BlockTag.Div => new DivBlock(Blocks(), span) { Id = Text(), Classes = Strings(), Language = Text() },
                BlockTag.Figure => Figure(span),
                BlockTag.List => new ListBlock(input.ReadBoolean(), input.ReadInt32(), List(() => new ListItem(Blocks(), Span()) { Task = TaskState(input.ReadSByte()) }), span),
                BlockTag.Math => new MathBlock(String(), span),
                BlockTag.Table => new TableBlock(
                    List(() => new TableColumn(RecordFields.Known<TableAlignment>(input.ReadInt32()), PresentValue(input.ReadDouble))),
                    List(() => new TableRow(List(() => new TableCell(Blocks(), input.ReadInt32(), input.ReadInt32(), Span())), input.ReadBoolean(), Span())),
                    Inlines(),
                    span) { Id = Text(), Number = input.ReadInt32() },
                BlockTag.ThematicBreak => new ThematicBreakBlock(span),
                _ => throw new InvalidDataException($"an unknown block tag {(byte)tag}"),
            };
        }

        private FigureBlock Figure(SourceSpan span) => new(
            Inlines(),
            Present(() => new ImageSource(String(), Text())
            {
                Facts = Present(() => new ImageFacts(RecordFields.Known<ImageFormat>(input.ReadInt32()), input.ReadInt32(), input.ReadInt32(), input.ReadInt32())),
            }),
            span)
        {
            MissingFile = Text(),
            Id = Text(),
            Number = input.ReadInt32(),
            WidthFraction = PresentValue(input.ReadDouble),
            WidthPoints = PresentValue(input.ReadDouble),
            Classes = Strings(),
        };

        private ImmutableArray<Inline> Inlines() => List(Inline);

        private Inline Inline()
        {
            var tag = (InlineTag)input.ReadByte();
            var span = Span();
            return tag switch
            {
                InlineTag.Text => new TextInline(String(), span),
                InlineTag.Emphasis => new EmphasisInline(Inlines(), span),
                InlineTag.Strong => new StrongInline(Inlines(), span),
                InlineTag.Formatted => new FormattedInline(RecordFields.Known<InlineFormat>(input.ReadInt32()), Inlines(), span),
                InlineTag.Code => new CodeInline(String(), span),
                InlineTag.Link => new LinkInline(String(), Inlines(), span),
                InlineTag.ManuscriptLink => new ManuscriptLinkInline(String(), Text(), Inlines(), span) { Article = PresentValue(input.ReadInt32) },
                InlineTag.NoteReference => new NoteReferenceInline(MarkedNote(), span),
                InlineTag.Citation => new CitationInline(
                    List(() => new CitedItem(String()) { Prefix = String(), Suffix = String(), Locator = String(), Label = String(), SuppressAuthor = input.ReadBoolean() }),
                    Inlines(),
                    span) { InText = input.ReadBoolean(), TargetId = Text() },
                InlineTag.CrossReference => new CrossReferenceInline(String(), RecordFields.Known<CrossReferenceKind>(input.ReadInt32()), Inlines(), span) { Number = input.ReadInt32(), TargetText = String() },
                InlineTag.Span => new SpanInline(Inlines(), span) { Language = Text(), Id = Text(), Classes = Strings() },
                InlineTag.Math => new MathInline(String(), span),
                InlineTag.LineBreak => new LineBreakInline(span),
                _ => throw new InvalidDataException($"an unknown inline tag {(byte)tag}"),
            };
        }

        /// <summary>The note a marker names: one of the document's notes read before it, or one written whole.</summary>
        private Note MarkedNote()
        {
            var index = input.ReadInt32();
            return index < 0 ? Note() : index < _notesRead ? _notes[index] : throw new InvalidDataException($"a marker of note {index} before it was read");
        }

        private SourceSpan Span()
        {
            var file = (SpanFile)input.ReadByte() switch
            {
                SpanFile.Own => _source,
                SpanFile.Known => _files[input.Read7BitEncodedInt()],
                SpanFile.New => NewFile(String()),
                var other => throw new InvalidDataException($"an unknown span kind {(byte)other}"),
            };
            return new SourceSpan(file, input.Read7BitEncodedInt(), input.Read7BitEncodedInt());
        }

        private string NewFile(string file)
        {
            _files.Add(file);
            return file;
        }

        private ImmutableArray<T> List<T>(Func<T> item)
        {
            var count = input.Read7BitEncodedInt();
            if (count == 0)
            {
                return default;
            }

            var items = ImmutableArray.CreateBuilder<T>(count - 1);
            for (var i = 0; i < count - 1; i++)
            {
                items.Add(item());
            }

            return items.MoveToImmutable();
        }

        private ImmutableArray<string> Strings() => List(String);

        private string? Text() => input.ReadBoolean() ? String() : null;

        /// <summary>
        /// A string as <see cref="BinaryWriter.Write(string)"/> writes it, decoded straight from the record's bytes:
        /// <see cref="BinaryReader.ReadString"/> decodes through a small buffer and a builder, which made a part's
        /// source text (tens of kilobytes) a good share of decoding it.
        /// </summary>
        private string String()
        {
            var length = input.Read7BitEncodedInt();
            var stream = (MemoryStream)input.BaseStream;
            var at = (int)stream.Position;
            if (length < 0 || length > stream.Length - at)
            {
                throw new InvalidDataException("a string past the record's end");
            }

            stream.Position = at + length;
            return Encoding.UTF8.GetString(stream.GetBuffer(), at, length);
        }

        private T? Present<T>(Func<T> read)
            where T : class => input.ReadBoolean() ? read() : null;

        private T? PresentValue<T>(Func<T> read)
            where T : struct => input.ReadBoolean() ? read() : null;

        private static bool? TaskState(sbyte value) => value switch
        {
            -1 => null,
            0 => false,
            1 => true,
            _ => throw new InvalidDataException($"an unknown task state {value}"),
        };
    }
}

/// <summary>One part of a book as it was read: the inputs it was read from (the part first), what the reader reported, the document.</summary>
internal sealed record RecordedRead(ImmutableArray<InputRecord> Inputs, ImmutableArray<Diagnostic> Diagnostics, Document Document);
