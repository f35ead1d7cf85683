namespace Publish.Engine.Tests.Conformance;

/// <summary>One family of clauses: reads the file and yields every failure it finds for the standards claimed.</summary>
internal interface IClauseCheck
{
    IEnumerable<ClauseFailure> Check(PdfFile pdf, ConformanceClaims claims);
}
