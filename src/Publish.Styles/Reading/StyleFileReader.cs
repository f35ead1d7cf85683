using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Model;
using Publish.Model.Input;
using Publish.Model.Text;
using Publish.Styles.Yaml;

namespace Publish.Styles.Reading;

/// <summary>
/// Walks a style file's tree section by section, laying what it finds over <see cref="HouseStyleDefaults"/>.
/// Returns a style even when errors were reported (with defaults in their place); the loader discards it then.
/// </summary>
internal sealed partial class StyleFileReader(StyleReadContext context)
{
    /// <summary>Below an inch nothing fits: the least page side, and the least text area the margins may leave (PUB2026).</summary>
    internal const double MinPageSide = 72;

    /// <summary>PDF's implementation limit without UserUnit is 14,400 units (200 in).</summary>
    private const double MaxPageSide = 14_400;

    public HouseStyle Read(StyleNode? root)
    {
        var fields = context.Fields(root, "the style file", StyleKeys.Root);
        var name = fields.Get("name") is { } nameNode ? context.NonEmptyText(nameNode, "name") : null;
        var page = ReadPage(fields.Get("page"));
        var declaredFonts = ReadFonts(fields.Get("fonts"));
        var roles = ReadRoles(fields.Get("text"));
        var footerFields = context.Fields(fields.Get("footer"), "footer", StyleKeys.Footer);
        var footerSpec = ReadTextStyle(footerFields, "footer", HouseStyleDefaults.Footer, alignments: null);
        roles["footer"] = footerSpec;
        var fallback = ReadFontFallback(fields.Get("font-fallback"));
        var uses = roles.Select(r => (r.Value.Family, r.Value.FamilySpan, r.Key))
            .Concat(fallback.Select(f => (f.Family, (SourceSpan?)f.Span, "font-fallback")));
        var fonts = ResolveFonts(declaredFonts, uses);
        var text = roles.ToDictionary(r => r.Key, r => r.Value.Resolve(), StringComparer.Ordinal);
        PageFitChecker.Check(context, page, roles);

        var style = new HouseStyle
        {
            Name = name ?? Path.GetFileNameWithoutExtension(context.StyleFile),
            SourceFile = Path.GetFullPath(context.StyleFile),
            Page = page,
            Text = new TextStyles
            {
                Body = text["body"],
                Heading1 = text["heading-1"],
                Heading2 = text["heading-2"],
                Heading3 = text["heading-3"],
                Note = text["note"],
                Caption = text["caption"],
                Bibliography = text["bibliography"],
                Footer = text["footer"],
                Title = text["title"],
                Author = text["author"],
                Code = text["code"],
            },
            Fonts = fonts,
            FontFallback = [.. fallback.Select(f => f.Family)],
            Hyphenation = ReadHyphenation(fields.Get("hyphenation")),
            Footer = ReadFooter(footerFields, text["footer"]),
            Epub = ReadEpub(fields.Get("epub")),
            Press = ReadPress(fields.Get("press")),
            Tables = ReadTables(fields.Get("tables"), text["body"].Size),
            Divs = ReadDivs(fields.Get("divs"), text["body"].Size),
            Notes = ReadNotes(fields.Get("notes")),
            Figures = ReadFigures(fields.Get("figures")),
            MakeUp = ReadMakeUp(fields.Get("make-up")),
            Microtype = ReadMicrotype(fields.Get("microtype")),
            Typography = ReadTypography(fields.Get("typography")),
            Citations = ReadCitations(fields.Get("citations")),
        };
        WarnOfSynthesizedFaces(fonts, declaredFonts, roles);
        return style;
    }

