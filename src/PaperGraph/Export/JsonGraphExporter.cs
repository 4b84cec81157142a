using System.Text.Json;
using PaperGraph.Domain;

namespace PaperGraph.Export;

/// <summary>
/// <c>{"nodes": [...], "edges": [...]}</c>. Nodes stream straight out; edges are spooled to a temporary file
/// and appended after the last node, so memory does not grow with the number of papers.
/// </summary>
public sealed class JsonGraphExporter : IGraphExporter
{
    /// <inheritdoc />
    public string Format => "json";

    /// <inheritdoc />
    public bool WritesDirectory => false;

    /// <inheritdoc />
    public string DefaultFileName => "graph.json";

    /// <inheritdoc />
    public async Task<ExportCounts> ExportAsync(IAsyncEnumerable<PaperExtraction> papers, IExportOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var w = output.Create(DefaultFileName);
        var spool = Path.GetTempFileName();
        try
        {
            long nodes = 0, edges = 0;
            await using (var edgeWriter = new StreamWriter(spool))
            {
                await w.WriteAsync("{\"nodes\":[");
                await foreach (var element in GraphElementStream.ReadAsync(papers, cancellationToken))
                {
                    if (element is GraphNode n)
                    {
                        await w.WriteAsync(nodes++ == 0 ? "\n" : ",\n");
                        await w.WriteAsync(JsonSerializer.Serialize(Node(n)));
                    }
                    else if (element is GraphEdge e)
                    {
                        await edgeWriter.WriteAsync(edges++ == 0 ? "\n" : ",\n");
                        await edgeWriter.WriteAsync(JsonSerializer.Serialize(Edge(e, edges)));
                    }
                }
            }

            await w.WriteAsync("\n],\"edges\":[");
            using (var reader = new StreamReader(spool))
            {
                var buffer = new char[1 << 16];
                int read;
                while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    await w.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            await w.WriteAsync("\n]}\n");
            await w.FlushAsync(cancellationToken);
            return new ExportCounts(nodes, edges, [DefaultFileName]);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    private static Dictionary<string, object?> Node(GraphNode n) => new()
    {
        ["id"] = n.UniqueId,
        ["labels"] = n.EntityType is null ? new[] { n.Label } : [n.Label, n.EntityType],
        ["properties"] = Properties(n.Properties),
    };

    private static Dictionary<string, object?> Edge(GraphEdge e, long id) => new()
    {
        ["id"] = "e" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["type"] = e.Type,
        ["source"] = e.StartUniqueId,
        ["target"] = e.EndUniqueId,
        ["properties"] = Properties(e.Properties),
    };

    private static Dictionary<string, object?> Properties(IReadOnlyList<KeyValuePair<string, object?>> props) =>
        props.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
