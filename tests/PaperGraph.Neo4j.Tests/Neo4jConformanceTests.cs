using PaperGraph.Graph;
using PaperGraph.Neo4j.Tests.Support;
using PaperGraph.Testing;

namespace PaperGraph.Neo4j.Tests;

/// <summary>
/// The store conformance suite against a real Neo4j (NEO4J_URI …); reported as skipped without one.
/// Each test starts from an empty database, so point it at a scratch database, never at real data.
/// </summary>
[RequiresNeo4jServer]
[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jConformanceTests : GraphStoreConformanceTests
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var settings = Neo4jSettings.FromEnvironment() ?? throw new InvalidOperationException(RequiresNeo4jServerAttribute.SkipReason);
        var store = await Neo4jGraphStore.OpenAsync(settings, null, CancellationToken.None);
        await store.ClearAsync(CancellationToken.None);
        return store;
    }
}
