namespace PaperGraph.Neo4j;

/// <summary>
/// Where and how to reach Neo4j, following Neo4j's own conventions (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c>). The password never appears in <see cref="ToString"/>.
/// </summary>
public sealed class Neo4jSettings
{
    /// <summary>The database used when none is named.</summary>
    public const string DefaultDatabase = "neo4j";

    /// <summary>Creates settings; bolt/neo4j URIs are mapped to the HTTP endpoint that serves the Query API.</summary>
    /// <param name="uri">http(s)://host:7474, or a driver URI (neo4j://, bolt://, neo4j+s://, bolt+s://).</param>
    /// <param name="user">The user name.</param>
    /// <param name="password">The password.</param>
    /// <param name="database">The database name (default <c>neo4j</c>).</param>
    public Neo4jSettings(string uri, string user, string password, string? database = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        if (!Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed))
        {
            throw new ArgumentException($"'{Redact(uri)}' is not an absolute URI (expected e.g. http://localhost:7474 or neo4j://localhost:7687)", nameof(uri));
        }

        Endpoint = ToHttp(parsed);
        User = user;
        Password = password;
        Database = string.IsNullOrWhiteSpace(database) ? DefaultDatabase : database.Trim();
    }

    /// <summary>The HTTP base address of the server (scheme, host and port; no credentials).</summary>
    public Uri Endpoint { get; }

    /// <summary>The user name.</summary>
    public string User { get; }

    /// <summary>The password (kept out of every message).</summary>
    public string Password { get; }

    /// <summary>The database name.</summary>
    public string Database { get; }

    /// <summary>Reads NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE; null when NEO4J_URI is unset.</summary>
    public static Neo4jSettings? FromEnvironment() =>
        Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri
            ? new Neo4jSettings(
                uri,
                Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j",
                Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
                Environment.GetEnvironmentVariable("NEO4J_DATABASE"))
            : null;

    /// <inheritdoc />
    public override string ToString() => $"{Endpoint} (database '{Database}', user '{User}')";

    // The Query API is served over HTTP: driver schemes name the same host, on the HTTP port
    // (7474 for a local server; Aura's +s URIs serve HTTPS on 443).
    private static Uri ToHttp(Uri uri)
    {
        var scheme = uri.Scheme.ToLowerInvariant();
        var (http, port) = scheme switch
        {
            "http" => ("http", uri.IsDefaultPort ? 7474 : uri.Port),
            "https" => ("https", uri.Port),
            "neo4j" or "bolt" => ("http", uri.IsDefaultPort || uri.Port is 7687 or -1 ? 7474 : uri.Port),
            "neo4j+s" or "bolt+s" or "neo4j+ssc" or "bolt+ssc" => ("https", -1),
            _ => throw new ArgumentException($"unsupported URI scheme '{uri.Scheme}' (expected http, https, neo4j, bolt, neo4j+s or bolt+s)", nameof(uri)),
        };

        // Credentials written into the URI are dropped: they would otherwise leak into messages.
        var builder = new UriBuilder(http, uri.Host, port) { Path = uri.AbsolutePath.TrimEnd('/') };
        return builder.Uri;
    }

    private static string Redact(string uri)
    {
        var at = uri.IndexOf('@', StringComparison.Ordinal);
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme > 0 && at > scheme ? string.Concat(uri.AsSpan(0, scheme + 3), "***", uri.AsSpan(at)) : uri;
    }
}
