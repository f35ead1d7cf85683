using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Publish.Styles.Yaml;

/// <summary>
/// Reads a style file into <see cref="StyleNode"/>s from YamlDotNet's parser events, keeping the position of
/// every key and value. Own tree rather than YamlDotNet's representation model because that one rejects
/// duplicate keys with an exception instead of a position, and follows aliases (a billion-laughs file would
/// expand); style files need neither aliases nor tags, so both are refused.
/// </summary>
internal static class StyleTreeReader
{
    /// <summary>Deeper than any real style file; keeps a hostile file from exhausting the stack.</summary>
    private const int MaxDepth = 32;

    /// <summary>The root node of the single document, or null for an empty file.</summary>
    /// <exception cref="StyleSyntaxException">Malformed YAML or a YAML feature a style file may not use.</exception>
    public static StyleNode? Read(string text, string? file = null)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.MoveNext();
            Consume<StreamStart>(parser);
            if (parser.Current is StreamEnd)
            {
                return null;
            }

            Consume<DocumentStart>(parser);
            var root = ReadNode(parser, 0, file);
            Consume<DocumentEnd>(parser);
            if (parser.Current is DocumentStart second)
            {
                throw Unsupported(second, "a style file holds one YAML document; remove the second '---'");
            }

            return root;
        }
        catch (YamlException exception)
        {
            var message = InnermostMessage(exception);
            var (line, column) = (ToInt(exception.Start.Line), ToInt(exception.Start.Column));

            // YamlDotNet places a tab in indentation at the start of the enclosing mapping (often 1:1);
            // the tab itself is what the editor has to find.
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab)
            {
                (line, column) = tab;
                message += " Indent with spaces; YAML does not allow tabs.";
            }

            throw new StyleSyntaxException(StyleDiagnosticCodes.YamlSyntaxError, line, column, $"YAML syntax error: {message}");
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these instead of a YamlException on some malformed input (e.g. a tab
            // inside a flow collection after '? '); the last event it read is the best position available.
            var at = parser.Current?.End;
            throw new StyleSyntaxException(
                StyleDiagnosticCodes.YamlSyntaxError,
                at is { } line ? ToInt(line.Line) : 0,
                at is { } column ? ToInt(column.Column) : 0,
                "YAML syntax error: the YAML reader could not go on after this point");
        }
    }

    private static StyleNode ReadNode(Parser parser, int depth, string? file)
    {
        var current = parser.Current ?? throw new StyleSyntaxException(StyleDiagnosticCodes.YamlSyntaxError, 0, 0, "unexpected end of the file");
        if (depth > MaxDepth)
        {
            throw Unsupported(current, $"nesting deeper than {MaxDepth} levels");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false })
        {
            throw Unsupported(current, "anchors (&name) are not supported in style files; write the value out");
        }

        if (current is NodeEvent { Tag.IsEmpty: false, Tag.IsNonSpecific: false })
        {
            throw Unsupported(current, "tags (!name) are not supported in style files");
        }

        var (line, column) = (ToInt(current.Start.Line), ToInt(current.Start.Column));
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new ScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain, line, column) { File = file };

            case SequenceStart:
            {
                parser.MoveNext();
                var items = ImmutableArray.CreateBuilder<StyleNode>();
                while (parser.Current is not SequenceEnd)
                {
                    items.Add(ReadNode(parser, depth + 1, file));
                }

                parser.MoveNext();
                return new SequenceNode(items.ToImmutable(), line, column) { File = file };
            }

            case MappingStart:
            {
                parser.MoveNext();
                var entries = ImmutableArray.CreateBuilder<MappingEntry>();
                while (parser.Current is not MappingEnd)
                {
                    var key = ReadNode(parser, depth + 1, file);
                    if (key is not ScalarNode scalarKey)
                    {
                        throw new StyleSyntaxException(StyleDiagnosticCodes.YamlFeatureNotSupported, key.Line, key.Column, "keys must be plain names, not lists or mappings");
                    }

                    entries.Add(new MappingEntry(scalarKey, ReadNode(parser, depth + 1, file)));
                }

                parser.MoveNext();
                return new MappingNode(entries.ToImmutable(), line, column) { File = file };
            }

            case AnchorAlias:
                throw Unsupported(current, "aliases (*name) are not supported in style files; write the value out");

            default:
                throw Unsupported(current, $"unexpected YAML event {current.GetType().Name}");
        }
    }

    /// <summary>Checks that the parser stands on a <typeparamref name="T"/> event and steps past it.</summary>
    private static void Consume<T>(Parser parser)
        where T : ParsingEvent
    {
        if (parser.Current is not T)
        {
            var at = parser.Current;
            throw new StyleSyntaxException(
                StyleDiagnosticCodes.YamlSyntaxError,
                at is null ? 0 : ToInt(at.Start.Line),
                at is null ? 0 : ToInt(at.Start.Column),
                at is null ? "unexpected end of the file" : $"expected {typeof(T).Name}, found {at.GetType().Name}");
        }

        parser.MoveNext();
    }

    /// <summary>1-based line and column of the first tab among a line's leading whitespace, or null.</summary>
    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static StyleSyntaxException Unsupported(ParsingEvent at, string message) =>
        new(StyleDiagnosticCodes.YamlFeatureNotSupported, ToInt(at.Start.Line), ToInt(at.Start.Column), message);

    private static string InnermostMessage(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: …) - (…): "; the diagnostic already says where.
        var message = inner.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static int ToInt(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
