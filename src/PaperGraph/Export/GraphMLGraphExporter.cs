using System.Globalization;
using System.Text;
using System.Xml;
using PaperGraph.Domain;

namespace PaperGraph.Export;

/// <summary>
/// GraphML for Gephi, yEd and NetworkX: every attribute declared as a &lt;key&gt; with its type, node ids unique
/// across papers and entities, arrays as '; '-joined strings (GraphML has no list type). Written as it streams.
/// </summary>
public sealed class GraphMLGraphExporter : IGraphExporter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    /// <inheritdoc />
    public string Format => "graphml";

    /// <inheritdoc />
    public bool WritesDirectory => false;

    /// <inheritdoc />
    public string DefaultFileName => "graph.graphml";

    /// <inheritdoc />
    public async Task<ExportCounts> ExportAsync(IAsyncEnumerable<PaperExtraction> papers, IExportOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var target = output.Create(DefaultFileName);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = false };
        long nodes = 0, edges = 0;
        await using (var x = XmlWriter.Create(target, settings))
        {
            await x.WriteStartDocumentAsync();
            await x.WriteStartElementAsync(null, "graphml", Ns);
            var nodeKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            var edgeKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            await KeyAsync(x, "n_label", "node", "label", PropertyKind.String);
            await KeyAsync(x, "n_labels", "node", "labels", PropertyKind.String);
            await KeyAsync(x, "n_type", "node", "type", PropertyKind.String);
            foreach (var (name, kind) in GraphSchema.PaperProperties.Concat(GraphSchema.EntityProperties).DistinctBy(p => p.Name))
            {
                nodeKeys[name] = "n_" + name;
                await KeyAsync(x, "n_" + name, "node", name, kind);
            }

            await KeyAsync(x, "e_type", "edge", "type", PropertyKind.String);
            foreach (var (name, kind) in GraphSchema.RelationshipProperties.Values.SelectMany(v => v).DistinctBy(p => p.Name))
            {
                edgeKeys[name] = "e_" + name;
                await KeyAsync(x, "e_" + name, "edge", name, kind);
            }

            await x.WriteStartElementAsync(null, "graph", Ns);
            await x.WriteAttributeStringAsync(null, "id", null, "papergraph");
            await x.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
            await foreach (var element in GraphElementStream.ReadAsync(papers, cancellationToken))
            {
                if (element is GraphNode n)
                {
                    await x.WriteStartElementAsync(null, "node", Ns);
                    await x.WriteAttributeStringAsync(null, "id", null, n.UniqueId);
                    // Gephi shows the "label" attribute as the node's caption.
                    await DataAsync(x, "n_label", n.DisplayName);
                    await DataAsync(x, "n_labels", n.EntityType is null ? n.Label : n.Label + ":" + n.EntityType);
                    await DataAsync(x, "n_type", n.EntityType ?? n.Label);
                    foreach (var (name, value) in n.Properties)
                    {
                        await DataAsync(x, nodeKeys[name], value);
                    }

                    await x.WriteEndElementAsync();
                    nodes++;
                }
                else if (element is GraphEdge e)
                {
                    edges++;
                    await x.WriteStartElementAsync(null, "edge", Ns);
                    await x.WriteAttributeStringAsync(null, "id", null, "e" + edges.ToString(CultureInfo.InvariantCulture));
                    await x.WriteAttributeStringAsync(null, "source", null, e.StartUniqueId);
                    await x.WriteAttributeStringAsync(null, "target", null, e.EndUniqueId);
                    await DataAsync(x, "e_type", e.Type);
                    foreach (var (name, value) in e.Properties)
                    {
                        await DataAsync(x, edgeKeys[name], value);
                    }

                    await x.WriteEndElementAsync();
                }
            }

            await x.WriteEndElementAsync();
            await x.WriteEndElementAsync();
            await x.WriteEndDocumentAsync();
        }

        await target.FlushAsync(cancellationToken);
        return new ExportCounts(nodes, edges, [DefaultFileName]);
    }

    private static async Task KeyAsync(XmlWriter x, string id, string forWhat, string name, PropertyKind kind)
    {
        await x.WriteStartElementAsync(null, "key", Ns);
        await x.WriteAttributeStringAsync(null, "id", null, id);
        await x.WriteAttributeStringAsync(null, "for", null, forWhat);
        await x.WriteAttributeStringAsync(null, "attr.name", null, name);
        await x.WriteAttributeStringAsync(null, "attr.type", null, kind switch
        {
            PropertyKind.Int => "int",
            PropertyKind.Long => "long",
            PropertyKind.Boolean => "boolean",
            _ => "string",
        });
        await x.WriteEndElementAsync();
    }

    private static async Task DataAsync(XmlWriter x, string key, object? value)
    {
        if (value is null)
        {
            return;
        }

        await x.WriteStartElementAsync(null, "data", Ns);
        await x.WriteAttributeStringAsync(null, "key", null, key);
        await x.WriteStringAsync(Clean(value switch
        {
            string s => s,
            bool b => b ? "true" : "false",
            IEnumerable<string> list => string.Join("; ", list),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        }));
        await x.WriteEndElementAsync();
    }

    // XML 1.0 cannot carry most control characters even escaped; abstracts occasionally contain them.
    private static string Clean(string s)
    {
        foreach (var c in s)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            {
                return new string(s.Select(ch => char.IsControl(ch) && ch is not '\n' and not '\r' and not '\t' ? ' ' : ch).ToArray());
            }
        }

        return s;
    }
}
