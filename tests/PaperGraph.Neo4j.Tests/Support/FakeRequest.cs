using System.Text.Json;

namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>One HTTP request the fake server received, parsed.</summary>
internal sealed record FakeRequest(
    HttpMethod Method,
    string Path,
    string? Authorization,
    string? Accept,
    string? ContentType,
    string Body,
    string? StatementName,
    string? Statement,
    JsonElement? Parameters,
    string? TransactionId)
{
    /// <summary>How many rows the request's <c>$rows</c> parameter holds (0 when it has none).</summary>
    public int RowCount => Parameters is { } p && p.TryGetProperty("rows", out var rows) ? rows.GetArrayLength() : 0;
}
