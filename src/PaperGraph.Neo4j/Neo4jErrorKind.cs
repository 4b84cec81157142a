namespace PaperGraph.Neo4j;

/// <summary>What went wrong talking to Neo4j; decides retries and the message a user sees.</summary>
public enum Neo4jErrorKind
{
    /// <summary>The server could not be reached (refused, reset, DNS, TLS); retried.</summary>
    Unreachable,

    /// <summary>A request timed out; retried.</summary>
    Timeout,

    /// <summary>Wrong user or password (401, <c>Neo.ClientError.Security.Unauthorized</c>).</summary>
    Unauthorized,

    /// <summary>The user may not do this (<c>Neo.ClientError.Security.Forbidden</c>).</summary>
    Forbidden,

    /// <summary>The database does not exist (404, <c>Neo.ClientError.Database.DatabaseNotFound</c>).</summary>
    DatabaseNotFound,

    /// <summary>An explicit transaction expired or is unknown (404); the whole transaction is retried.</summary>
    TransactionExpired,

    /// <summary>The statement was rejected (<c>Neo.ClientError.Statement.*</c>, schema and other client errors); not retried.</summary>
    Cypher,

    /// <summary>A transient error (<c>Neo.TransientError.*</c>) or a 5xx answer; retried.</summary>
    Transient,

    /// <summary>The transaction ran out of memory; the batch is halved instead of repeated.</summary>
    MemoryLimit,

    /// <summary>The database failed (<c>Neo.DatabaseError.*</c>) or answered something the client does not understand.</summary>
    Server,
}
