using Publish.Epub.Content;
using Publish.Epub.Packaging;

namespace Publish.Epub.Tests;

public sealed class PublicationIdentifierTests
{
    /// <summary>Expected values computed independently with Python's <c>uuid.uuid5</c> and our namespace 5d1f3c8a-2b7e-4e0f-9a6c-1b2d3e4f5a6b.</summary>
    [Theory]
    [InlineData("hello", "595e25ae-966b-567f-b425-2abab603ac4a")]
    [InlineData("İstanbul", "8b4922cb-9c51-5822-863d-3bd625e935c4")]
    public void Name_based_uuids_match_rfc_9562_version_5(string name, string expected)
    {
        Assert.Equal(expected, PublicationIdentifier.NameBasedUuid(name));
    }

    [Theory]
    [InlineData("https://example.org/x", true)]
    [InlineData("http://example.org", true)]
    [InlineData("mailto:a@example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("images/photo.jpg", false)]
    [InlineData(null, false)]
    public void Only_http_https_and_mailto_links_are_allowed(string? target, bool allowed)
    {
        Assert.Equal(allowed, SafeLink.IsAllowed(target));
    }
}
