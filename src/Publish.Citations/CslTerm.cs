namespace Publish.Citations;

/// <summary>A locale term (CSL 1.0.2 §Terms): singular and plural text, grammatical gender, ordinal matching.</summary>
internal sealed record CslTerm(string Name, string Form, string Single, string Multiple, string? Gender, string? GenderForm, string? Match);
