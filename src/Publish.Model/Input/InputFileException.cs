namespace Publish.Model.Input;

/// <summary>
/// An input file <see cref="InputFile"/> refused to read. The message gives the reason only — never the path
/// (the diagnostic's location names it) and never any of the file's content.
/// </summary>
public sealed class InputFileException : IOException
{
    public InputFileException()
    {
    }

    public InputFileException(string message)
        : base(message)
    {
    }

    public InputFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputFileException(InputFileProblem problem, string message)
        : base(message)
    {
        Problem = problem;
    }

    public InputFileProblem Problem { get; } = InputFileProblem.Inaccessible;

    /// <summary>
    /// The file refused, for a diagnostic's location or a writer's message (a font or image the layout or a writer
    /// opened, where no reader's span names it); null until <see cref="InputFile"/> names it.
    /// </summary>
    public string? Path { get; private init; }

    /// <summary>The same refusal, naming <paramref name="path"/>.</summary>
    internal InputFileException Naming(string path) => new(Problem, Message) { Path = path };
}
