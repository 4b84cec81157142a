using System.Net;
using System.Reflection;
using System.Text.Json;
using PaperGraph.Domain;

namespace PaperGraph.Export;

/// <summary>
/// One self-contained HTML page that draws the graph with a force layout (d3-force, vendored into the page by
/// tools/html-viewer; nothing is fetched at view time), searchable, node types coloured, claim evidence on hover.
/// A browser cannot lay out a whole large store, so beyond <see cref="MaxNodes"/> the most connected nodes are kept.
/// </summary>
public sealed class HtmlGraphExporter : IGraphExporter
{
    /// <summary>Creates the exporter.</summary>
    /// <param name="maxNodes">The most nodes drawn.</param>
    /// <param name="title">The page title.</param>
    public HtmlGraphExporter(int maxNodes = 1500, string title = "graph")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        MaxNodes = maxNodes;
        Title = title;
    }

    /// <summary>The most nodes drawn.</summary>
    public int MaxNodes { get; }

    /// <summary>The page title.</summary>
    public string Title { get; init; }

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public bool WritesDirectory => false;

    /// <inheritdoc />
    public string DefaultFileName => "graph.html";

    /// <inheritdoc />
    public async Task<ExportCounts> ExportAsync(IAsyncEnumerable<PaperExtraction> papers, IExportOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var nodes = new List<Dictionary<string, object?>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var links = new List<(int Source, int Target, Dictionary<string, object?> Data)>();
        var degree = new List<int>();
        await foreach (var element in GraphElementStream.ReadAsync(papers, cancellationToken))
        {
            if (element is GraphNode n)
            {
                index[n.UniqueId] = nodes.Count;
                degree.Add(0);
                var aliases = n.Properties.FirstOrDefault(p => p.Key == "aliases").Value as IReadOnlyList<string>;
                nodes.Add(new Dictionary<string, object?>
                {
                    ["id"] = n.UniqueId,
                    ["name"] = n.DisplayName,
                    ["type"] = n.EntityType ?? n.Label,
                    ["year"] = n.Properties.FirstOrDefault(p => p.Key == "year").Value,
                    ["aliases"] = aliases is { Count: > 0 } ? aliases : null,
                });
            }
            else if (element is GraphEdge e)
            {
                var (s, t) = (index[e.StartUniqueId], index[e.EndUniqueId]);
                degree[s]++;
                degree[t]++;
                var data = new Dictionary<string, object?> { ["type"] = e.Type };
                if (e.Type == GraphSchema.ComparesAgainst)
                {
                    foreach (var (name, value) in e.Properties)
                    {
                        if (value is not null and not false)
                        {
                            data[name == "paper_id" ? "paper" : name] = value;
                        }
                    }
                }

                links.Add((s, t, data));
            }
        }

        // Keep the most connected nodes; ties by id so that the page is the same for the same store.
        var keep = Enumerable.Range(0, nodes.Count).OrderByDescending(i => degree[i]).ThenBy(i => (string)nodes[i]["id"]!, StringComparer.Ordinal)
            .Take(MaxNodes).ToHashSet();
        var keptNodes = new List<Dictionary<string, object?>>(keep.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (keep.Contains(i))
            {
                nodes[i]["degree"] = degree[i];
                keptNodes.Add(nodes[i]);
            }
        }

        var keptLinks = new List<Dictionary<string, object?>>();
        foreach (var (s, t, data) in links)
        {
            if (keep.Contains(s) && keep.Contains(t))
            {
                data["source"] = nodes[s]["id"];
                data["target"] = nodes[t]["id"];
                keptLinks.Add(data);
            }
        }

        var json = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["nodes"] = keptNodes.Select(n => n.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value)).ToList(),
            ["links"] = keptLinks,
            ["omittedNodes"] = nodes.Count - keptNodes.Count,
        });

        // The default encoder escapes '<', '>' and '&', so the data cannot close its script element.
        var page = Template()
            .Replace("/*__D3__*/", Resource("d3-force.bundle.js"), StringComparison.Ordinal)
            .Replace("__TITLE__", WebUtility.HtmlEncode(Title), StringComparison.Ordinal)
            .Replace("__GRAPH_JSON__", json, StringComparison.Ordinal);
        var w = output.Create(DefaultFileName);
        await w.WriteAsync(page);
        await w.FlushAsync(cancellationToken);
        return new ExportCounts(keptNodes.Count, keptLinks.Count, [DefaultFileName]);
    }

    private static string Template() => Resource("viewer.html");

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PaperGraph.Export.Html." + name)
            ?? throw new InvalidOperationException($"embedded resource PaperGraph.Export.Html.{name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
