namespace PaperGraph.Cli.Infrastructure;

/// <summary>Progress on standard error: a live line on a terminal, a log line every few seconds otherwise (CI, pipes).</summary>
internal sealed class ProgressLine(CliContext ctx)
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);
    private readonly bool _live = ReferenceEquals(ctx.Error, Console.Error) && !Console.IsErrorRedirected;
    private TimeSpan _lastLogged = TimeSpan.Zero;

    /// <summary>Shows <paramref name="line"/> as the state at <paramref name="elapsed"/>.</summary>
    public void Show(string line, TimeSpan elapsed)
    {
        if (_live)
        {
            ctx.Error.Write("\r" + line.PadRight(Math.Min(Console.WindowWidth - 1, 100)));
            return;
        }

        if (elapsed - _lastLogged >= LogEvery)
        {
            _lastLogged = elapsed;
            ctx.Log.Information("{Progress}", line);
        }
    }

    /// <summary>Ends the live line so what follows starts on its own line.</summary>
    public void Finish()
    {
        if (_live)
        {
            ctx.Error.WriteLine();
        }
    }
}
