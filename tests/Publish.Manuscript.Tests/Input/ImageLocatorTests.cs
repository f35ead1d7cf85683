using Publish.Manuscript.Input;

namespace Publish.Manuscript.Tests.Input;

public sealed class ImageLocatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("publish-images-").FullName;
    private readonly string _manuscripts;

    public ImageLocatorTests()
    {
        _manuscripts = Path.Combine(_root, "manuscripts");
        Directory.CreateDirectory(Path.Combine(_manuscripts, "images"));
        File.WriteAllText(Path.Combine(_manuscripts, "images", "photo.png"), "png");
        File.WriteAllText(Path.Combine(_manuscripts, "article.jpg"), "jpg");
        File.WriteAllText(Path.Combine(_root, "canary.png"), "secret");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("images/photo.png")]
    [InlineData("./images/photo.png")]
    [InlineData("images/../images/photo.png")]
    [InlineData("images%2Fphoto.png")]
    public void Finds_images_inside_the_manuscript_folder(string reference)
    {
        var lookup = ImageLocator.Resolve(_manuscripts, reference);

        Assert.Equal(ImageLookupStatus.Found, lookup.Status);
        Assert.Equal(Path.Combine(_manuscripts, "images", "photo.png"), lookup.Path);
    }

    [Theory]
    [InlineData("../canary.png")]
    [InlineData("images/../../canary.png")]
    [InlineData("%2e%2e/canary.png")]
    [InlineData("%252e%252e%252fcanary.png")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("https://example.org/x.png")]
    public void Refuses_references_outside_the_manuscript_folder(string reference)
    {
        Assert.Equal(ImageLookupStatus.Outside, ImageLocator.Resolve(_manuscripts, reference).Status);
    }

    [Fact]
    public void Refuses_a_symbolic_link_that_points_outside()
    {
        File.CreateSymbolicLink(Path.Combine(_manuscripts, "images", "link.png"), Path.Combine(_root, "canary.png"));

        Assert.Equal(ImageLookupStatus.Outside, ImageLocator.Resolve(_manuscripts, "images/link.png").Status);
    }

    /// <summary>Only the part below the (already resolved) manuscript folder is walked for links; the answers stay those of a full walk.</summary>
    [Fact]
    public void Links_below_a_linked_manuscript_folder_resolve_to_real_paths()
    {
        var linkedFolder = Path.Combine(_root, "linked");
        Directory.CreateSymbolicLink(linkedFolder, _manuscripts);
        Directory.CreateSymbolicLink(Path.Combine(_manuscripts, "pictures"), Path.Combine(_manuscripts, "images"));
        File.CreateSymbolicLink(Path.Combine(_manuscripts, "images", "alias.png"), Path.Combine(_manuscripts, "images", "photo.png"));
        File.CreateSymbolicLink(Path.Combine(_manuscripts, "images", "escape.png"), Path.Combine(_root, "canary.png"));
        var realFolder = ImageLocator.RealFolder(linkedFolder);
        var photo = Path.Combine(_manuscripts, "images", "photo.png");

        Assert.Equal(_manuscripts, realFolder);
        Assert.Equal(ImageLookup.Found(photo), ImageLocator.ResolveIn(realFolder, "pictures/alias.png"));
        Assert.Equal(ImageLookup.Found(photo), ImageLocator.Resolve(linkedFolder, "pictures/photo.png"));
        Assert.Equal(ImageLookupStatus.Outside, ImageLocator.ResolveIn(realFolder, "pictures/escape.png").Status);
        Assert.Equal(ImageLookupStatus.Missing, ImageLocator.ResolveIn(realFolder, "pictures/none.png").Status);
    }

    [Fact]
    public void A_missing_file_is_missing_not_outside()
    {
        Assert.Equal(ImageLookupStatus.Missing, ImageLocator.Resolve(_manuscripts, "images/none.png").Status);
    }

    [Fact]
    public void Finds_a_photo_beside_the_manuscript_by_base_name_then_in_images()
    {
        Assert.Equal(Path.Combine(_manuscripts, "article.jpg"), ImageLocator.FindBeside(_manuscripts, "article").Path);
        Assert.Equal(Path.Combine(_manuscripts, "images", "photo.png"), ImageLocator.FindBeside(_manuscripts, "photo").Path);
        Assert.Equal(ImageLookupStatus.Missing, ImageLocator.FindBeside(_manuscripts, "nothing").Status);
    }
}
