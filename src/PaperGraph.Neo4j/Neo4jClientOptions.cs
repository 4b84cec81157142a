namespace PaperGraph.Neo4j;

/// <summary>How the client retries and times out; the defaults follow Neo4j's own drivers.</summary>
public sealed record Neo4jClientOptions
{
    /// <summary>The defaults: 30 s of retries starting at 1 s, doubling, ±20% jitter; 2 minutes per request.</summary>
    public static Neo4jClientOptions Default { get; } = new();

    /// <summary>How long transient failures are retried before giving up.</summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first wait between attempts.</summary>
    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Each wait is the delay times a random factor in [1 - jitter, 1 + jitter].</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>How long one HTTP request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Receives debug messages (retries, batch splits); they never contain the password.</summary>
    public Action<string>? Log { get; init; }
}
