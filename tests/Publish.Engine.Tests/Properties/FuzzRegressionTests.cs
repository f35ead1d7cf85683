namespace Publish.Engine.Tests.Properties;

/// <summary>
/// Inputs afl found crashing the writers (<c>fuzz/</c>, build mode), each rebuilt here by the test rather than
/// kept as a file. A crash inside <c>Publisher</c> shows as an internal error (PUB9001) on the manuscript; the
/// manuscript must instead get its editions or a diagnostic of its own, and whatever is written must be readable.
/// </summary>
public sealed class FuzzRegressionTests
{
    /// <summary>
    /// Found by afl (campaign 2, after 15,685 executions): YAML's double-quoted escapes put control characters
    /// into front-matter values after the loader's control-character hygiene (PUB1002) has run. <c>\e</c> (ESC,
    /// U+001B) in the title, an author or the language reached the EPUB writer's <c>XmlWriter</c>, which threw
    /// "hexadecimal value 0x1B, is an invalid character" (title and author: the cover's alt text; language: the
    /// <c>lang</c> attribute).
    /// </summary>
    [Theory]
    [InlineData("title: \"A\\eB\"")]
    [InlineData("title: T\nauthor: \"A\\eB\"")]
    [InlineData("title: T\nauthor: \"A\\x01B\"")]
    [InlineData("title: T\nlang: \"e\\en\"")]
    public void Control_characters_escaped_in_front_matter_do_not_crash_the_writers(string frontMatter)
    {
        HostileManuscriptPropertyTests.Check("---\n" + frontMatter + "\n---\n\nText.\n", ".md");
    }

    /// <summary>The afl input itself, as far as it matters: a French manuscript whose quoted title starts with <c>\e</c>.</summary>
    [Fact]
    public void The_saved_afl_crasher_builds()
    {
        var manuscript = "---\ntitle: \"\\e port : cas limites\"\nlang: fr\n---\n\nIl a dit \"benjour\" et <<au revoir>>. C'est tout...\n\n" +
            "Du texte \\*littéral\\*, une note échappée \\[^x], du `code \"droit\" -- ici` et www.example.org.\n\n" +
            "Un lien <span>brut</span> et \u007Fn [lien dangereux](javascript:alert(1)).\n";
        HostileManuscriptPropertyTests.Check(manuscript, ".md");
    }
}
