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
}
