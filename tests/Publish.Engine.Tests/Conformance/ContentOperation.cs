namespace Publish.Engine.Tests.Conformance;

/// <summary>
/// One operator of a content stream with its operands: numbers are <see cref="double"/>, names <see cref="ContentName"/>,
/// strings <c>byte[]</c>, arrays <c>List&lt;object&gt;</c>, dictionaries <c>Dictionary&lt;string, object&gt;</c>.
/// An inline image is one "BI" operation whose operand is its dictionary.
/// </summary>
internal sealed record ContentOperation(string Operator, IReadOnlyList<object> Operands);
