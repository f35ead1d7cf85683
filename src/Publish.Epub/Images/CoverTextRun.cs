namespace Publish.Epub.Images;

/// <summary>A stretch of one cover line set in one face and one direction (<paramref name="Level"/> odd = right to left).</summary>
internal sealed record CoverTextRun(string Text, CoverFace Face, int Level)
{
    public bool RightToLeft => (Level & 1) == 1;
}
