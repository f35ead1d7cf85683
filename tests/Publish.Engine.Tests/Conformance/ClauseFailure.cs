namespace Publish.Engine.Tests.Conformance;

/// <summary>One failed clause: its id (see <see cref="Clauses"/>) and what, where, failed.</summary>
internal sealed record ClauseFailure(string Clause, string What)
{
    public override string ToString() => $"{Clause}: {What}";
}
