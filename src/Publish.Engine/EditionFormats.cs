namespace Publish.Engine;

[Flags]
public enum EditionFormats
{
    None = 0,
    Pdf = 1,
    Epub = 2,
    All = Pdf | Epub,
}