    private PageGeometry ReadPage(StyleNode? node)
    {
        var fields = context.Fields(node, "page", StyleKeys.Page);
        var size = fields.Get("size") is { } sizeNode ? ReadPageSize(sizeNode) : null;
        var (width, height) = size ?? StyleChoices.PageSizes.Single(s => s.Word == HouseStyleDefaults.PageSizeName).Value;
        var margins = ReadMargins(fields.Get("margins"));
        var bleed = fields.Get("bleed") is { } bleedNode ? context.Points(bleedNode, "page.bleed", positive: false) ?? 0 : 0;

        if (fields.Get("bleed") is { } bleedAt && Math.Max(width, height) + (2 * bleed) > MaxPageSide)
        {
            context.Error(StyleDiagnosticCodes.ValueOutOfRange, bleedAt, string.Create(CultureInfo.InvariantCulture,
                $"page.bleed {bleed:0.#} pt makes the sheet {Math.Max(width, height) + (2 * bleed):0.#} pt long, beyond PDF's 14,400 pt (200 in)"));
        }

        var geometry = new PageGeometry(width, height, margins, bleed);
        if (geometry.TextWidth < MinPageSide || geometry.TextHeight < MinPageSide)
        {
            var at = fields.Get("margins") ?? fields.Get("size") ?? node;
            var span = at is null ? SourceSpan.WholeFile(context.StyleFile) : context.SpanOf(at);
            context.Error(StyleDiagnosticCodes.TextAreaTooSmall, span, string.Create(
                CultureInfo.InvariantCulture,
                $"the margins leave a text area of {geometry.TextWidth:0.#} × {geometry.TextHeight:0.#} pt on a {width:0.#} × {height:0.#} pt page; it must be at least 72 × 72 pt (1 in)"));
        }

        return geometry;
    }

