namespace PaperGraph.Neo4j;

/// <summary>One entry of a Query API answer's <c>errors</c> array.</summary>
internal readonly record struct Neo4jError(string Code, string Message)
{
    // Codes of "the transaction used too much memory": the batch is halved rather than repeated.
    private static readonly HashSet<string> MemoryCodes = new(StringComparer.Ordinal)
    {
        "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        "Neo.TransientError.General.OutOfMemoryError",
        "Neo.TransientError.General.TransactionMemoryLimit",
        "Neo.ClientError.General.TransactionOutOfMemoryError",
        "Neo.ClientError.Transaction.TransactionOutOfMemoryError",
    };

    /// <summary>Classifies a status code the way Neo4j's drivers do.</summary>
    public Neo4jErrorKind Kind => Code switch
    {
        _ when MemoryCodes.Contains(Code) => Neo4jErrorKind.MemoryLimit,
        "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" => Neo4jErrorKind.Unauthorized,
        "Neo.ClientError.Database.DatabaseNotFound" => Neo4jErrorKind.DatabaseNotFound,
        "Neo.ClientError.Transaction.TransactionNotFound" => Neo4jErrorKind.TransactionExpired,
        _ when Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => Neo4jErrorKind.Forbidden,
        _ when Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jErrorKind.Transient,
        _ when Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => Neo4jErrorKind.Cypher,
        _ => Neo4jErrorKind.Server,
    };

    /// <summary>The first line of the message (Cypher errors carry the query and a caret on later lines).</summary>
    public string FirstLine
    {
        get
        {
            var m = Message.AsSpan().Trim();
            var nl = m.IndexOfAny('\r', '\n');
            return (nl >= 0 ? m[..nl] : m).ToString();
        }
    }
}
