namespace PaperGraph.Neo4j;

/// <summary>
/// One explicit transaction of the Query API. It opens with its first statement
/// (<c>POST /query/v2/tx</c>), runs the rest at <c>/tx/{id}</c>, commits at <c>/tx/{id}/commit</c> and rolls
/// back with <c>DELETE /tx/{id}</c> when disposed uncommitted.
/// </summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client) : IAsyncDisposable
{
    private bool _done;

    /// <summary>The server's transaction id, once open.</summary>
    public string? Id { get; set; }

    /// <summary>The cluster member the transaction lives on (Aura), echoed on every later request.</summary>
    public string? Affinity { get; set; }

    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var url = client.TransactionPath(Id);
        var result = await client.SendAsync(HttpMethod.Post, url, statement, parameters, this, cancellationToken);
        if (Id is null)
        {
            _done = true;
            throw new Neo4jException(Neo4jErrorKind.Server, "Neo4j opened a transaction without telling its id");
        }

        return result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            _done = true;
            return; // nothing was run
        }

        await client.SendAsync(HttpMethod.Post, client.TransactionPath(Id) + "/commit", null, null, this, cancellationToken);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_done || Id is null)
        {
            return;
        }

        _done = true;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.SendAsync(HttpMethod.Delete, client.TransactionPath(Id), null, null, this, cts.Token);
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            // The server rolls back a failed or abandoned transaction by itself when it expires.
        }
    }
}
