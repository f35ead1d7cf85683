using Publish.Manuscript;
using Publish.Model;
using Publish.Styles;

namespace Publish.Engine.Tests;

/// <summary>
/// A contact line means the same whether a house style's footer lists it or a legacy export ends with it: both go
/// through the one <see cref="InstitutionLineClassifier"/>. Before issue 15 the style and the legacy reader had a
/// classifier each, and they disagreed on social-media hosts (<c>t.me</c>, <c>tiktok.com</c> and subdomains such
/// as <c>m.facebook.com</c>) and on <c>Copyright …</c> lines.
/// </summary>
public sealed class InstitutionLineAgreementTests
{
    /// <summary>The sample's contact block as the archive writes it (bare URLs), and lines the two used to read apart.</summary>
    private static readonly (string Line, InstitutionLineKind Kind, string? Url)[] Lines =
    [
        ("Süleyman Nazif Sok. No: 12/B Daire 3-4 06550 Çankaya-ANKARA / TÜRKİYE", InstitutionLineKind.Address, null),
        ("Tel: +90 (312) 438 50 23-24 • Fax: +90 (312) 438 50 26", InstitutionLineKind.Telephone, null),
        ("@avimorgtr", InstitutionLineKind.Social, null),
        ("https://www.facebook.com/avrasyaincelemelerimerkezi", InstitutionLineKind.Social, "https://www.facebook.com/avrasyaincelemelerimerkezi"),
        ("https://m.facebook.com/avrasyaincelemelerimerkezi", InstitutionLineKind.Social, "https://m.facebook.com/avrasyaincelemelerimerkezi"),
        ("https://t.me/avimorgtr", InstitutionLineKind.Social, "https://t.me/avimorgtr"),
        ("https://www.tiktok.com/@avimorgtr", InstitutionLineKind.Social, "https://www.tiktok.com/@avimorgtr"),
        ("E-Mail: info@avim.org.tr", InstitutionLineKind.Email, "mailto:info@avim.org.tr"),
        ("http://avim.org.tr", InstitutionLineKind.Web, "http://avim.org.tr"),
        ("Copyright 2009-2025 Center for Eurasian Studies", InstitutionLineKind.Copyright, null),
        ("© 2009-2025 Center for Eurasian Studies (AVİM) All Rights Reserved", InstitutionLineKind.Copyright, null),
    ];

    [Fact]
    public void A_style_footer_line_and_a_legacy_contact_line_get_the_same_kind_and_link()
    {
        var expected = Lines.Select(l => (l.Line, l.Kind, l.Url)).ToList();

        Assert.Equal(expected, StyleFooterLines());
        Assert.Equal(expected, LegacyContactLines());
    }

    private static List<(string, InstitutionLineKind, string?)> StyleFooterLines()
    {
        var yaml = "footer:\n  lines:\n" + string.Concat(Lines.Select(l => "    - \"" + l.Line + "\"\n"));
        var loaded = HouseStyleLoader.Parse(yaml, Path.Combine(Repo.Root, "styles", "snippet.yaml"));
        Assert.Empty(loaded.Diagnostics);
        return [.. loaded.Style!.Footer.Institution.Lines.Select(l => (l.Text, l.Kind, l.Url))];
    }

    private static List<(string, InstitutionLineKind, string?)> LegacyContactLines()
    {
        using var scratch = new ScratchFolder();
        var text = "Title\n\nJ. Doe\n\nTitle\n\nThe body of the article.\n\n" + string.Join("\n\n", Lines.Select(l => l.Line)) + "\n";
        var read = ManuscriptReader.Read(scratch.Write("article.txt", text), ReadOptions.Default);
        Assert.NotNull(read.Document?.Institution);
        return [.. read.Document.Institution.Lines.Select(l => (l.Text, l.Kind, l.Url))];
    }
}
