using System.CommandLine;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary>The store a command works on: the embedded one (--db) or, with --neo4j, a Neo4j server.</summary>
internal sealed class StoreSelection
{
    private readonly Option<string> _db;
    private readonly Option<bool> _neo4j;
    private readonly Neo4jOptions _server;

    private StoreSelection(Option<string> db, Option<bool> neo4j, Neo4jOptions server)
    {
        _db = db;
        _neo4j = neo4j;
        _server = server;
    }

    /// <summary>Adds --neo4j and the connection options to a command that already has <paramref name="db"/>.</summary>
    public static StoreSelection Attach(Command command, Option<string> db)
    {
        var flag = Neo4jOptions.Flag();
        command.Add(flag);
        return new StoreSelection(db, flag, Neo4jOptions.AddTo(command));
    }

    /// <summary>Opens the chosen store; <paramref name="mustExist"/> refuses a missing embedded store (questions).</summary>
    public async Task<IGraphStore> OpenAsync(ParseResult parse, CliContext ctx, bool mustExist, CancellationToken ct)
    {
        if (parse.GetValue(_neo4j))
        {
            return await _server.OpenStoreAsync(parse, ctx, ct);
        }

        var path = parse.GetValue(_db)!;
        return await ctx.OpenStore(mustExist ? CommonOptions.ExistingDb(path) : path, ct);
    }

    /// <summary>A description of the target for summaries, without credentials.</summary>
    public string Describe(ParseResult parse) =>
        parse.GetValue(_neo4j) ? "neo4j " + _server.Settings(parse) : parse.GetValue(_db)!;
}
