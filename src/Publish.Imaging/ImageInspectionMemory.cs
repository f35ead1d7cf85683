namespace Publish.Imaging;

/// <summary>
/// Inspections of image files made by an earlier build, taken instead of reading a file again while one is
/// <see cref="ImageInspectionMemory.Use">in use</see> on this flow of work (a book rebuilt after one article changed reads every part again,
/// and checking that each photo decodes was most of that). The memory decides when a file is the one it inspected
/// (the engine's: by the size, time and SHA-256 its build cache records); null sends the file to
/// <see cref="ImageInspector"/>.
/// </summary>
public interface IImageInspectionMemory
{
    /// <summary>What the file at <paramref name="path"/> was found to be, when it is known unchanged; else null.</summary>
    ImageInspection? Find(string path);

    /// <summary>Records what <see cref="ImageInspector"/> found in the file at <paramref name="path"/>.</summary>
    void Keep(string path, ImageInspection inspection);
}

/// <summary>The <see cref="IImageInspectionMemory"/> in use on the current flow of work (it follows tasks and parallel loops).</summary>
public static class ImageInspectionMemory
{
    private static readonly AsyncLocal<IImageInspectionMemory?> Current = new();

    public static IImageInspectionMemory? InUse => Current.Value;

    /// <summary>Puts <paramref name="memory"/> in use until the result is disposed (then the previous one again).</summary>
    public static IDisposable Use(IImageInspectionMemory memory)
    {
        var previous = Current.Value;
        Current.Value = memory;
        return new Restore(previous);
    }

    private sealed class Restore(IImageInspectionMemory? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
