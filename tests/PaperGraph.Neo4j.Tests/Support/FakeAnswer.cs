namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>Rows the fake server returns for a statement; values are encoded as typed JSON.</summary>
internal sealed record FakeAnswer(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows);
