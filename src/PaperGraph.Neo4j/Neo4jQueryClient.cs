using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PaperGraph.Neo4j;

/// <summary>
/// Runs the embedded statements over Neo4j's HTTP Query API: <c>POST /db/{db}/query/v2</c> for one
/// statement in its own transaction, <c>/query/v2/tx</c> for explicit transactions. Success is 202, but a
/// 202 body can still end in <c>errors</c> after partial data; client and transient errors both arrive as
/// 400, so every decision reads <c>errors[].code</c>. Transient failures are retried with exponential
/// backoff and jitter inside a time budget; client errors are not.
/// </summary>
internal sealed class Neo4jQueryClient : IDisposable
{
    // Typed JSON keeps 64-bit integers exact (they travel as strings); plain JSON is accepted too.
    private const string AcceptTypes = "application/vnd.neo4j.query, application/json;q=0.9";
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    private readonly HttpClient _http;
    private readonly Neo4jSettings _settings;
    private readonly Neo4jClientOptions _options;
    private readonly IRetryClock _clock;
    private readonly AuthenticationHeaderValue _auth;
    private readonly string _queryPath;
    private long _statementsSent;

    public Neo4jQueryClient(Neo4jSettings settings, Neo4jClientOptions? options = null, HttpMessageHandler? handler = null, IRetryClock? clock = null)
    {
        _settings = settings;
        _options = options ?? Neo4jClientOptions.Default;
        _clock = clock ?? SystemRetryClock.Instance;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan; // per-request timeouts below, so they can be told from cancellation
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.User + ":" + settings.Password)));
        _queryPath = $"{settings.Endpoint.AbsoluteUri.TrimEnd('/')}/db/{Uri.EscapeDataString(settings.Database)}/query/v2";
    }

    public Neo4jSettings Settings => _settings;

    /// <summary>Statements sent so far (each attempt counts), for progress and measurements.</summary>
    public long StatementsSent => Interlocked.Read(ref _statementsSent);

    /// <summary>Runs one statement in its own transaction, retrying transient failures.</summary>
    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        RetryAsync(ct => SendAsync(HttpMethod.Post, _queryPath, statement, parameters, null, ct), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; on a transient failure
    /// (including an expired transaction) the whole transaction is run again.
    /// </summary>
    public Task<T> WriteTransactionAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RetryAsync(
            async ct =>
            {
                await using var tx = new Neo4jTransaction(this);
                var result = await work(tx, ct);
                await tx.CommitAsync(ct);
                return result;
            },
            cancellationToken);

    public void Dispose() => _http.Dispose();

    internal string TransactionPath(string? id) => id is null ? _queryPath + "/tx" : $"{_queryPath}/tx/{Uri.EscapeDataString(id)}";

    internal async Task<Neo4jResult> SendAsync(HttpMethod method, string url, string? statement, IReadOnlyDictionary<string, object?>? parameters, Neo4jTransaction? tx, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = _auth;
        request.Headers.Accept.ParseAdd(AcceptTypes);
        if (tx?.Affinity is { } affinity)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (statement is not null)
        {
            var text = CypherStatements.Get(statement);
            var body = new Dictionary<string, object?> { ["statement"] = text };
            if (parameters is { Count: > 0 })
            {
                body["parameters"] = parameters;
            }

            request.Content = new StringContent(JsonSerializer.Serialize(body, JsonOptions), Encoding.UTF8, "application/json");
            Interlocked.Increment(ref _statementsSent);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage response;
        string payload;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            payload = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw Fail(Neo4jErrorKind.Timeout, $"Neo4j at {_settings.Endpoint} did not answer within {_options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", null, ex);
        }
        catch (HttpRequestException ex)
        {
            throw Fail(Neo4jErrorKind.Unreachable, $"cannot reach Neo4j at {_settings.Endpoint} ({Reason(ex)}): is the server running, and does it serve the Query API (Neo4j 5.26+ or Aura; 5.19-5.25 need QUERY_API_ENDPOINTS in server.http_enabled_modules)?", null, ex);
        }
        catch (IOException ex)
        {
            throw Fail(Neo4jErrorKind.Unreachable, $"the connection to Neo4j at {_settings.Endpoint} broke ({ex.Message})", null, ex);
        }

        using (response)
        {
            if (tx is not null && response.Headers.TryGetValues(AffinityHeader, out var values))
            {
                tx.Affinity = values.FirstOrDefault();
            }

            return Interpret(response.StatusCode, payload, statement, tx);
        }
    }

    private Neo4jResult Interpret(HttpStatusCode status, string payload, string? statement, Neo4jTransaction? tx)
    {
        var what = statement is null ? "the request" : $"statement '{statement}'";
        JsonDocument? doc = null;
        try
        {
            doc = payload.Length == 0 ? null : JsonDocument.Parse(payload);
        }
        catch (JsonException) when ((int)status >= 500 || status == HttpStatusCode.Accepted)
        {
            // A 202 whose body breaks off is a stream cut short: transient, like a reset connection.
            throw Fail(Neo4jErrorKind.Transient, $"Neo4j's answer to {what} broke off (HTTP {(int)status})", null);
        }
        catch (JsonException)
        {
            doc = null;
        }

        using (doc)
        {
            var root = doc?.RootElement;
            var errors = ReadErrors(root);
            if (status is HttpStatusCode.OK or HttpStatusCode.Accepted && errors.Count == 0 && root is { } ok)
            {
                if (tx is not null && ok.TryGetProperty("transaction", out var t) && t.TryGetProperty("id", out var id))
                {
                    tx.Id ??= id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText();
                }

                return ReadData(ok);
            }

            if (status is HttpStatusCode.OK or HttpStatusCode.Accepted && errors.Count == 0)
            {
                return Neo4jResult.Empty; // commit and rollback may answer without a body
            }

            if (status == HttpStatusCode.Unauthorized || errors.Any(e => e.Kind == Neo4jErrorKind.Unauthorized))
            {
                throw Fail(Neo4jErrorKind.Unauthorized, $"Neo4j at {_settings.Endpoint} refused the credentials of user '{_settings.User}': check --user/NEO4J_USERNAME and --password/NEO4J_PASSWORD", errors.FirstOrDefault().Code);
            }

            if (status == HttpStatusCode.NotFound || errors.Any(e => e.Kind is Neo4jErrorKind.DatabaseNotFound or Neo4jErrorKind.TransactionExpired))
            {
                var expired = tx?.Id is not null && errors.All(e => e.Kind != Neo4jErrorKind.DatabaseNotFound);
                throw expired
                    ? Fail(Neo4jErrorKind.TransactionExpired, $"Neo4j at {_settings.Endpoint} no longer knows transaction {tx!.Id} (it expired or was rolled back)", errors.FirstOrDefault().Code)
                    : Fail(Neo4jErrorKind.DatabaseNotFound, $"Neo4j at {_settings.Endpoint} has no database '{_settings.Database}': create it, or name another with --database/NEO4J_DATABASE", errors.FirstOrDefault().Code);
            }

            if (errors.Count > 0)
            {
                // Memory first: it decides whether the batch is split; then anything not transient.
                var e = errors.FirstOrDefault(x => x.Kind == Neo4jErrorKind.MemoryLimit) is { Code: not null } mem ? mem
                    : errors.FirstOrDefault(x => x.Kind is not Neo4jErrorKind.Transient) is { Code: not null } hard ? hard
                    : errors[0];
                var partial = status == HttpStatusCode.Accepted ? " after partial results" : "";
                return e.Kind switch
                {
                    Neo4jErrorKind.MemoryLimit => throw Fail(e.Kind, $"Neo4j ran out of transaction memory running {what}{partial} ({e.Code}: {e.FirstLine})", e.Code),
                    Neo4jErrorKind.Transient => throw Fail(e.Kind, $"Neo4j failed transiently running {what}{partial} ({e.Code}: {e.FirstLine})", e.Code),
                    Neo4jErrorKind.Forbidden => throw Fail(e.Kind, $"Neo4j user '{_settings.User}' may not run {what} ({e.Code}: {e.FirstLine})", e.Code),
                    Neo4jErrorKind.Cypher => throw Fail(e.Kind, $"Neo4j rejected {what}{partial}: {e.Code}: {e.FirstLine}", e.Code),
                    _ => throw Fail(e.Kind, $"Neo4j failed running {what}{partial}: {e.Code}: {e.FirstLine}", e.Code),
                };
            }

            if ((int)status >= 500)
            {
                throw Fail(Neo4jErrorKind.Transient, $"Neo4j at {_settings.Endpoint} answered HTTP {(int)status} to {what}", null);
            }

            throw Fail(Neo4jErrorKind.Server, $"Neo4j at {_settings.Endpoint} answered HTTP {(int)status} to {what} without an error code", null);
        }
    }

    private static List<Neo4jError> ReadErrors(JsonElement? root)
    {
        var list = new List<Neo4jError>();
        if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in errors.EnumerateArray())
            {
                var code = e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                list.Add(new Neo4jError(code, message));
            }
        }

        return list;
    }

    private static Neo4jResult ReadData(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return Neo4jResult.Empty;
        }

        var fields = new List<string>();
        if (data.TryGetProperty("fields", out var f))
        {
            foreach (var name in f.EnumerateArray())
            {
                fields.Add(name.GetString() ?? "");
            }
        }

        var index = new Dictionary<string, int>(fields.Count, StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            index[fields[i]] = i;
        }

        var records = new List<Neo4jRecord>();
        if (data.TryGetProperty("values", out var rows))
        {
            foreach (var row in rows.EnumerateArray())
            {
                var values = new object?[fields.Count];
                var i = 0;
                foreach (var v in row.EnumerateArray())
                {
                    if (i < values.Length)
                    {
                        values[i] = TypedJson.Read(v);
                    }

                    i++;
                }

                records.Add(new Neo4jRecord(index, values));
            }
        }

        return new Neo4jResult(fields, records);
    }

    private async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        var start = _clock.Now;
        var delay = _options.InitialRetryDelay;
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt(ct);
            }
            catch (Neo4jException ex) when (ex.IsTransient)
            {
                var jitter = 1 + ((Random.Shared.NextDouble() * 2) - 1) * _options.Jitter;
                var wait = TimeSpan.FromTicks((long)(delay.Ticks * jitter));
                var elapsed = _clock.Now - start;
                if (elapsed + wait > _options.RetryBudget)
                {
                    throw new Neo4jException(
                        ex.Kind,
                        $"{ex.Message}; gave up after {tries} attempts in {elapsed.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s",
                        ex.Code,
                        ex);
                }

                _options.Log?.Invoke($"attempt {tries} failed: {ex.Message}; retrying in {wait.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
                await _clock.DelayAsync(wait, ct);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
        }
    }

    private Neo4jException Fail(Neo4jErrorKind kind, string message, string? code, Exception? inner = null) =>
        new(kind, Redact(message), code, inner);

    // Defence in depth: a server or OS message could echo what it was sent.
    private string Redact(string message) =>
        _settings.Password.Length >= 3 ? message.Replace(_settings.Password, "***", StringComparison.Ordinal) : message;

    private static string Reason(HttpRequestException ex) =>
        ex.HttpRequestError switch
        {
            HttpRequestError.ConnectionError => ex.InnerException?.Message ?? "connection failed",
            HttpRequestError.NameResolutionError => "unknown host",
            HttpRequestError.SecureConnectionError => "TLS handshake failed",
            _ => ex.Message,
        };
}
