using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PaperGraph.Neo4j.Tests.Support;

/// <summary>
/// An in-process fake of Neo4j's HTTP Query API. It parses every request and answers as the server
/// does: 202 with typed JSON on success, 400 with <c>errors[].code</c> for client and transient errors,
/// 401 for bad credentials, 404 for an unknown database or transaction; explicit transactions are
/// buffered until commit; schema and data statements may not share a transaction; statements must
/// get every parameter they use. Tests script faults and answers on top.
/// </summary>
internal sealed partial class FakeQueryApi : HttpMessageHandler
{
    private readonly Dictionary<string, List<FakeRequest>> _open = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _nextTx = 1;

    public FakeQueryApi(string user = "neo4j", string password = "s3cret-Passw0rd", params string[] databases)
    {
        User = user;
        Password = password;
        Databases = databases.Length == 0 ? ["neo4j"] : databases;
    }

    public string User { get; }

    public string Password { get; }

    public IReadOnlyList<string> Databases { get; }

    /// <summary>Every request received, in order.</summary>
    public List<FakeRequest> Requests { get; } = [];

    /// <summary>Statements that took effect (auto-committed, or in a committed transaction).</summary>
    public List<FakeRequest> Committed { get; } = [];

    /// <summary>Papers the "graph" holds: ids from committed <c>load_papers</c> rows.</summary>
    public HashSet<string> PaperIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Faults for the next requests: each returns a response, throws, or returns null to answer normally.</summary>
    public Queue<Func<FakeRequest, HttpResponseMessage?>> Faults { get; } = new();

