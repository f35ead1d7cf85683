using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using static Publish.Engine.Tests.Conformance.ConformanceClaims;

namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// The checker catches what it claims to: for each clause a variant of a real edition that meets it and one that
/// breaks it, made by editing the file's objects (<see cref="PdfSurgery"/>); the clause id must be reported for the
/// broken one only. A clause no case here can make fail would be a check that cannot fail.
/// </summary>
public sealed class ConformanceCheckerTests
{
    private sealed record Case(ConformanceClaims Claims, string[] Clauses, Func<PdfSurgery, PdfSurgery> Good, Func<PdfSurgery, PdfSurgery> Bad);

    private static readonly ConformanceClaims A2Ua = PdfA2b | PdfUa1;

    private static PdfSurgery Same(PdfSurgery pdf) => pdf;

    private static string Remove(string body, string pattern) => Regex.Replace(body, pattern, string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1));

    private static PdfSurgery RemoveEverywhere(PdfSurgery pdf, string pattern)
    {
        foreach (var number in pdf.FindAll(string.Empty))
        {
            pdf.SetBody(number, Remove(pdf.Body(number), pattern));
        }

        return pdf;
    }

    private static int OutputProfile(PdfSurgery pdf, string space) =>
        pdf.Append(PdfSurgery.Stream(space == "CMYK" ? "/N 4" : "/N 3", Encoding.Latin1.GetString(BrokenPdfs.Icc("mntr", space == "CMYK" ? "CMYK" : "RGB "))));

    private static PdfSurgery WithAnnotation(PdfSurgery pdf, string annotation)
    {
        var number = pdf.Append(annotation);
        return pdf.RegexReplace(pdf.FirstPage(), @"/Annots \[", _ => $"/Annots [{number} 0 R ");
    }

    /// <summary>An IDTree mapping every /ID to the object that carries it, or to <paramref name="wrongTarget"/>.</summary>
    private static PdfSurgery WithIdTree(PdfSurgery pdf, int? wrongTarget = null)
    {
        var ids = pdf.FindAll("/ID (").SelectMany(n => Regex.Matches(pdf.Body(n), @"/ID \(([^)]*)\)").Select(m => (Id: m.Groups[1].Value, Object: n)))
            .OrderBy(i => i.Id, StringComparer.Ordinal);
        var names = string.Join(' ', ids.Select(i => $"({i.Id}) {wrongTarget ?? i.Object} 0 R"));
        return pdf.WithStructTreeRootEntry($"/IDTree << /Names [{names}] >>");
    }

    private static readonly Dictionary<string, Case> Cases = new(StringComparer.Ordinal)
    {
        // File structure
        ["header without binary comment"] = new(PdfA2b, [Clauses.A2Header], p => { p.Header = BrokenPdfs.BinaryHeader; return p; }, p => { p.Header = "%PDF-1.7\n"; return p; }),
        ["trailer without /ID"] = new(PdfA2b | PdfX4, [Clauses.A2Trailer, Clauses.X4FileIdentity], Same, p => { p.Trailer = Remove(p.Trailer, @"/ID \[[^\]]*\]"); return p; }),
        ["bytes after %%EOF"] = new(PdfA2b, [Clauses.A2Trailer], Same, p => { p.Tail = "\nappended\n"; return p; }),
        ["xref keyword followed by a space"] = new(PdfA2b, [Clauses.A2Xref], Same, p => { p.XrefKeyword = "xref \n"; return p; }),
        ["stream /Length too short"] = new(PdfA2b, [Clauses.A2Streams], Same, p => p.RegexReplace(p.Find("/Type /Metadata"), @"/Length ([0-9]+)", m => $"/Length {int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 3}")),
        ["stream with an external file"] = new(PdfA2b, [Clauses.A2Streams], Same, p => p.Replace("/Type /Metadata", "/Type /Metadata /FDecodeParms << >>")),
        ["LZW stream"] = new(PdfA2b | PdfX4, [Clauses.A2Filters, Clauses.X4Filters], Same, p => { p.Append(PdfSurgery.Stream("/Filter /LZWDecode", "\u0080")); return p; }),

        // Metadata
        ["no pdfaid"] = new(A2Ua, [Clauses.A2Identification], p => p.WithMetadata(), p => p.WithMetadata(pdfa: false)),
        ["no pdfuaid"] = new(A2Ua, [Clauses.NoUaIdentifier], p => p.WithMetadata(), p => p.WithMetadata(pdfua: false)),
        ["no dc:title"] = new(A2Ua, [Clauses.NoDcTitle], p => p.WithMetadata(), p => p.WithMetadata(dcTitle: false)),
        ["pdfuaid without extension schema"] = new(A2Ua, [Clauses.A2ExtensionSchemas], p => p.WithMetadata(), p => p.WithMetadata(uaExtension: false)),
        ["Info title not in the XMP"] = new(A2Ua, [Clauses.A2InfoMatchesXmp], p => p.WithMetadata(), p => p.WithMetadata(xmpTitle: "Another Title")),
        ["no metadata stream"] = new(A2Ua, [Clauses.NoXmp, Clauses.A2MetadataStream], p => p.WithMetadata(), p => p.SetBody(p.Catalog, Remove(p.Body(p.Catalog), @"/Metadata [0-9]+ 0 R"))),
        ["no GTS_PDFXVersion"] = new(PdfX4, [Clauses.X4Identification], p => p.WithMetadata(pdfx: true), p => p.WithMetadata(pdfx: false)),
        ["Trapped Unknown"] = new(PdfX4, [Clauses.X4Trapped], p => p.WithMetadata(pdfx: true), p => p.WithMetadata(pdfx: true, trapped: "Unknown")),

        // Output intents and colour
        ["PDF/A output intent of an abstract profile"] = new(PdfA2b, [Clauses.A2OutputIntent],
            p => p.WithOutputIntents(("GTS_PDFA1", BrokenPdfs.Icc("mntr", "RGB "))), p => p.WithOutputIntents(("GTS_PDFA1", BrokenPdfs.Icc("abst", "RGB ")))),
        ["two different PDF/A output profiles"] = new(PdfA2b, [Clauses.A2OutputIntent],
            p => p.WithOutputIntents(("GTS_PDFA1", BrokenPdfs.Icc("mntr", "RGB "))),
            p => p.WithOutputIntents(("GTS_PDFA1", BrokenPdfs.Icc("mntr", "RGB ")), ("GTS_PDFA1", BrokenPdfs.Icc("mntr", "RGB ")))),
        ["PDF/X output intent of a monitor"] = new(PdfX4, [Clauses.X4OutputIntent],
            p => p.WithOutputIntents(("GTS_PDFX", BrokenPdfs.Icc("prtr", "CMYK"))), p => p.WithOutputIntents(("GTS_PDFX", BrokenPdfs.Icc("mntr", "RGB ")))),
        ["no PDF/X output intent"] = new(PdfX4, [Clauses.X4OutputIntent], p => p.WithOutputIntents(("GTS_PDFX", BrokenPdfs.Icc("prtr", "CMYK"))), p => p.WithOutputIntents()),
        ["DeviceRGB with a CMYK PDF/A intent"] = new(PdfA2b, [Clauses.A2DeviceColour],
            p => p.WithOutputIntents(("GTS_PDFA1", BrokenPdfs.Icc("mntr", "RGB "))), p => p.WithOutputIntents(("GTS_PDFA1", BrokenPdfs.Icc("prtr", "CMYK")))),
        ["DeviceRGB in PDF/X with a CMYK intent"] = new(PdfX4, [Clauses.X4Colour],
            p => p.WithOutputIntents(("GTS_PDFX", BrokenPdfs.Icc("prtr", "CMYK"))).ReplaceEverywhere("/Resources << ", $"/Resources << /ColorSpace << /DefaultRGB [/ICCBased {OutputProfile(p, "RGB")} 0 R] >> "),
            p => p.WithOutputIntents(("GTS_PDFX", BrokenPdfs.Icc("prtr", "CMYK")))),
        ["ICCBased /N not the profile's"] = new(PdfA2b, [Clauses.A2IccBased],
            p => { p.Append($"[/ICCBased {OutputProfile(p, "RGB")} 0 R]"); return p; },
            p => { p.Append($"[/ICCBased {p.Append(PdfSurgery.Stream("/N 4", Encoding.Latin1.GetString(BrokenPdfs.Icc("mntr", "RGB "))))} 0 R]"); return p; }),
        ["interpolated image"] = new(PdfA2b, [Clauses.A2Images], Same, p => p.Replace("/Subtype /Image", "/Subtype /Image /Interpolate true")),

        // Fonts
        ["font program not embedded"] = new(A2Ua, [Clauses.A2FontEmbedding, Clauses.UaFontEmbedding], Same, p => p.ReplaceEverywhere("/FontFile2 ", "/FontFileX ")),
        ["no CIDToGIDMap"] = new(A2Ua, [Clauses.A2CidFonts, Clauses.UaCidFonts], Same, p => p.ReplaceEverywhere("/CIDToGIDMap /Identity", string.Empty)),
        ["CMap neither Identity nor embedded"] = new(A2Ua, [Clauses.A2CMaps, Clauses.UaCMaps], Same, p => p.ReplaceEverywhere("/Encoding /Identity-H", "/Encoding /UniGB-UCS2-H")),
        ["no ToUnicode"] = new(A2Ua, [Clauses.UaToUnicode], Same, p => p.ReplaceEverywhere("/ToUnicode ", "/ToUnicodeX ")),
        ["/W not the program's advance"] = new(A2Ua, [Clauses.A2FontMetrics, Clauses.UaFontMetrics], Same,
            p => p.RegexReplace(p.FindAll("/Subtype /CIDFontType2").First(), @"/W \[\s*([0-9]+)\s*\[\s*([0-9.]+)", m => $"/W [{m.Groups[1].Value} [{double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + 100}")),
        ["glyph 0 shown"] = new(A2Ua, [Clauses.A2Notdef, Clauses.UaNotdef],
            p => p.WithExtraContent("/Artifact BMC BT /F1 10 Tf <0003> Tj ET EMC"), p => p.WithExtraContent("/Artifact BMC BT /F1 10 Tf <0000> Tj ET EMC")),

        // Annotations
        ["hidden annotation"] = new(PdfA2b, [Clauses.A2AnnotationFlags], Same, p => p.ReplaceEverywhere("/F 4 ", "/F 6 ")),
        ["sound annotation"] = new(PdfA2b, [Clauses.A2AnnotationTypes], Same, p => WithAnnotation(p, "<< /Type /Annot /Subtype /Sound /Rect [0 0 0 0] /F 4 >>")),
        ["text annotation without appearance"] = new(PdfA2b, [Clauses.A2AnnotationAppearance],
            p => WithAnnotation(p, $"<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] /F 4 /AP << /N {p.Append(PdfSurgery.Stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10]", string.Empty))} 0 R >> >>"),
            p => WithAnnotation(p, "<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] /F 4 >>")),
        ["link without /Contents"] = new(PdfUa1, [Clauses.LinkWithoutContents], Same, p => RemoveEverywhere(p, @"/Contents \([^)]*\) (?=/A|/Dest)")),
        ["/Tabs not /S"] = new(PdfUa1, [Clauses.TabsNotStructure], Same, p => p.ReplaceEverywhere("/Tabs /S", "/Tabs /R")),
        ["no /Tabs"] = new(PdfUa1, [Clauses.NoTabs], Same, p => p.ReplaceEverywhere(" /Tabs /S", string.Empty)),
        ["link outside a Link element"] = new(PdfUa1, [Clauses.LinkNotInLinkTag], Same, p => p.Replace("/StructParent 2 ", "/StructParent 0 ")),

        // Actions
        ["JavaScript link"] = new(PdfA2b | PdfX4, [Clauses.A2Actions, Clauses.X4Actions], Same, p => p.ReplaceEverywhere("/S /URI /URI", "/S /JavaScript /JS (void 0) /URI")),
        ["named action Print"] = new(PdfA2b, [Clauses.A2Actions], Same, p => { p.Append("<< /S /Named /N /Print >>"); return p; }),
        ["catalog additional actions"] = new(PdfA2b, [Clauses.A2AdditionalActions], Same, p => p.WithCatalogEntry("/AA << >>")),

        // Tagging
        ["MarkInfo not marked"] = new(PdfUa1, [Clauses.UaTagged], Same, p => p.Replace("/Marked true", "/Marked false")),
        ["suspects"] = new(PdfUa1, [Clauses.Suspects], Same, p => p.Replace("/Marked true", "/Marked true /Suspects true")),
        ["DisplayDocTitle false"] = new(PdfUa1, [Clauses.DisplayDocTitleFalse], Same, p => p.Replace("/DisplayDocTitle true", "/DisplayDocTitle false")),
        ["no DisplayDocTitle"] = new(PdfUa1, [Clauses.NoDisplayDocTitle], Same, p => p.Replace("/DisplayDocTitle true", string.Empty)),
        ["no /Lang"] = new(PdfUa1, [Clauses.NoLanguage], Same, p => p.SetBody(p.Catalog, Remove(p.Body(p.Catalog), @"/Lang \([^)]*\)"))),
        ["Figure without /Alt"] = new(PdfUa1, [Clauses.FigureWithoutAlt], Same, p => p.SetBody(p.Find("/S /Figure"), Remove(p.Body(p.Find("/S /Figure")), @"/Alt \([^)]*\)"))),
        ["Note without /ID"] = new(PdfUa1, [Clauses.NoteWithoutId], Same, p => p.SetBody(p.FindAll("/S /Note").First(), Remove(p.Body(p.FindAll("/S /Note").First()), @"/ID \([^)]*\)"))),
        ["two Notes with one /ID"] = new(PdfUa1, [Clauses.NoteIdNotUnique], Same,
            p => p.RegexReplace(p.FindAll("/S /Note").Last(), @"/ID \([^)]*\)", _ => Regex.Match(p.Body(p.FindAll("/S /Note").First()), @"/ID \([^)]*\)").Value)),
        ["role mapped to a non-standard type"] = new(PdfUa1, [Clauses.RoleMapNotStandard],
            p => p.WithStructTreeRootEntry("/RoleMap << /Chapter /Sect >>"), p => p.WithStructTreeRootEntry("/RoleMap << /Chapter /Unknown >>")),
        ["unmapped custom type"] = new(PdfUa1, [Clauses.RoleMapNotStandard],
            p => p.WithStructTreeRootEntry("/RoleMap << /Entry /BibEntry >>").ReplaceEverywhere("/S /BibEntry", "/S /Entry"), p => p.ReplaceEverywhere("/S /BibEntry", "/S /Entry")),
        ["circular role map"] = new(PdfUa1, [Clauses.RoleMapCircular], Same, p => p.WithStructTreeRootEntry("/RoleMap << /Alpha /Beta /Beta /Alpha >>")),
        ["standard type remapped"] = new(PdfUa1, [Clauses.StandardTypeRemapped], Same, p => p.WithStructTreeRootEntry("/RoleMap << /P /Span >>")),
        ["first heading not H1"] = new(PdfUa1, [Clauses.FirstHeadingNotH1], Same, p => p.Replace("/S /H1 ", "/S /H2 ")),
        ["heading level skipped"] = new(PdfUa1, [Clauses.HeadingLevelSkipped], Same, p => p.ReplaceEverywhere("/S /H2 ", "/S /H3 ")),
        ["H and H1 mixed"] = new(PdfUa1, [Clauses.MixedHeadingKinds], Same, p => p.ReplaceEverywhere("/S /H2 ", "/S /H ")),
        ["TH without /Scope"] = new(PdfUa1, [Clauses.TableHeaderWithoutScope],
            p => p.RegexReplace(p.FindAll("/S /BibEntry ").First(), "/S /BibEntry ", _ => "/S /TH /A << /O /Table /Scope /Column >> "), p => p.RegexReplace(p.FindAll("/S /BibEntry ").First(), "/S /BibEntry ", _ => "/S /TH ")),
        ["TD outside a TR"] = new(PdfUa1, [Clauses.TableStructure], Same, p => p.RegexReplace(p.FindAll("/S /BibEntry ").First(), "/S /BibEntry ", _ => "/S /TD ")),
        ["list item body as P"] = new(PdfUa1, [Clauses.ListStructure], Same, p => p.ReplaceEverywhere("/S /LBody ", "/S /P ")),
        ["IDs without IDTree"] = new(PdfUa1, [Clauses.UaIdTree], p => WithIdTree(p), p => p.ReplaceEverywhere("/IDTree", "/IDTreeX")),
        ["IDTree pointing elsewhere"] = new(PdfUa1, [Clauses.UaIdTree], p => WithIdTree(p), p => WithIdTree(p, wrongTarget: 1)),
        ["Link element without its text"] = new(PdfUa1, [Clauses.UaLinkText],
            p => p.ReplaceEverywhere("/K [<< /Type /OBJR", $"/K [<< /Type /MCR /Pg {p.FirstPage()} 0 R /MCID 0 >> << /Type /OBJR"),
            p => p.WithLinksWithoutText()),

        // Marked content
        ["untagged text"] = new(PdfUa1, [Clauses.UntaggedContent],
            p => p.WithExtraContent("/Artifact BMC BT /F1 10 Tf <0003> Tj ET EMC"), p => p.WithExtraContent("BT /F1 10 Tf <0003> Tj ET")),
        ["MCID no element references"] = new(PdfUa1, [Clauses.UntaggedContent], Same, p => p.WithExtraContent("/P <</MCID 999>> BDC 0 0 1 1 re f EMC")),
        ["artifact inside tagged content"] = new(PdfUa1, [Clauses.ArtifactInsideTagged], Same, p => p.WithExtraContent("/P <</MCID 0>> BDC /Artifact BMC 0 0 1 1 re f EMC EMC")),
        ["tagged content inside an artifact"] = new(PdfUa1, [Clauses.TaggedInsideArtifact], Same, p => p.WithExtraContent("/Artifact BMC /P <</MCID 0>> BDC 0 0 1 1 re f EMC EMC")),

        // PDF/X boxes
        ["no TrimBox"] = new(PdfX4, [Clauses.X4Boxes], Same, p => p.RegexReplace(p.FirstPage(), @"/TrimBox \[[^\]]*\] ", _ => string.Empty)),
        ["BleedBox past the MediaBox"] = new(PdfX4, [Clauses.X4Boxes], Same, p => p.RegexReplace(p.FirstPage(), @"/BleedBox \[[^\]]*\]", _ => "/BleedBox [-10 -10 700 900]")),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_checker_reports_the_clause_for_the_broken_file_only(string name)
    {
        var (claims, clauses, good, bad) = Cases[name];

        var goodFailures = ConformanceChecker.Check(good(BrokenPdfs.Edition()).ToBytes(), claims);
        var badFailures = ConformanceChecker.Check(bad(BrokenPdfs.Edition()).ToBytes(), claims);

        foreach (var clause in clauses)
        {
            Assert.True(goodFailures.All(f => f.Clause != clause), $"{name}: the conforming variant fails {clause}:\n{string.Join("\n", goodFailures.Where(f => f.Clause == clause))}");
            Assert.True(badFailures.Any(f => f.Clause == clause), $"{name}: {clause} not reported; reported:\n{string.Join("\n", badFailures.Take(30))}");
        }
    }

    [Fact]
    public void A_rewritten_edition_fails_nothing_the_original_passes()
    {
        var original = ConformanceEditions.Pdf("full-features.md", PrintProfile.Default);
        var claims = ConformanceEditions.Expected(PrintProfile.Default);

        var before = ConformanceChecker.Check(original, claims).Select(f => f.Clause).ToHashSet(StringComparer.Ordinal);
        var after = ConformanceChecker.Check(BrokenPdfs.Edition().ToBytes(), claims).Select(f => f.Clause).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(before, after);
    }

    [Fact]
    public void Every_clause_id_is_documented_and_every_documented_id_is_checked()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "pdf-conformance.md"));
        var documented = Regex.Matches(doc, @"`((?:A2|X4|UA1|MP) [0-9][0-9.\-]*(?: IDTree)?)`").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var undocumented = Clauses.All.Where(c => !documented.Contains(c)).ToArray();
        var unknown = documented.Where(d => !Clauses.All.Contains(d)).ToArray();

        Assert.True(undocumented.Length == 0, $"not in docs/pdf-conformance.md: {string.Join(", ", undocumented)}");
        Assert.True(unknown.Length == 0, $"documented but not checked: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_clause_id_can_fail()
    {
        var tested = Cases.Values.SelectMany(c => c.Clauses).ToHashSet(StringComparer.Ordinal);

        var untested = Clauses.All.Where(c => !tested.Contains(c)).ToArray();

        Assert.True(untested.Length == 0, $"no case makes these fail: {string.Join(", ", untested)}");
    }
}
