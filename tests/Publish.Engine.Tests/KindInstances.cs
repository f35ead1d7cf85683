using System.Collections.Immutable;
using System.Reflection;
using Publish.Model;
using Publish.Model.Blocks;
using Publish.Model.Inlines;

namespace Publish.Engine.Tests;

/// <summary>
/// Builds an instance of any concrete <see cref="Block"/> or <see cref="Inline"/> kind from its constructor, without
/// knowing the kind: text parameters get the kind's marker word (<see cref="Marker"/>), content parameters one
/// paragraph or text run holding it, and the few parameters no type says enough about come from
/// <see cref="Arguments"/>. A new kind with a parameter neither covers fails with a message naming it.
/// </summary>
internal sealed class KindInstances(ImageSource image)
{
    private static readonly SourceSpan At = SourceSpan.None;

    /// <summary>Parameters whose value their type does not give, by kind and parameter name.</summary>
    private static readonly Dictionary<(string Kind, string Parameter), object> Arguments = new()
    {
        [(nameof(HeadingBlock), "Level")] = 2,
        [(nameof(ListBlock), "Ordered")] = true,
        [(nameof(ListBlock), "Start")] = 3,
        [(nameof(LinkInline), "Target")] = "https://example.org/every-kind",
        [(nameof(FormattedInline), "Format")] = InlineFormat.Superscript,
        [(nameof(CrossReferenceInline), "TargetKind")] = CrossReferenceKind.Section,
        [(nameof(CitationInline), "Cites")] = ImmutableArray.Create(new CitedItem("everykind")),
        [(nameof(TableBlock), "Columns")] = ImmutableArray.Create(new TableColumn(TableAlignment.Default, null)),
    };

    private readonly List<Note> _notes = [];

    /// <summary>The notes the instances made (a note reference needs its note), numbered in the order they were made.</summary>
    public ImmutableArray<Note> Notes => [.. _notes];

    /// <summary>Every concrete kind deriving from <paramref name="root"/> in the model assembly, by name.</summary>
    public static ImmutableArray<Type> ConcreteKinds(Type root) =>
        [.. root.Assembly.GetTypes().Where(t => t.IsSubclassOf(root) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>The word an instance of <paramref name="kind"/> built for <paramref name="place"/> carries: letters only, unique, never a prefix of another.</summary>
    public static string Marker(string place, Type kind) => place + kind.Name + "Word";

    public static TextInline Text(string text) => new(text, At);

    public static ParagraphBlock Paragraph(params Inline[] inlines) => new([.. inlines], At);

    /// <summary>A note with the next number.</summary>
    public Note NewNote(ImmutableArray<Block> content)
    {
        var number = _notes.Count + 1;
        var note = new Note(number, number.ToString(System.Globalization.CultureInfo.InvariantCulture), content, At);
        _notes.Add(note);
        return note;
    }

    public object Build(Type kind, string place)
    {
        var constructor = kind.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{kind.Name} has no public constructor; EveryKindTests cannot build it.");
        var marker = Marker(place, kind);
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Argument(kind, p, marker))])
            ?? throw new InvalidOperationException($"{kind.Name}'s constructor returned nothing.");
    }

    private object Argument(Type kind, ParameterInfo parameter, string marker)
    {
        if (Arguments.TryGetValue((kind.Name, parameter.Name!), out var given))
        {
            return given;
        }

        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            return marker;
        }

        if (type == typeof(SourceSpan))
        {
            return At;
        }

        if (type == typeof(ImmutableArray<Inline>))
        {
            return ImmutableArray.Create<Inline>(Text(marker));
        }

        if (type == typeof(ImmutableArray<Block>))
        {
            return ImmutableArray.Create<Block>(Paragraph(Text(marker)));
        }

        if (type == typeof(ImmutableArray<ListItem>))
        {
            return ImmutableArray.Create(new ListItem([Paragraph(Text(marker))], At));
        }

        if (type == typeof(ImmutableArray<TableRow>))
        {
            return ImmutableArray.Create(new TableRow([new TableCell([Paragraph(Text(marker))], 1, 1, At)], false, At));
        }

        if (type == typeof(ImmutableArray<DefinitionItem>))
        {
            return ImmutableArray.Create(new DefinitionItem([[Text(marker + "Term")]], [[Paragraph(Text(marker))]], At));
        }

        if (type == typeof(ImageSource))
        {
            return image;
        }

        if (type == typeof(Note))
        {
            return NewNote([Paragraph(Text(marker))]);
        }

        throw new InvalidOperationException(
            $"EveryKindTests cannot build a {kind.Name}: its constructor parameter '{parameter.Name}' is a {type.Name}, which says nothing about what to put there. " +
            $"Add ({kind.Name}, {parameter.Name}) to KindInstances.Arguments.");
    }
}
