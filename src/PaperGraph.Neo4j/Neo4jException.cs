namespace PaperGraph.Neo4j;

/// <summary>A failure talking to Neo4j, with a one-line message fit for a user (it never holds the password).</summary>
public sealed class Neo4jException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Neo4jException(Neo4jErrorKind kind, string message, string? code = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Code = code;
    }

    /// <summary>What went wrong.</summary>
    public Neo4jErrorKind Kind { get; }

    /// <summary>Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c>), when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>True when repeating the same request may succeed.</summary>
    public bool IsTransient => Kind is Neo4jErrorKind.Unreachable or Neo4jErrorKind.Timeout or Neo4jErrorKind.Transient or Neo4jErrorKind.TransactionExpired;
}