    private (double Width, double Height)? ReadPageSize(StyleNode node)
    {
        if (node is ScalarNode scalar)
        {
            foreach (var (word, value) in StyleChoices.PageSizes)
            {
                if (string.Equals(word, scalar.Value.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            context.Error(StyleDiagnosticCodes.InvalidPageSize, node, $"page.size '{scalar.Value}' is not a known page size: use one of {string.Join(", ", StyleChoices.PageSizes.Select(s => s.Word))} or {{width: …, height: …}}");
            return null;
        }

        if (node is not MappingNode)
        {
            context.Error(StyleDiagnosticCodes.InvalidPageSize, node, "page.size must be a name (A4, A5, Letter, …) or {width: …, height: …}");
            return null;
        }

        var fields = context.Fields(node, "page.size", StyleKeys.CustomPageSize);
        var width = Side(fields.Get("width"), "width");
        var height = Side(fields.Get("height"), "height");
        return width is { } w && height is { } h ? (w, h) : null;

        double? Side(StyleNode? side, string which)
        {
            if (side is null)
            {
                context.Error(StyleDiagnosticCodes.InvalidPageSize, node, $"a custom page.size needs both width and height; {which} is missing");
                return null;
            }

            var points = context.Points(side, $"page.size.{which}", positive: true);
            if (points is { } p && p is < MinPageSide or > MaxPageSide)
            {
                context.Error(StyleDiagnosticCodes.InvalidPageSize, side, string.Create(CultureInfo.InvariantCulture, $"page.size.{which} {p:0.#}pt must be between 72pt (1in) and 14400pt (200in)"));
                return null;
            }

            return points;
        }
    }

    private PageMargins ReadMargins(StyleNode? node)
    {
        var all = HouseStyleDefaults.MarginPoints;
        if (node is ScalarNode)
        {
            all = context.Points(node, "page.margins", positive: false) ?? all;
            return new PageMargins(all, all, all, all);
        }

        var fields = context.Fields(node, "page.margins", StyleKeys.Margins);
        return new PageMargins(Side("top"), Side("bottom"), Side("inner"), Side("outer"));

        double Side(string key) =>
            fields.Get(key) is { } side ? context.Points(side, $"page.margins.{key}", positive: false) ?? all : all;
    }

    /// <summary>Family name → (definition, node of the family key); files are checked here, where they are named.</summary>
    private Dictionary<string, (FontFamilyDefinition? Definition, StyleNode Key)> ReadFonts(StyleNode? node)
    {
        var declared = new Dictionary<string, (FontFamilyDefinition?, StyleNode)>(StringComparer.Ordinal);
        if (node is null)
        {
            return declared;
        }

        if (node is not MappingNode mapping)
        {
            context.Error(StyleDiagnosticCodes.WrongType, node, $"fonts must be a mapping of family names to faces, not {node.KindName}");
            return declared;
        }

        foreach (var entry in mapping.Entries)
        {
            var family = entry.Key.Value.Trim();
            var where = $"fonts.{family}";
            if (declared.TryGetValue(family, out var first))
            {
                context.Error(StyleDiagnosticCodes.DuplicateKey, entry.Key, $"font family '{family}' is given twice (first at line {first.Item2.Line})");
                continue;
            }

            var faces = context.Fields(entry.Value, where, StyleKeys.FontFaces);
            var regular = Face("regular");
            var italic = Face("italic");
            var bold = Face("bold");
            var boldItalic = Face("bold-italic");
            if (faces.Get("regular") is null)
            {
                context.Error(StyleDiagnosticCodes.FontFamilyWithoutRegularFace, entry.Key, $"font family '{family}' needs a regular face (the others fall back to it)");
            }

            declared[family] = (regular is null ? null : new FontFamilyDefinition(family, regular, italic, bold, boldItalic), entry.Key);

            string? Face(string key) =>
                faces.Get(key) is { } file ? context.UsableFontFile(file, $"{where}.{key}") : null;
        }

        return declared;
    }

    /// <summary>
    /// The font table: the built-in families with the declared ones laid over them. A built-in family is
    /// kept only when a text style uses it; its files, which the style file does not name, are checked
    /// here and a missing one is reported where the family is used.
    /// </summary>
    private ImmutableDictionary<string, FontFamilyDefinition> ResolveFonts(
        Dictionary<string, (FontFamilyDefinition? Definition, StyleNode Key)> declared,
        IEnumerable<(string Family, SourceSpan? Span, string UsedBy)> uses)
    {
        var table = ImmutableDictionary.CreateBuilder<string, FontFamilyDefinition>(StringComparer.Ordinal);
        foreach (var (family, (definition, _)) in declared)
        {
            if (definition is not null)
            {
                table[family] = definition;
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (family, familySpan, role) in uses)
        {
            // A family missing for several defaulted roles is reported once; a named one wherever it is named.
            if (table.ContainsKey(family) || declared.ContainsKey(family) || (familySpan is null && !reported.Add(family)))
            {
                continue;
            }

            var span = familySpan ?? SourceSpan.WholeFile(context.StyleFile);
            var builtIn = HouseStyleDefaults.FontFamilies.Where(f => f.Family == family).ToArray();
            if (builtIn.Length == 0)
            {
                var known = declared.Keys.Concat(HouseStyleDefaults.FontFamilies.Select(f => f.Family)).Distinct(StringComparer.Ordinal);
                context.Error(StyleDiagnosticCodes.UnknownFontFamily, span, $"font family '{family}' of {role} is not defined: declare it under fonts: or use one of {string.Join(", ", known)}");
                continue;
            }

            // The style file does not name these files: they are looked for beside it, in the font folders and among
            // the shipped fonts, and a missing or bad one is reported where the family is used.
            var (_, regular, italic, bold, boldItalic) = builtIn[0];
            var located = new[] { regular, italic, bold, boldItalic }
                .Select(f => f is null ? (File: (string?)null, Found: default(Loading.FontLocator.Found)) : (File: f, Found: context.Fonts.Locate(f, context.StyleDirectory)))
                .ToArray();
            var missing = located.Where(f => f.File is not null && f.Found.Path is null).Select(f => f.File!).ToArray();
            if (missing.Length > 0)
            {
                context.Error(StyleDiagnosticCodes.FontFileMissing, span, $"built-in font family '{family}' of {role} expects {string.Join(", ", missing)} beside the style file (in {context.StyleDirectory}), in a --font-path folder or among the shipped fonts; declare the family under fonts: with its files");
                continue;
            }

            var unusable = located
                .Where(f => f.File is not null)
                .Select(f => (f.File, Verdict: context.FontVerdict(f.Found.Path!)))
                .FirstOrDefault(f => !f.Verdict.IsUsable);
            if (unusable.Verdict is { } verdict)
            {
                context.Error(StyleReadContext.CodeOf(verdict), span, $"built-in font family '{family}' of {role}: {unusable.File} (in {context.StyleDirectory}) cannot be used: {verdict.Reason}; declare the family under fonts: with usable files");
                continue;
            }

            table[family] = new FontFamilyDefinition(family, located[0].Found.Path!, located[1].Found.Path, located[2].Found.Path, located[3].Found.Path);
        }

        return table.ToImmutable();
    }

    /// <summary>The fallback families in order, each with where it was named; the built-in chain when the key is absent.</summary>
    private List<(string Family, SourceSpan? Span)> ReadFontFallback(StyleNode? node)
    {
        if (node is null)
        {
            return [.. HouseStyleDefaults.FontFallback.Select(f => (f, (SourceSpan?)null))];
        }

        if (node is not SequenceNode sequence)
        {
            context.Error(StyleDiagnosticCodes.WrongType, node, $"font-fallback must be a list of family names, not {node.KindName}");
            return [];
        }

        var chain = new List<(string, SourceSpan?)>();
        foreach (var item in sequence.Items)
        {
            if (context.NonEmptyText(item, "a font-fallback family") is not { } family)
            {
                continue;
            }

            if (chain.Any(c => c.Item1 == family))
            {
                context.Error(StyleDiagnosticCodes.DuplicateKey, item, $"font-fallback names '{family}' twice");
                continue;
            }

            chain.Add((family, context.SpanOf(item)));
        }

        return chain;
    }

    private Dictionary<string, TextStyleSpec> ReadRoles(StyleNode? node)
    {
        var fields = context.Fields(node, "text", StyleKeys.TextRoles);
        var defaults = new Dictionary<string, TextStyleSpec>(StringComparer.Ordinal)
        {
            ["body"] = HouseStyleDefaults.Body,
            ["heading-1"] = HouseStyleDefaults.Heading1,
            ["heading-2"] = HouseStyleDefaults.Heading2,
            ["heading-3"] = HouseStyleDefaults.Heading3,
            ["note"] = HouseStyleDefaults.Note,
            ["caption"] = HouseStyleDefaults.Caption,
            ["bibliography"] = HouseStyleDefaults.Bibliography,
            ["title"] = HouseStyleDefaults.Title,
            ["author"] = HouseStyleDefaults.Author,
            ["code"] = HouseStyleDefaults.Code,
        };

        return defaults.ToDictionary(
            d => d.Key,
            d => ReadTextStyle(
                context.Fields(fields.Get(d.Key), $"text.{d.Key}", StyleKeys.TextStyle(d.Key), key => StyleKeys.NotTakenBy(d.Key, key)),
                $"text.{d.Key}",
                d.Value,
                d.Key == "note" ? StyleChoices.NoteAlignments : StyleChoices.Alignments),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Lays the keys given over <paramref name="defaults"/>; em lengths stay unresolved until the size is final.
    /// <paramref name="alignments"/> are the words <c>align</c> takes; null when the caller reads <c>align</c> itself.
    /// </summary>
    private TextStyleSpec ReadTextStyle(MappingFields fields, string where, TextStyleSpec defaults, IReadOnlyList<(string Word, TextAlignment Value)>? alignments)
    {
        var spec = defaults;
        if (fields.Get("family") is { } family && context.NonEmptyText(family, $"{where}.family") is { } name)
        {
            spec = spec with { Family = name, FamilySpan = context.SpanOf(family) };
        }

        if (fields.Get("face") is { } face && context.Choice(face, $"{where}.face", StyleChoices.Faces) is { } chosenFace)
        {
            spec = spec with { Face = chosenFace };
        }

        if (fields.Get("size") is { } size && context.Points(size, $"{where}.size", positive: true) is { } points)
        {
            spec = spec with { Size = points, LeadingSpan = spec.LeadingSpan ?? context.SpanOf(size) };
        }

        if (fields.Get("leading") is { } leading && context.Length(leading, $"{where}.leading", allowEm: true) is { } lead)
        {
            if (lead.Value <= 0)
            {
                context.Error(StyleDiagnosticCodes.ValueOutOfRange, leading, $"{where}.leading must be greater than zero");
            }
            else
            {
                spec = spec with { Leading = lead, LeadingSpan = context.SpanOf(leading) };
            }
        }

        if (alignments is not null && fields.Get("align") is { } align && context.Choice(align, $"{where}.align", alignments) is { } alignment)
        {
            spec = spec with { Alignment = alignment };
        }

        spec = spec with
        {
            FirstLineIndent = Optional("first-line-indent", spec.FirstLineIndent),
            HangingIndent = Optional("hanging-indent", spec.HangingIndent),
            SpaceBefore = Optional("space-before", spec.SpaceBefore),
            SpaceAfter = Optional("space-after", spec.SpaceAfter),
            FirstLineIndentSpan = fields.Get("first-line-indent") is { } first ? context.SpanOf(first) : spec.FirstLineIndentSpan,
            HangingIndentSpan = fields.Get("hanging-indent") is { } hanging ? context.SpanOf(hanging) : spec.HangingIndentSpan,
        };

        if (fields.Get("color") is { } color && context.Color(color, $"{where}.color") is { } chosenColor)
        {
            spec = spec with { Color = chosenColor };
        }

        return spec;

        Measure Optional(string key, Measure fallback) =>
            fields.Get(key) is { } node ? context.Length(node, $"{where}.{key}", allowEm: true) ?? fallback : fallback;
    }

    private HyphenationSettings ReadHyphenation(StyleNode? node)
    {
        var fields = context.Fields(node, "hyphenation", StyleKeys.Hyphenation);
        var enabled = fields.Get("enabled") is { } on ? context.Boolean(on, "hyphenation.enabled") ?? true : true;
        var minLeft = fields.Get("min-left") is { } left ? context.Integer(left, "hyphenation.min-left", 1, 10) ?? HouseStyleDefaults.MinLeft : HouseStyleDefaults.MinLeft;
        var minRight = fields.Get("min-right") is { } right ? context.Integer(right, "hyphenation.min-right", 1, 10) ?? HouseStyleDefaults.MinRight : HouseStyleDefaults.MinRight;

        var patterns = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var patternsNode = fields.Get("patterns");
        if (patternsNode is null)
        {
            // Built-in patterns are optional: a style elsewhere simply hyphenates nothing unless it names files.
            foreach (var (language, file) in HouseStyleDefaults.HyphenationPatterns)
            {
                var path = Path.GetFullPath(file, context.StyleDirectory);
                if (InputFile.Examine(path).IsRegular)
                {
                    if (PatternFileCheck.Problem(path) is { } problem)
                    {
                        context.Error(StyleDiagnosticCodes.HyphenationPatternFileUnusable, SourceSpan.WholeFile(context.StyleFile), $"built-in hyphenation patterns for '{language}' ({file} beside the style) cannot be used: {problem}");
                    }
                    else
                    {
                        patterns[language] = path;
                    }
                }
            }
        }
        else if (patternsNode is MappingNode mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                var language = entry.Key.Value.Trim();
                if (!LanguageTag.IsWellFormed(language))
                {
                    context.Error(StyleDiagnosticCodes.InvalidChoice, entry.Key, $"hyphenation.patterns key '{language}' is not a language tag such as en or en-GB");
                }
                else if (patterns.ContainsKey(language))
                {
                    context.Error(StyleDiagnosticCodes.DuplicateKey, entry.Key, $"hyphenation patterns for '{language}' are given twice");
                }
                else if (context.ExistingFile(entry.Value, $"hyphenation.patterns.{language}", StyleDiagnosticCodes.HyphenationPatternFileMissing) is { } path)
                {
                    if (PatternFileCheck.Problem(path) is { } problem)
                    {
                        context.Error(StyleDiagnosticCodes.HyphenationPatternFileUnusable, entry.Value, $"hyphenation.patterns.{language} '{((ScalarNode)entry.Value).Value.Trim()}' cannot be used: {problem}");
                    }
                    else
                    {
                        patterns[language] = path;
                    }
                }
            }
        }
        else
        {
            context.Error(StyleDiagnosticCodes.WrongType, patternsNode, $"hyphenation.patterns must be a mapping of language tags to pattern files, not {patternsNode.KindName}");
        }

        var penalty = fields.Get("penalty") is { } cost
            ? context.Integer(cost, "hyphenation.penalty", 0, 10000) ?? HyphenationSettings.DefaultPenalty
            : HyphenationSettings.DefaultPenalty;
        var ladder = fields.Get("double-hyphen-demerits") is { } twice
            ? context.Integer(twice, "hyphenation.double-hyphen-demerits", 0, 10_000_000) ?? HyphenationSettings.DefaultDoubleHyphenDemerits
            : HyphenationSettings.DefaultDoubleHyphenDemerits;
        return new HyphenationSettings(enabled, patterns.ToImmutable(), minLeft, minRight)
        {
            Exceptions = ReadHyphenationExceptions(fields.Get("exceptions")),
            Penalty = penalty,
            DoubleHyphenDemerits = ladder,
        };
    }

    private FooterStyle ReadFooter(MappingFields fields, TextStyle text)
    {
        var placement = fields.Get("placement") is { } where
            ? context.Choice(where, "footer.placement", StyleChoices.Placements) ?? HouseStyleDefaults.FooterPlacement
            : HouseStyleDefaults.FooterPlacement;
        var alignment = fields.Get("align") is { } align
            ? context.Choice(align, "footer.align", StyleChoices.FooterAlignments) ?? HouseStyleDefaults.FooterAlignment
            : HouseStyleDefaults.FooterAlignment;
        var format = HouseStyleDefaults.PageNumberFormat;
        if (fields.Get("page-number") is MappingNode unquoted)
        {
            // `page-number: {page}` is a YAML flow mapping, the usual slip; say how to write it.
            context.Error(StyleDiagnosticCodes.WrongType, unquoted, "footer.page-number must be text; quote it, e.g. page-number: \"{page} / {pages}\"");
        }
        else if (fields.Get("page-number") is { } formatNode && context.Text(formatNode, "footer.page-number") is { } written)
        {
            var unknown = Placeholder().Matches(written).Select(m => m.Value).FirstOrDefault(p => p is not ("{page}" or "{pages}"));
            if (unknown is not null || written.Count(c => c == '{') != written.Count(c => c == '}'))
            {
                context.Error(StyleDiagnosticCodes.InvalidPageNumberFormat, formatNode, $"footer.page-number '{written}' may use only the placeholders {{page}} and {{pages}}");
            }
            else
            {
                format = written;
            }
        }

        var source = fields.Get("institution") is { } sourceNode
            ? context.Choice(sourceNode, "footer.institution", StyleChoices.InstitutionSources) ?? FooterInstitutionSource.ManuscriptFirst
            : FooterInstitutionSource.ManuscriptFirst;

        return new FooterStyle
        {
            Institution = new Institution(ReadFooterLines(fields.Get("lines"))),
            InstitutionSource = source,
            Placement = placement,
            Alignment = alignment,
            PageNumberFormat = format,
            Text = text,
            Rule = ReadFooterRule(fields.Get("rule")),
        };
    }

    private ImmutableArray<InstitutionLine> ReadFooterLines(StyleNode? node)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not SequenceNode sequence)
        {
            context.Error(StyleDiagnosticCodes.WrongType, node, $"footer.lines must be a list (one '- ' item per line), not {node.KindName}");
            return [];
        }

        var lines = ImmutableArray.CreateBuilder<InstitutionLine>();
        foreach (var item in sequence.Items)
        {
            string? text;
            string? url = null;
            InstitutionLineKind? kind = null;
            if (item is MappingNode)
            {
                var fields = context.Fields(item, "a footer line", StyleKeys.FooterLine);
                text = fields.Get("text") is { } textNode ? context.NonEmptyText(textNode, "footer.lines text") : null;
                if (fields.Get("text") is null)
                {
                    context.Error(StyleDiagnosticCodes.WrongType, item, "a footer line written as a mapping needs text:");
                }

                url = fields.Get("url") is { } urlNode ? context.NonEmptyText(urlNode, "footer.lines url") : null;
                kind = fields.Get("kind") is { } kindNode ? context.Choice(kindNode, "footer.lines kind", StyleChoices.LineKinds) : null;
            }
            else
            {
                text = context.NonEmptyText(item, "a footer line");
            }

            if (text is null)
            {
                continue;
            }

            if (FooterFields.Unknown(text).FirstOrDefault() is { } unknown)
            {
                var textAt = item is MappingNode map && map.Entries.FirstOrDefault(e => e.Key.Value == "text") is { } entry ? entry.Value : item;
                var suggestion = NearestName.Find(unknown, FooterFields.Names);
                var hint = suggestion is null ? string.Empty : $"; did you mean {{{suggestion}}}?";
                context.Error(StyleDiagnosticCodes.UnknownFooterField, textAt, $"footer line '{text}' has an unknown field {{{unknown}}}{hint} (fields: {string.Join(", ", FooterFields.Names.Select(n => $"{{{n}}}"))})");
                continue;
            }

            var lineKind = kind ?? InstitutionLineClassifier.KindOf(text) ?? InstitutionLineKind.Other;
            lines.Add(new InstitutionLine(lineKind, text, url ?? InstitutionLineClassifier.ImpliedUrl(lineKind, text), context.SpanOf(item)));
        }

        return lines.ToImmutable();
    }

    private FooterRule? ReadFooterRule(StyleNode? node)
    {
        if (node is null)
        {
            return HouseStyleDefaults.FooterRule;
        }

        if (node is ScalarNode scalar)
        {
            // `rule: none` / `rule: false` turn the rule off; a length sets its thickness.
            if (scalar.Value.Trim().ToUpperInvariant() is "NONE" or "FALSE" or "NO" or "OFF")
            {
                return null;
            }

            var thickness = context.Points(node, "footer.rule", positive: true);
            return thickness is { } t ? HouseStyleDefaults.FooterRule with { Thickness = t } : HouseStyleDefaults.FooterRule;
        }

        var fields = context.Fields(node, "footer.rule", StyleKeys.FooterRule);
        var rule = HouseStyleDefaults.FooterRule;
        if (fields.Get("thickness") is { } thicknessNode && context.Points(thicknessNode, "footer.rule.thickness", positive: true) is { } points)
        {
            rule = rule with { Thickness = points };
        }

        if (fields.Get("color") is { } colorNode && context.Color(colorNode, "footer.rule.color") is { } color)
        {
            rule = rule with { Color = color };
        }

        return rule;
    }

    private EpubOptions ReadEpub(StyleNode? node)
    {
        var fields = context.Fields(node, "epub", StyleKeys.Epub);
        var options = HouseStyleDefaults.Epub;
        if (fields.Get("notes") is { } notes && context.Choice(notes, "epub.notes", StyleChoices.Notes) is { } placement)
        {
            options = options with { Notes = placement };
        }

        if (fields.Get("embed-fonts") is { } embed && context.Boolean(embed, "epub.embed-fonts") is { } on)
        {
            options = options with { EmbedFonts = on };
        }

        var accessibility = context.Fields(fields.Get("accessibility"), "epub.accessibility", StyleKeys.EpubAccessibility);
        if (accessibility.Get("certified-by") is { } certifier && context.NonEmptyText(certifier, "epub.accessibility.certified-by") is { } name)
        {
            // `none`: no one has evaluated the book, so it claims no conformance (its features are still declared).
            options = name.Trim().Equals("none", StringComparison.OrdinalIgnoreCase)
                ? options with { ClaimAccessibility = false }
                : options with { CertifiedBy = name.Trim() };
        }

        return options;
    }

    /// <summary>
    /// The press output intent: a CMYK output profile file and the identifier of the printing condition it
    /// characterizes, both or neither (a profile without its condition's name, or a name without the profile, would
    /// claim a condition the file does not describe).
    /// </summary>
    private PressOutputIntent? ReadPress(StyleNode? node)
    {
        var fields = context.Fields(node, "press", StyleKeys.Press);
        var profileNode = fields.Get("output-profile");
        var conditionNode = fields.Get("output-condition");
        if (profileNode is null && conditionNode is null)
        {
            return null;
        }

        if (profileNode is null || conditionNode is null)
        {
            context.Error(StyleDiagnosticCodes.OutputIntentUnusable, (profileNode ?? conditionNode)!,
                "press.output-profile and press.output-condition go together: the profile characterizes the named printing condition");
            return null;
        }

        // ISO 32000-1 Table 365: OutputConditionIdentifier is an ASCII string.
        var condition = context.NonEmptyText(conditionNode, "press.output-condition");
        if (condition is not null && !condition.All(c => c is >= ' ' and <= '~'))
        {
            context.Error(StyleDiagnosticCodes.OutputIntentUnusable, conditionNode, "press.output-condition must be printable ASCII, such as FOGRA51 or CGATS21_CRPC1");
            condition = null;
        }

        var path = context.ExistingFile(profileNode, "press.output-profile", StyleDiagnosticCodes.OutputProfileMissing);
        if (path is not null && OutputProfileCheck.Problem(path) is { } problem)
        {
            context.Error(StyleDiagnosticCodes.OutputIntentUnusable, profileNode, $"press.output-profile '{((ScalarNode)profileNode).Value.Trim()}' cannot be used: {problem}");
            path = null;
        }

        return path is null || condition is null ? null : new PressOutputIntent(path, condition.Trim());
    }

    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
