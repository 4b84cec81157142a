using System.Net;
using System.Net.Sockets;
using System.Text;
using PaperGraph.Neo4j.Tests.Support;

namespace PaperGraph.Neo4j.Tests;

public sealed class Neo4jQueryClientTests
{
    [Fact]
    public async Task AStatementIsPostedToTheQueryEndpointWithBasicAuthTypedJsonAndItsParameters()
    {
        await using var s = new FakeServer();
        await s.Client.RunAsync("find_entity", new Dictionary<string, object?> { ["norm"] = "lora" }, CancellationToken.None);

        var r = Assert.Single(s.Api.Requests);
        Assert.Equal(HttpMethod.Post, r.Method);
        Assert.Equal("/db/neo4j/query/v2", r.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + s.Api.Password)), r.Authorization);
        Assert.Contains("application/vnd.neo4j.query", r.Accept, StringComparison.Ordinal);
        Assert.StartsWith("application/json", r.ContentType, StringComparison.Ordinal);
        Assert.Equal("find_entity", r.StatementName);
        Assert.Equal(CypherStatements.Get("find_entity"), r.Statement);
        Assert.Equal("lora", r.Parameters!.Value.GetProperty("norm").GetString());
    }

    [Fact]
    public async Task TypedJsonIntegersArriveAsStringsAndAreReadAsNumbers()
    {
        await using var s = new FakeServer();
        s.Api.Answers["stats_counts"] = new FakeAnswer(["papers", "mentions", "proposals", "comparisons"], [[9_007_199_254_740_993L, 40L, 5L, 12L]]);
        var result = await s.Client.RunAsync("stats_counts", null, CancellationToken.None);

        var row = Assert.Single(result.Records);
        Assert.Equal(9_007_199_254_740_993L, row.Int64("papers")); // beyond double precision: only exact as a string
        Assert.Equal(12L, row.Int64("comparisons"));
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected")]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    public async Task ATransientErrorIn400IsRetriedWithBackoffAndSucceeds(string code)
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => FakeQueryApi.Error(HttpStatusCode.BadRequest, code, "try again"));
        s.Api.Faults.Enqueue(_ => FakeQueryApi.Error(HttpStatusCode.BadRequest, code, "try again"));

        await s.Client.RunAsync("stats_counts", null, CancellationToken.None);

        Assert.Equal(3, s.Api.Requests.Count);
        Assert.Equal(2, s.Clock.Delays.Count);
        Assert.InRange(s.Clock.Delays[0].TotalMilliseconds, 800, 1200); // 1 s ± 20% jitter
        Assert.InRange(s.Clock.Delays[1].TotalMilliseconds, 1600, 2400); // doubled
        Assert.Contains(s.Log, l => l.Contains(code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    public async Task A5xxAnswerIsRetried(HttpStatusCode status)
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => new HttpResponseMessage(status) { Content = new StringContent("<html>busy</html>") });

        await s.Client.RunAsync("stats_counts", null, CancellationToken.None);

        Assert.Equal(2, s.Api.Requests.Count);
    }

    [Fact]
    public async Task AConnectionResetIsRetried()
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "reset", new SocketException((int)SocketError.ConnectionReset)));
        s.Api.Faults.Enqueue(_ => throw new IOException("Unable to read data from the transport connection: Connection reset by peer."));

        await s.Client.RunAsync("stats_counts", null, CancellationToken.None);

        Assert.Equal(3, s.Api.Requests.Count);
    }

    [Fact]
    public async Task ATimeoutIsRetriedAndAUserCancellationIsNot()
    {
        await using var s = new FakeServer(options: new Neo4jClientOptions { RequestTimeout = TimeSpan.FromMilliseconds(50) });
        s.Api.HangNext = 1; // the first attempt never gets an answer

        await s.Client.RunAsync("stats_counts", null, CancellationToken.None);
        Assert.Equal(2, s.Api.Requests.Count);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => s.Client.RunAsync("stats_counts", null, cancelled.Token));
    }

    [Fact]
    public async Task TransientFailuresStopWhenTheTimeBudgetIsSpent()
    {
        await using var s = new FakeServer(options: new Neo4jClientOptions { RetryBudget = TimeSpan.FromSeconds(30) });
        for (var i = 0; i < 100; i++)
        {
            s.Api.Faults.Enqueue(_ => FakeQueryApi.Error(HttpStatusCode.BadRequest, "Neo.TransientError.General.DatabaseUnavailable", "database is starting"));
        }

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Client.RunAsync("stats_counts", null, CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.Transient, ex.Kind);
        Assert.Contains("gave up after", ex.Message, StringComparison.Ordinal);
        Assert.True(s.Clock.Delays.Aggregate(TimeSpan.Zero, (a, b) => a + b) <= TimeSpan.FromSeconds(30));
        Assert.InRange(s.Api.Requests.Count, 4, 10); // 1, 2, 4, 8, 8 … seconds within 30
        Assert.All(s.Clock.Delays, d => Assert.True(d <= TimeSpan.FromSeconds(8 * 1.2)));
    }

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))\n\"MATC (n) RETURN n\"\n ^")]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): key")]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists with label `Paper` and property `id` = '2401.00001'")]
    public async Task AClientErrorIsNotRetriedAndGivesAOneLineMessage(string code, string message)
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => FakeQueryApi.Error(HttpStatusCode.BadRequest, code, message));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Client.RunAsync("stats_counts", null, CancellationToken.None));

        Assert.Single(s.Api.Requests);
        Assert.Empty(s.Clock.Delays);
        Assert.Equal(Neo4jErrorKind.Cypher, ex.Kind);
        Assert.Equal(code, ex.Code);
        Assert.StartsWith($"Neo4j rejected statement 'stats_counts': {code}: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task A202WhoseStreamEndsInErrorsIsAFailureNotASuccess()
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => FakeQueryApi.PartialThenError("Neo.ClientError.Statement.ArithmeticError", "/ by zero"));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Client.RunAsync("stats_counts", null, CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.Cypher, ex.Kind);
        Assert.Contains("after partial results", ex.Message, StringComparison.Ordinal);
        Assert.Single(s.Api.Requests);
    }

    [Fact]
    public async Task A202WithPartialDataThenATransientErrorIsRetried()
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => FakeQueryApi.PartialThenError("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));

        await s.Client.RunAsync("stats_counts", null, CancellationToken.None);

        Assert.Equal(2, s.Api.Requests.Count);
    }

    [Fact]
    public async Task AWrongPasswordGivesAOneLineMessageWithoutThePassword()
    {
        await using var s = new FakeServer(password: "wrong-password-123");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Client.RunAsync("stats_counts", null, CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.Unauthorized, ex.Kind);
        Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
        Assert.Equal("Neo4j at http://localhost:7474/ refused the credentials of user 'neo4j': check --user/NEO4J_USERNAME and --password/NEO4J_PASSWORD", ex.Message);
        Assert.DoesNotContain("wrong-password-123", ex.ToString(), StringComparison.Ordinal);
        Assert.Single(s.Api.Requests); // never retried: it would lock the account
    }

    [Fact]
    public async Task AnUnknownDatabaseGivesAOneLineMessage()
    {
        await using var s = new FakeServer(database: "papers");

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Client.RunAsync("stats_counts", null, CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.DatabaseNotFound, ex.Kind);
        Assert.Equal("Neo4j at http://localhost:7474/ has no database 'papers': create it, or name another with --database/NEO4J_DATABASE", ex.Message);
        Assert.Single(s.Api.Requests);
    }

    [Fact]
    public async Task AnUnreachableServerGivesAOneLineMessageAfterRetrying()
    {
        await using var s = new FakeServer(options: new Neo4jClientOptions { RetryBudget = TimeSpan.FromSeconds(5) });
        for (var i = 0; i < 20; i++)
        {
            s.Api.Faults.Enqueue(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)));
        }

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Client.RunAsync("stats_counts", null, CancellationToken.None));

        Assert.Equal(Neo4jErrorKind.Unreachable, ex.Kind);
        Assert.StartsWith("cannot reach Neo4j at http://localhost:7474/ (", ex.Message, StringComparison.Ordinal);
        Assert.Contains("is the server running", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.True(s.Api.Requests.Count > 1);
    }

    [Fact]
    public async Task AServerMessageEchoingThePasswordIsRedacted()
    {
        await using var s = new FakeServer();
        s.Api.Faults.Enqueue(_ => FakeQueryApi.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", $"Invalid input '{s.Api.Password}'"));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => s.Client.RunAsync("stats_counts", null, CancellationToken.None));

        Assert.DoesNotContain(s.Api.Password, ex.Message, StringComparison.Ordinal);
        Assert.Contains("***", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExplicitTransactionOpensRunsAndCommitsAtTheTransactionEndpoints()
    {
        await using var s = new FakeServer();
        await s.Client.WriteTransactionAsync(
            async (tx, ct) =>
            {
                await tx.RunAsync("load_existing_papers", new Dictionary<string, object?> { ["ids"] = new[] { "a" } }, ct);
                await tx.RunAsync("load_clear_paper_facts", new Dictionary<string, object?> { ["ids"] = new[] { "a" } }, ct);
                return 0;
            },
            CancellationToken.None);

        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/1", "/db/neo4j/query/v2/tx/1/commit"], s.Api.Requests.Select(r => r.Path));
        Assert.Equal(1, s.Api.TransactionsCommitted);
        Assert.Equal(["load_existing_papers", "load_clear_paper_facts"], s.Api.CommittedNames());
    }

    [Fact]
    public async Task AFailedTransactionIsRolledBackAndNothingIsCommitted()
    {
        await using var s = new FakeServer();
        await Assert.ThrowsAsync<InvalidOperationException>(() => s.Client.WriteTransactionAsync<int>(
            async (tx, ct) =>
            {
                await tx.RunAsync("load_existing_papers", new Dictionary<string, object?> { ["ids"] = new[] { "a" } }, ct);
                throw new InvalidOperationException("bug in the caller");
            },
            CancellationToken.None));

        Assert.Equal(HttpMethod.Delete, s.Api.Requests[^1].Method);
        Assert.Equal(1, s.Api.TransactionsRolledBack);
        Assert.Empty(s.Api.Committed);
    }
}