    /// <summary>Canned rows by statement name (other statements answer with no rows).</summary>
    public Dictionary<string, FakeAnswer> Answers { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, a statement with more <c>$rows</c> than this fails as the server's memory pool does.</summary>
    public int? MaxRowsPerStatement { get; set; }

    /// <summary>When true, the next statement sent to an open transaction finds it expired.</summary>
    public bool ExpireNextTransaction { get; set; }

    /// <summary>How many of the next requests hang until the client gives up on them (a server that stopped answering).</summary>
    public int HangNext { get; set; }

    public int TransactionsCommitted { get; private set; }

    public int TransactionsRolledBack { get; private set; }

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) });

    public static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/vnd.neo4j.query") };

    /// <summary>A 202 that streams a row and then fails, as the server does when an error strikes mid-result.</summary>
    public static HttpResponseMessage PartialThenError(string code, string message) =>
        new(HttpStatusCode.Accepted)
        {
            Content = new StringContent(
                "{\"data\":{\"fields\":[\"n\"],\"values\":[[{\"$type\":\"Integer\",\"_value\":\"1\"}]]},\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}",
                Encoding.UTF8,
                "application/vnd.neo4j.query"),
        };

    /// <summary>The statements of committed requests, by name, in order.</summary>
    public List<string> CommittedNames() => [.. Committed.Select(r => r.StatementName ?? "?")];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var parsed = Parse(request, body);
        bool hang;
        lock (_gate)
        {
            Requests.Add(parsed);
            hang = HangNext > 0;
            HangNext = Math.Max(0, HangNext - 1);
        }

        if (hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        lock (_gate)
        {
            if (Faults.TryDequeue(out var fault) && fault(parsed) is { } injected)
            {
                return injected;
            }

            return Answer(parsed);
        }
    }

    private static FakeRequest Parse(HttpRequestMessage request, string body)
    {
        string? statement = null;
        JsonElement? parameters = null;
        if (body.Length > 0)
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("statement", out var s))
            {
                statement = s.GetString();
            }

            if (doc.RootElement.TryGetProperty("parameters", out var p))
            {
                parameters = p.Clone();
            }
        }

        var name = statement is null ? null : CypherStatements.Names.FirstOrDefault(n => CypherStatements.Get(n) == statement);
        var path = request.RequestUri!.AbsolutePath;
        var tx = TxPath().Match(path) is { Success: true } m && m.Groups["id"].Success ? m.Groups["id"].Value : null;
        return new FakeRequest(
            request.Method, path, request.Headers.Authorization?.ToString(), request.Headers.Accept.ToString(),
            request.Content?.Headers.ContentType?.ToString(), body, name, statement, parameters, tx);
    }

    private HttpResponseMessage Answer(FakeRequest r)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Password));
        if (r.Authorization != expected)
        {
            return Error(HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
        }

        var m = TxPath().Match(r.Path);
        if (!m.Success)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var db = Uri.UnescapeDataString(m.Groups["db"].Value);
        if (!Databases.Contains(db))
        {
            return Error(HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound", $"Graph not found: {db}");
        }

        var isTx = m.Groups["tx"].Success;
        var id = m.Groups["id"].Success ? m.Groups["id"].Value : null;
        var commit = m.Groups["commit"].Success;
        if (id is not null && (ExpireNextTransaction || !_open.ContainsKey(id)))
        {
            ExpireNextTransaction = false;
            _open.Remove(id);
            return Error(HttpStatusCode.NotFound, "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back.");
        }

        if (r.Method == HttpMethod.Delete)
        {
            _open.Remove(id!);
            TransactionsRolledBack++;
            return Json(HttpStatusCode.Accepted, new JsonObject());
        }

        if (commit)
        {
            var done = _open[id!];
            _open.Remove(id!);
            Apply(done);
            TransactionsCommitted++;
            return Json(HttpStatusCode.Accepted, new JsonObject { ["bookmarks"] = new JsonArray("FB:fake") });
        }

        if (r.Statement is null)
        {
            return Error(HttpStatusCode.BadRequest, "Neo.ClientError.Request.Invalid", "Bad request: missing statement");
        }

        if (Check(r, isTx, id) is { } rejected)
        {
            if (id is not null)
            {
                _open.Remove(id); // a failed statement rolls its transaction back
            }

            return rejected;
        }

        var answer = AnswerFor(r);
        if (!isTx)
        {
            Apply([r]);
            return answer;
        }

        id ??= (_nextTx++).ToString(CultureInfo.InvariantCulture);
        if (!_open.TryGetValue(id, out var list))
        {
            _open[id] = list = [];
        }

        list.Add(r);
        var node = JsonNode.Parse(answer.Content.ReadAsStringAsync().Result)!;
        node["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2026-01-01T00:01:00Z" };
        return Json(HttpStatusCode.Accepted, node);
    }

    private HttpResponseMessage? Check(FakeRequest r, bool isTx, string? id)
    {
        var text = r.Statement!;
        var body = CommentLine().Replace(text, "");
        var given = new HashSet<string>(StringComparer.Ordinal);
        if (r.Parameters is { ValueKind: JsonValueKind.Object } p)
        {
            foreach (var prop in p.EnumerateObject())
            {
                given.Add(prop.Name);
            }
        }

        var missing = ParameterName().Matches(body).Select(x => x.Groups[1].Value).Where(n => !given.Contains(n)).Distinct().ToList();
        if (missing.Count > 0)
        {
            return Error(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.ParameterMissing", "Expected parameter(s): " + string.Join(", ", missing));
        }

        if (isTx && body.Contains("IN TRANSACTIONS", StringComparison.OrdinalIgnoreCase))
        {
            return Error(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.TransactionStartFailed", "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction");
        }

        var schema = IsSchema(body);
        if (isTx && id is not null && _open[id].Any(x => IsSchema(x.Statement!) != schema))
        {
            return Error(HttpStatusCode.BadRequest, "Neo.ClientError.Transaction.ForbiddenDueToTransactionType", "Tried to execute Write query after executing Schema modification");
        }

        if (MaxRowsPerStatement is { } max && r.RowCount > max)
        {
            return Error(HttpStatusCode.BadRequest, "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "The allocation of an extra 2.0 MiB would use more than the limit 512.0 MiB. Currently using 511.0 MiB. dbms.memory.transaction.total.max threshold reached");
        }

        return null;
    }

    private HttpResponseMessage AnswerFor(FakeRequest r)
    {
        var fields = new JsonArray();
        var values = new JsonArray();
        if (r.StatementName == "load_existing_papers" && r.Parameters is { } p)
        {
            fields.Add("id");
            foreach (var id in p.GetProperty("ids").EnumerateArray().Select(x => x.GetString()!).Where(PaperIds.Contains))
            {
                values.Add(new JsonArray(Typed(id)));
            }
        }
        else if (r.StatementName is { } name && Answers.TryGetValue(name, out var canned))
        {
            foreach (var f in canned.Fields)
            {
                fields.Add(f);
            }

            foreach (var row in canned.Rows)
            {
                values.Add(new JsonArray([.. row.Select(Typed)]));
            }
        }

        return Json(HttpStatusCode.Accepted, new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = fields, ["values"] = values },
            ["bookmarks"] = new JsonArray("FB:fake"),
        });
    }

    private void Apply(List<FakeRequest> statements)
    {
        foreach (var s in statements)
        {
            Committed.Add(s);
            if (s.StatementName == "load_papers" && s.Parameters is { } p)
            {
                foreach (var row in p.GetProperty("rows").EnumerateArray())
                {
                    PaperIds.Add(row.GetProperty("id").GetString()!);
                }
            }
        }
    }

    // Typed JSON, as application/vnd.neo4j.query encodes it: integers and floats travel as strings.
    private static JsonNode Typed(object? value) => value switch
    {
        null => new JsonObject { ["$type"] = "Null", ["_value"] = null },
        string s => new JsonObject { ["$type"] = "String", ["_value"] = s },
        bool b => new JsonObject { ["$type"] = "Boolean", ["_value"] = b },
        int or long => new JsonObject { ["$type"] = "Integer", ["_value"] = Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) },
        double d => new JsonObject { ["$type"] = "Float", ["_value"] = d.ToString("R", CultureInfo.InvariantCulture) },
        System.Collections.IEnumerable list => new JsonObject { ["$type"] = "List", ["_value"] = new JsonArray([.. list.Cast<object?>().Select(Typed)]) },
        _ => throw new ArgumentException($"cannot encode {value.GetType().Name}"),
    };

    private static bool IsSchema(string statement) =>
        SchemaCommand().IsMatch(CommentLine().Replace(statement, ""));

    [GeneratedRegex(@"^/db/(?<db>[^/]+)/query/v2(?<tx>/tx(?:/(?<id>[^/]+)(?<commit>/commit)?)?)?$")]
    private static partial Regex TxPath();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^\s*(CREATE|DROP)\s+(CONSTRAINT|INDEX|FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)", RegexOptions.IgnoreCase)]
    private static partial Regex SchemaCommand();
}
