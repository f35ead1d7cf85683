namespace Publish.Typesetting.Frames;

/// <summary>
/// A recorded run's glyphs could not be read back when a page needed them: the record's glyph tail changed on disk
/// after the record was read, or does not hold what its sections say. Nothing is wrong with the manuscript: the book
/// is laid out again without its records.
/// </summary>
public sealed class RecordedGlyphsUnreadableException : Exception
{
    public RecordedGlyphsUnreadableException()
    {
    }

    public RecordedGlyphsUnreadableException(string message)
        : base(message)
    {
    }

    public RecordedGlyphsUnreadableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>True when <paramref name="exception"/> is one, or wraps one (a parallel writer's aggregate).</summary>
    public static bool IsIn(Exception? exception) => exception switch
    {
        null => false,
        RecordedGlyphsUnreadableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsIn),
        _ => IsIn(exception.InnerException),
    };
}
