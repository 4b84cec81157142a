using System.CommandLine;
using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Infrastructure;
using Serilog;
using Serilog.Events;

namespace PaperGraph.Cli;

/// <summary>Builds the command tree and runs it with one error policy: user errors are one line on stderr.</summary>
internal static class CliApp
{
    public static RootCommand Build(CliContext ctx)
    {
        var root = new RootCommand(
            "PaperGraph turns machine-learning paper abstracts into a knowledge graph of models, methods, datasets, " +
            "metrics and tasks, and the comparison claims between them (\"X outperforms Y\", with evidence).")
        {
            CommonOptions.Verbose,
        };
        root.Add(IngestCommand.Create(ctx));
        root.Add(ExtractCommand.Create(ctx));
        root.Add(EvalCommand.Create(ctx));
        root.Add(StatsCommand.Create(ctx));
        root.Add(BeatsCommand.Create(ctx, beatenBy: false));
        root.Add(BeatsCommand.Create(ctx, beatenBy: true));
        root.Add(CompareCommand.Create(ctx));
        root.Add(ShowCommand.Create(ctx));
        root.Add(PapersCommand.Create(ctx));
        root.Add(ReindexCommand.Create(ctx));
        root.Add(PushCommand.Create(ctx));
        root.Add(SurveyCommand.Create(ctx));
        root.Add(ExportCommand.Create(ctx));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext ctx, CancellationToken cancellationToken)
    {
        var root = Build(ctx);
        var parse = root.Parse(args);
        var verbose = parse.GetValue(CommonOptions.Verbose);
        const string template = "[{Level:u3}] {Message:lj}{NewLine}{Exception}";
        var config = new LoggerConfiguration().MinimumLevel.Is(verbose ? LogEventLevel.Debug : LogEventLevel.Information);
        config = ReferenceEquals(ctx.Error, Console.Error)
            ? config.WriteTo.Console(outputTemplate: template, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            : config.WriteTo.Sink(new TextWriterSink(ctx.Error, template));
        await using var logger = config.CreateLogger();
        ctx.Log = logger;
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = ctx.Out, Error = ctx.Error }, cancellationToken);
        }
        catch (UserException ex)
        {
            await ctx.Error.WriteLineAsync($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (PaperGraph.Neo4j.Neo4jException ex)
        {
            // Raised after the store was opened (a write or a question failed); the message never holds the password.
            await ctx.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await ctx.Error.WriteLineAsync("cancelled: what was committed before the interruption is kept; run the same command again to complete it.");
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await ctx.Error.WriteLineAsync($"error: {ex.Message}");
            logger.Debug(ex, "details");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            // A bug, not a user error: one line by default, the stack with --verbose.
            await ctx.Error.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message} (run with --verbose for details, and please report it)");
            logger.Debug(ex, "details");
            return ExitCodes.Failure;
        }
    }
}
