namespace Publish.Citations;

/// <summary>
/// A node of rendered, formatted text: a leaf of text or a list of children joined by a delimiter, with affixes
/// (outside the formatting, CSL 1.0.2 §Affixes), formatting, quotes and display. Writers turn it into HTML or text.
/// </summary>
internal sealed class Output
{
    public static readonly Output Empty = new(string.Empty);

    public Output(string text) => Text = text;

    public Output(List<Output> children, string delimiter = "")
    {
        Children = children;
        Delimiter = delimiter;
    }

    public string? Text { get; set; }

    public List<Output>? Children { get; }

    public string Delimiter { get; set; } = string.Empty;

    public string Prefix { get; set; } = string.Empty;

    public string Suffix { get; set; } = string.Empty;

    public string? FontStyle { get; set; }

    public string? FontWeight { get; set; }

    public string? FontVariant { get; set; }

    public string? TextDecoration { get; set; }

    public string? VerticalAlign { get; set; }

    public bool Quotes { get; set; }

    public string? Display { get; set; }

    /// <summary>Text that text-case must leave alone (<c>&lt;span class="nocase"&gt;</c>, URLs).</summary>
    public bool NoCase { get; set; }

    /// <summary>Marks the output of a <c>&lt;names&gt;</c> element (for subsequent-author-substitute).</summary>
    public bool IsNames { get; set; }

    /// <summary>What the node holds, for cite grouping and collapsing.</summary>
    public OutputKind Kind { get; set; }

    /// <summary>The citation number or the year suffix's number (a = 1) of a node of that kind.</summary>
    public int Number { get; set; }

    /// <summary>The years of a date node ("2000", "2000/2001" for a range), to tell same-year cites.</summary>
    public string? Years { get; set; }

    /// <summary>The output of cs:choose: its parts stand in the enclosing element's list, so a group's delimiter
    /// falls between them (CSL 1.0.2 §Choose).</summary>
    public bool Splice { get; set; }

    /// <summary>Text of a locale term ("ibid."), which a note citation starting with it capitalizes.</summary>
    public bool FromTerm { get; set; }

    /// <summary>A link target for the text (DOI, URL).</summary>
    public string? Link { get; set; }

    public bool IsEmpty => Text is not null ? Text.Length == 0 : Children!.All(c => c.IsEmpty);

    public static Output Join(IEnumerable<Output> parts, string delimiter = "")
    {
        var list = parts.Where(p => !p.IsEmpty).ToList();
        return list.Count == 1 && delimiter.Length == 0 ? list[0] : new Output(list, delimiter);
    }

    /// <summary>The plain text, without affix punctuation handling (for comparisons and sort keys).</summary>
    public string Plain()
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        var core = Text ?? string.Join(Delimiter, Children!.Where(c => !c.IsEmpty).Select(c => c.Plain()));
        return Prefix + core + Suffix;
    }

    /// <summary>Every leaf in reading order.</summary>
    public IEnumerable<Output> Leaves()
    {
        if (Text is not null)
        {
            yield return this;
            yield break;
        }

        foreach (var child in Children!)
        {
            foreach (var leaf in child.Leaves())
            {
                yield return leaf;
            }
        }
    }

    /// <summary>Every node in the tree, this one first (depth first, reading order).</summary>
    public IEnumerable<Output> Nodes()
    {
        yield return this;
        if (Children is null)
        {
            yield break;
        }

        foreach (var child in Children)
        {
            foreach (var node in child.Nodes())
            {
                yield return node;
            }
        }
    }

    /// <summary>Replaces, below this node, every node the function maps to another (children of a replaced node are not visited).</summary>
    public void Replace(Func<Output, Output?> replacement)
    {
        if (Children is null)
        {
            return;
        }

        for (var i = 0; i < Children.Count; i++)
        {
            if (replacement(Children[i]) is { } other)
            {
                Children[i] = other;
            }
            else
            {
                Children[i].Replace(replacement);
            }
        }
    }

    public bool HasFormatting => FontStyle is not null || FontWeight is not null || FontVariant is not null || TextDecoration is not null || VerticalAlign is not null || Quotes || Display is not null;

    /// <summary>A copy that can take its own affixes and formatting without changing this node.</summary>
    public Output Wrap() => new([this]);
}
