using System.Globalization;
using System.Text;
using PaperGraph.Domain;

namespace PaperGraph.Export;

/// <summary>
/// A cypher-shell script of parameter-free statements that recreates the graph. Every write is a MERGE on the
/// node's identity (and a relationship's identity), so running the script twice changes nothing. Writes are
/// grouped into explicit transactions of <see cref="BatchSize"/> statements for speed.
/// </summary>
public sealed class CypherGraphExporter : IGraphExporter
{
    /// <summary>Statements per transaction.</summary>
    public const int BatchSize = 500;

    /// <inheritdoc />
    public string Format => "cypher";

    /// <inheritdoc />
    public bool WritesDirectory => false;

    /// <inheritdoc />
    public string DefaultFileName => "graph.cypher";

    /// <inheritdoc />
    public async Task<ExportCounts> ExportAsync(IAsyncEnumerable<PaperExtraction> papers, IExportOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var w = output.Create(DefaultFileName);
        await w.WriteAsync(
            "// PaperGraph export. Run with: cypher-shell -u neo4j -p PASSWORD -f graph.cypher\n" +
            "// Re-runnable: every statement MERGEs on identity.\n" +
            "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;\n" +
            "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;\n");
        long nodes = 0, edges = 0, inBatch = 0;
        var sb = new StringBuilder(1024);
        await foreach (var element in GraphElementStream.ReadAsync(papers, cancellationToken))
        {
            if (inBatch == 0)
            {
                await w.WriteAsync(":begin\n");
            }

            sb.Clear();
            if (element is GraphNode n)
            {
                Node(sb, n);
                nodes++;
            }
            else if (element is GraphEdge e)
            {
                Edge(sb, e);
                edges++;
            }

            await w.WriteAsync(sb.Append('\n').ToString());
            if (++inBatch == BatchSize)
            {
                await w.WriteAsync(":commit\n");
                inBatch = 0;
            }
        }

        if (inBatch > 0)
        {
            await w.WriteAsync(":commit\n");
        }

        await w.FlushAsync(cancellationToken);
        return new ExportCounts(nodes, edges, [DefaultFileName]);
    }

    /// <summary>A Cypher string literal: single-quoted, with backslashes, quotes and control characters escaped.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }

    /// <summary>A property value as a Cypher literal.</summary>
    public static string Literal(object value) => value switch
    {
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(Quote)) + "]",
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Match(string label, string id) =>
        label == GraphSchema.Paper ? $"(:Paper {{id: {Quote(id)}}})" : $"(:Entity {{key: {Quote(id)}}})";

    private static void Node(StringBuilder sb, GraphNode n)
    {
        var idProp = n.Label == GraphSchema.Paper ? "id" : "key";
        sb.Append("MERGE (n:").Append(n.Label).Append(" {").Append(idProp).Append(": ").Append(Quote(n.Id)).Append("})");
        var first = true;
        if (n.EntityType is { } type)
        {
            sb.Append(" SET n:").Append(type);
            first = false;
        }

        foreach (var (name, value) in n.Properties)
        {
            if (value is null || name == idProp)
            {
                continue;
            }

            sb.Append(first ? " SET " : ", ").Append("n.").Append(name).Append(" = ").Append(Literal(value));
            first = false;
        }

        sb.Append(';');
    }

    private static void Edge(StringBuilder sb, GraphEdge e)
    {
        var a = Match(e.StartLabel, e.StartId).Replace("(:", "(a:", StringComparison.Ordinal);
        var b = Match(e.EndLabel, e.EndId).Replace("(:", "(b:", StringComparison.Ordinal);
        sb.Append("MATCH ").Append(a).Append(", ").Append(b).Append(" MERGE (a)-[r:").Append(e.Type);

        // A claim is identified by the paper and sentence that state it and its outcome; other relationships by their type.
        var identity = e.Type == GraphSchema.ComparesAgainst ? new[] { "paper_id", "outcome", "evidence" } : [];
        var props = e.Properties.Where(p => p.Value is not null).ToList();
        var ids = props.Where(p => identity.Contains(p.Key)).ToList();
        if (ids.Count > 0)
        {
            sb.Append(" {").Append(string.Join(", ", ids.Select(p => p.Key + ": " + Literal(p.Value!)))).Append('}');
        }

        sb.Append("]->(b)");
        var rest = props.Where(p => !identity.Contains(p.Key)).ToList();
        if (rest.Count > 0)
        {
            sb.Append(" SET ").Append(string.Join(", ", rest.Select(p => "r." + p.Key + " = " + Literal(p.Value!))));
        }

        sb.Append(';');
    }
}
