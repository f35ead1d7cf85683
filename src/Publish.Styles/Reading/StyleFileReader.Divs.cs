using System.Collections.Immutable;
using Publish.Model.Text;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>
/// <c>divs:</c>: class name → how a fenced div of that class is set. The built-in classes (note, warning, epigraph,
/// abstract) stay unless the file names them; a class the file names takes the built-in's values for keys it leaves
/// out, or a plain div's when the class is new.
/// </summary>
internal sealed partial class StyleFileReader
{
    private static readonly IReadOnlyList<(string Word, DivTreatment Value)> Treatments =
        [("plain", DivTreatment.Plain), ("box", DivTreatment.Box), ("epigraph", DivTreatment.Epigraph), ("abstract", DivTreatment.Abstract)];

    private DivStyles ReadDivs(StyleNode? node, double bodySize)
    {
        var defaults = DivStyles.Defaults(bodySize);
        if (node is null or ScalarNode { IsNull: true })
        {
            return defaults;
        }

        if (node is not MappingNode mapping)
        {
            context.Error(StyleDiagnosticCodes.WrongType, node, $"divs must be a mapping of div classes to their treatment, not {node.KindName}");
            return defaults;
        }

        var classes = defaults.Classes.ToBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var name = entry.Key.Value.Trim();
            if (!seen.Add(name))
            {
                context.Error(StyleDiagnosticCodes.DuplicateKey, entry.Key, $"div class '{name}' is given twice");
                continue;
            }

            classes[name] = ReadDiv(entry.Value, $"divs.{name}", defaults.Classes.GetValueOrDefault(name) ?? new DivStyle(DivTreatment.Plain), bodySize);
        }

        return new DivStyles(classes.ToImmutable());
    }

    private DivStyle ReadDiv(StyleNode node, string where, DivStyle fallback, double bodySize)
    {
        var fields = context.Fields(node, where, StyleKeys.Div);
        var style = fallback;
        if (fields.Get("treatment") is { } treatmentNode && context.Choice(treatmentNode, $"{where}.treatment", Treatments) is { } treatment)
        {
            style = style with { Treatment = treatment };
        }

        foreach (var key in StyleKeys.Div)
        {
            if (fields.Get(key) is { } given && StyleKeys.DivKeyNotTaken(style.Treatment, key) is { } reason)
            {
                context.Error(StyleDiagnosticCodes.UnknownKey, given, $"{where} ({style.Treatment.ToString().ToLowerInvariant()}) does not take '{key}': {reason}");
            }
        }

        // The size is the body's in ems (0.9em) or points; the inset's em is the div's own size, as everywhere else.
        if (fields.Get("size") is { } sizeNode && context.Length(sizeNode, $"{where}.size", allowEm: true) is { } size)
        {
            var points = size.Resolve(bodySize);
            if (points <= 0)
            {
                context.Error(StyleDiagnosticCodes.ValueOutOfRange, sizeNode, $"{where}.size must be greater than zero");
            }
            else
            {
                style = style with { Scale = points / bodySize };
            }
        }

        if (fields.Get("inset") is { } insetNode && context.Length(insetNode, $"{where}.inset", allowEm: true) is { } inset)
        {
            style = style with { Inset = inset.Resolve(bodySize * style.Scale) };
        }

        if (fields.Get("rule") is { } ruleNode && context.Points(ruleNode, $"{where}.rule", positive: false) is { } rule)
        {
            style = style with { Rule = rule };
        }

        if (fields.Get("rule-color") is { } colorNode && context.Color(colorNode, $"{where}.rule-color") is { } color)
        {
            style = style with { RuleColor = color };
        }

        if (fields.Get("width") is { } widthNode && Share(widthNode, $"{where}.width") is { } width)
        {
            style = style with { Width = width };
        }

        if (fields.Get("label") is { } labelNode)
        {
            style = style with { Label = ReadDivLabel(labelNode, $"{where}.label") ?? style.Label };
        }

        return style;
    }

    /// <summary><c>none</c>, one text for every language, or a mapping of language tags to texts.</summary>
    private DivLabel? ReadDivLabel(StyleNode node, string where)
    {
        if (node is ScalarNode scalar)
        {
            var text = scalar.Value.Trim();
            if (text.Equals("none", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return DivLabel.Of(string.Empty);
            }

            return context.NonEmptyText(node, where) is { } label ? DivLabel.Of(label) : null;
        }

        if (node is not MappingNode mapping)
        {
            context.Error(StyleDiagnosticCodes.WrongType, node, $"{where} must be a text, none, or a mapping of language tags to texts, not {node.KindName}");
            return null;
        }

        var texts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in mapping.Entries)
        {
            var language = entry.Key.Value.Trim();
            if (!LanguageTag.IsWellFormed(language))
            {
                context.Error(StyleDiagnosticCodes.InvalidChoice, entry.Key, $"{where} key '{language}' is not a language tag such as en or tr");
            }
            else if (texts.ContainsKey(language))
            {
                context.Error(StyleDiagnosticCodes.DuplicateKey, entry.Key, $"{where} gives '{language}' twice");
            }
            else if (context.NonEmptyText(entry.Value, $"{where}.{language}") is { } text)
            {
                texts[language] = text;
            }
        }

        return texts.Count == 0 ? null : new DivLabel(texts.ToImmutable());
    }

    /// <summary>A share of the column: <c>60%</c> or <c>0.6</c>, above 0 and at most 1.</summary>
    private double? Share(StyleNode node, string where)
    {
        var text = context.Text(node, where)?.Trim();
        if (text is null)
        {
            return null;
        }

        var percent = text.EndsWith('%');
        if (double.TryParse(percent ? text[..^1] : text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            var share = percent ? value / 100 : value;
            if (share is > 0 and <= 1)
            {
                return share;
            }
        }

        context.Error(StyleDiagnosticCodes.ValueOutOfRange, node, $"{where} '{text}' must be a share of the column above 0 and at most 100%, e.g. 60% or 0.6");
        return null;
    }
}
