namespace Publish.Engine.Tests.Conformance;

/// <summary>A name operand (<c>/F1</c>), kept apart from operators and strings.</summary>
internal sealed record ContentName(string Value);
