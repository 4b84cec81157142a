namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>A fake server with a store and client pointed at it; retries run on a manual clock.</summary>
internal sealed class FakeServer : IAsyncDisposable
{
    public FakeServer(string? password = null, string database = "neo4j", Neo4jClientOptions? options = null)
    {
        Api = new FakeQueryApi();
        Settings = new Neo4jSettings("http://localhost:7474", Api.User, password ?? Api.Password, database);
        Options = options ?? new Neo4jClientOptions { Log = Log.Add };
        Client = new Neo4jQueryClient(Settings, Options, Api, Clock);
        Store = new Neo4jGraphStore(Client, Options.Log);
    }

    public FakeQueryApi Api { get; }

    public ManualClock Clock { get; } = new();

    public Neo4jSettings Settings { get; }

    public Neo4jClientOptions Options { get; }

    public Neo4jQueryClient Client { get; }

    public Neo4jGraphStore Store { get; }

    public List<string> Log { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Api.Dispose();
    }
}
