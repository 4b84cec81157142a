using System.Globalization;
using System.Text;
using PaperGraph.Domain;

namespace PaperGraph.Export;

/// <summary>
/// Node and relationship CSV files in the header format of <c>neo4j-admin database import full</c>: ID spaces
/// <c>:ID(Paper)</c> and <c>:ID(Entity)</c>, typed properties (<c>year:int</c>), string arrays split on ';'
/// (the tool's default array delimiter), a <c>:LABEL</c> and a <c>:TYPE</c> column, plus a README.md with the command.
/// </summary>
public sealed class Neo4jCsvGraphExporter : IGraphExporter
{
    /// <summary>The node files, in import order.</summary>
    public static readonly IReadOnlyList<string> NodeFiles = ["papers.csv", "entities.csv"];

    /// <summary>The relationship files by type.</summary>
    public static readonly IReadOnlyDictionary<string, string> RelationshipFiles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [GraphSchema.Mentions] = "mentions.csv",
        [GraphSchema.Proposes] = "proposes.csv",
        [GraphSchema.ComparesAgainst] = "compares_against.csv",
        [GraphSchema.VariantOf] = "variant_of.csv",
    };

    /// <inheritdoc />
    public string Format => "neo4j-csv";

    /// <inheritdoc />
    public bool WritesDirectory => true;

    /// <inheritdoc />
    public string DefaultFileName => "README.md";

    /// <summary>The import command for files in <paramref name="folder"/> (relative to the Neo4j home).</summary>
    public static string ImportCommand(string folder = "import")
    {
        var sb = new StringBuilder("bin/neo4j-admin database import full neo4j \\\n");
        foreach (var f in NodeFiles)
        {
            sb.Append("  --nodes=").Append(folder).Append('/').Append(f).Append(" \\\n");
        }

        foreach (var f in RelationshipFiles.Values)
        {
            sb.Append("  --relationships=").Append(folder).Append('/').Append(f).Append(" \\\n");
        }

        return sb.Append("  --overwrite-destination=true").ToString();
    }

    /// <inheritdoc />
    public async Task<ExportCounts> ExportAsync(IAsyncEnumerable<PaperExtraction> papers, IExportOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var papersCsv = output.Create(NodeFiles[0]);
        var entitiesCsv = output.Create(NodeFiles[1]);
        await papersCsv.WriteLineAsync(Header(":ID(Paper)", GraphSchema.PaperProperties, ":LABEL"));
        await entitiesCsv.WriteLineAsync(Header(":ID(Entity)", GraphSchema.EntityProperties, ":LABEL"));
        var rels = new Dictionary<string, TextWriter>(StringComparer.Ordinal);
        foreach (var (type, file) in RelationshipFiles)
        {
            var w = output.Create(file);
            var (start, end) = type == GraphSchema.Mentions || type == GraphSchema.Proposes ? ("Paper", "Entity") : ("Entity", "Entity");
            var cols = new List<string> { $":START_ID({start})", $":END_ID({end})" };
            cols.AddRange(GraphSchema.RelationshipProperties[type].Select(p => Column(p.Name, p.Kind)));
            cols.Add(":TYPE");
            await w.WriteLineAsync(string.Join(',', cols));
            rels[type] = w;
        }

        long nodes = 0, edges = 0;
        var row = new List<string>(12);
        await foreach (var element in GraphElementStream.ReadAsync(papers, cancellationToken))
        {
            row.Clear();
            if (element is GraphNode n)
            {
                var schema = n.Label == GraphSchema.Paper ? GraphSchema.PaperProperties : GraphSchema.EntityProperties;
                row.Add(Field(n.Id));
                Values(row, schema, n.Properties, from: 1);
                row.Add(n.EntityType is null ? n.Label : n.Label + ";" + n.EntityType);
                await (n.Label == GraphSchema.Paper ? papersCsv : entitiesCsv).WriteLineAsync(string.Join(',', row));
                nodes++;
            }
            else if (element is GraphEdge e)
            {
                row.Add(Field(e.StartId));
                row.Add(Field(e.EndId));
                Values(row, GraphSchema.RelationshipProperties[e.Type], e.Properties, from: 0);
                row.Add(e.Type);
                await rels[e.Type].WriteLineAsync(string.Join(',', row));
                edges++;
            }
        }

        var readme = output.Create(DefaultFileName);
        await readme.WriteAsync(Readme(nodes, edges));
        foreach (var w in rels.Values.Append(papersCsv).Append(entitiesCsv).Append(readme))
        {
            await w.FlushAsync(cancellationToken);
        }

        return new ExportCounts(nodes, edges, [.. NodeFiles, .. RelationshipFiles.Values, DefaultFileName]);
    }

    private static string Readme(long nodes, long edges) => string.Create(CultureInfo.InvariantCulture, $$"""
        # PaperGraph export for neo4j-admin

        {{nodes}} nodes and {{edges}} relationships, in the graph model PaperGraph uses for Neo4j:
        (:Paper), (:Entity:Model|Method|Dataset|Metric|Task), MENTIONS, PROPOSES, COMPARES_AGAINST, VARIANT_OF.

        | file | what |
        | --- | --- |
        | papers.csv | paper nodes, ids in the `Paper` id space |
        | entities.csv | entity nodes, keys in the `Entity` id space; `:LABEL` is `Entity;<Type>` |
        | mentions.csv | (:Paper)-[:MENTIONS {count}]->(:Entity) |
        | proposes.csv | (:Paper)-[:PROPOSES]->(:Entity) |
        | compares_against.csv | (:Entity)-[:COMPARES_AGAINST {outcome, paper_id, evidence, metric, dataset, margin, hedged}]->(:Entity), subject first |
        | variant_of.csv | (:Entity)-[:VARIANT_OF]->(:Entity), a sized model to its family |

        Arrays (`authors`, `categories`, `aliases`) use `;`, the import tool's default array delimiter. Line breaks
        inside abstracts are written as spaces so that no field spans lines.

        ## Import

        Stop the database (or use a new database name), copy these files into `$NEO4J_HOME/import/`, then run
        from `$NEO4J_HOME`:

        ```sh
        {{ImportCommand()}}
        ```

        Then start Neo4j and create the indexes the queries use:

        ```cypher
        CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
        CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
        ```

        """);

    private static string Header(string idColumn, IReadOnlyList<(string Name, PropertyKind Kind)> schema, string label)
    {
        // The id column stores the id as a property named like the first schema property ("id" or "key").
        var cols = new List<string> { schema[0].Name + idColumn };
        cols.AddRange(schema.Skip(1).Select(p => Column(p.Name, p.Kind)));
        cols.Add(label);
        return string.Join(',', cols);
    }

    private static string Column(string name, PropertyKind kind) => kind switch
    {
        PropertyKind.Int => name + ":int",
        PropertyKind.Long => name + ":long",
        PropertyKind.Boolean => name + ":boolean",
        PropertyKind.StringArray => name + ":string[]",
        _ => name,
    };

    private static void Values(List<string> row, IReadOnlyList<(string Name, PropertyKind Kind)> schema, IReadOnlyList<KeyValuePair<string, object?>> props, int from)
    {
        // For nodes the id column already holds the first schema property, so values start after it.
        for (var i = from; i < schema.Count; i++)
        {
            var value = props.FirstOrDefault(p => p.Key == schema[i].Name).Value;
            row.Add(value switch
            {
                null => "",
                string s => Field(s),
                bool b => b ? "true" : "false",
                int n => n.ToString(CultureInfo.InvariantCulture),
                long n => n.ToString(CultureInfo.InvariantCulture),
                IEnumerable<string> list => Field(string.Join(';', list.Select(x => x.Replace(';', ',')))),
                _ => Field(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
            });
        }
    }

    /// <summary>A CSV field: quoted, inner quotes doubled, line breaks as spaces.</summary>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
        return "\"" + clean.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
