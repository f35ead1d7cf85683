using System.Runtime.CompilerServices;
using Publish.Model.Input;

namespace Publish.Styles.Fonts;

/// <summary>
/// Remembers <see cref="FontFileChecker"/>'s verdicts for the life of the process, one per version of a font's
/// content: keyed by the <see cref="SharedInputFile"/> the check read, which <see cref="SharedInputFiles"/> hands out
/// again only while the file is unchanged. So loading a style again (watch mode, tests, several styles naming the
/// shipped fonts) neither reads nor checks the fonts again, while an edited or replaced file is read and checked
/// afresh; a verdict goes when its bytes are let go. A file that cannot be read is not remembered (its refusal is cheap).
/// Thread-safe.
/// </summary>
internal static class FontVerdictCache
{
    private static readonly ConditionalWeakTable<SharedInputFile, FontFileVerdict> Verdicts = new();

    public static FontFileVerdict Check(string path) =>
        FontFileChecker.Read(path, out var font) ?? Verdicts.GetValue(font!, static f => FontFileChecker.Check(f.Bytes));
}
