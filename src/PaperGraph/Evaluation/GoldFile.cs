using System.Text.Json;
using PaperGraph.Domain;

namespace PaperGraph.Evaluation;

/// <summary>Reads a gold JSONL file; a malformed line is an error naming the file and line.</summary>
public static class GoldFile
{
    /// <summary>Reads every paper of the gold file.</summary>
    /// <exception cref="FormatException">A line is not a gold record; the message names file and line.</exception>
    public static async Task<IReadOnlyList<GoldPaper>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var papers = new List<GoldPaper>();
        var lineNo = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                papers.Add(Parse(line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new FormatException($"{path}:{lineNo}: not a gold record ({ex.Message})", ex);
            }
        }

        return papers;
    }

    /// <summary>Parses one gold JSON object.</summary>
    public static GoldPaper Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var entities = root.TryGetProperty("entities", out var es)
            ? es.EnumerateArray().Select(e => new GoldEntity(
                Enum.Parse<EntityType>(e.GetProperty("type").GetString()!, ignoreCase: true),
                e.GetProperty("name").GetString()!,
                Strings(e, "aliases"))).ToList()
            : [];
        var comparisons = root.TryGetProperty("comparisons", out var cs)
            ? cs.EnumerateArray().Select(c => new GoldComparison(
                c.GetProperty("subject").GetString()!,
                c.GetProperty("object").GetString()!,
                Enum.Parse<ComparisonOutcome>(c.GetProperty("outcome").GetString()!, ignoreCase: true),
                c.TryGetProperty("evidence", out var ev) ? ev.GetString() : null)).ToList()
            : [];
        return new GoldPaper(
            root.GetProperty("id").GetString()!,
            root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null,
            root.GetProperty("abstract").GetString()!,
            entities,
            Strings(root, "proposes"),
            comparisons);
    }

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : [];
}
