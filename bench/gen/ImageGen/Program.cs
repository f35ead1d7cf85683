using System.Globalization;
using ImageGen;

// Usage: ImageGen <output folder> <width> <height> <file name>...
// Writes one deterministic JPEG per name: same name and size → same bytes (GradientPhoto).
if (args.Length < 4
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var width)
    || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var height)
    || width is < 1 or > 10_000 || height is < 1 or > 10_000)
{
    Console.Error.WriteLine("usage: ImageGen <output folder> <width 1-10000> <height 1-10000> <name.jpg>...");
    return 2;
}

Directory.CreateDirectory(args[0]);
foreach (var name in args.Skip(3))
{
    if (name != Path.GetFileName(name) || !name.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase))
    {
        Console.Error.WriteLine($"ImageGen: '{name}' must be a plain file name ending in .jpg");
        return 2;
    }

    var path = Path.Combine(args[0], name);
    File.WriteAllBytes(path, GradientPhoto.Encode(name, width, height));
    Console.WriteLine(path);
}

return 0;
