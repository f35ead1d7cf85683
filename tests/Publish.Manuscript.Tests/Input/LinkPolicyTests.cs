using Publish.Manuscript.Input;

namespace Publish.Manuscript.Tests.Input;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://avim.org.tr", true)]
    [InlineData("http://www.agos.com.tr/tr/yazi/4434/x.", true)]
    [InlineData("mailto:info@avim.org.tr", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("#", false)]
    [InlineData("relative/page.html", false)]
    public void Only_web_and_mail_links_pass(string target, bool allowed) => Assert.Equal(allowed, LinkPolicy.IsAllowed(target));
}
