using Markdig.Syntax;

namespace Publish.Manuscript.Markdown;

/// <summary>
/// The numbers of Pandoc's example lists in one document (its <c>example_lists</c> extension): examples are numbered
/// 1, 2, 3… through the whole document, across lists; a labelled one (<c>(@good)</c>) keeps its number for references
/// and for a repeat of the label. Kept in the parsed document's data, since one pipeline parses many documents at once.
/// </summary>
internal sealed class ExampleNumbers
{
    private static readonly object Key = typeof(ExampleNumbers);

    private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);
    private int _last;
    private int _lastLine = -1;
    private int _lastNumber;

    public static ExampleNumbers Of(MarkdownDocument document)
    {
        if (document.GetData(Key) is ExampleNumbers numbers)
        {
            return numbers;
        }

        numbers = new ExampleNumbers();
        document.SetData(Key, numbers);
        return numbers;
    }

    public static ExampleNumbers? Find(MarkdownDocument document) => document.GetData(Key) as ExampleNumbers;

    /// <summary>
    /// The number of the example that starts on <paramref name="line"/>: the label's if it has one already, else the
    /// next. Asking twice for one line (Markdig may try a line as a list item more than once) gives the same number.
    /// </summary>
    public int Number(string label, int line)
    {
        if (line == _lastLine)
        {
            return _lastNumber;
        }

        if (label.Length == 0 || !_labels.TryGetValue(label, out var number))
        {
            number = ++_last;
            if (label.Length > 0)
            {
                _labels[label] = number;
            }
        }

        _lastLine = line;
        _lastNumber = number;
        return number;
    }

    public int? NumberOf(string label) => _labels.TryGetValue(label, out var number) ? number : null;
}
