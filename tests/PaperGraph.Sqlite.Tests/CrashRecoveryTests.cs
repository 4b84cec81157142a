using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PaperGraph.Sqlite.Tests;

/// <summary>A run killed mid-ingest leaves a consistent store; running it again completes it with nothing lost or doubled.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Papers = 60_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("pg-crash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task KillingIngestMidwayThenRerunningMatchesACleanRun()
    {
        var input = Path.Combine(_dir, "papers.jsonl");
        WriteCorpus(input);
        var killed = Path.Combine(_dir, "killed.db");
        var clean = Path.Combine(_dir, "clean.db");

        using (var child = Start(input, killed))
        {
            // Wait until at least one batch is committed, then kill without warning.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await CountAsync(killed, "papers") == 0 && DateTime.UtcNow < deadline && !child.HasExited)
            {
                await Task.Delay(50);
            }

            Assert.False(child.HasExited, "ingest finished before it could be killed; make the corpus larger");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        var partial = await CountAsync(killed, "papers");
        Assert.InRange(partial, 1, Papers - 1);
        Assert.Equal("ok", await IntegrityAsync(killed));
        Assert.Equal(0, partial % 500); // whole batches only

        await RunToEndAsync(input, killed);
        await RunToEndAsync(input, clean);

        foreach (var table in new[] { "papers", "entities", "mentions", "proposals", "claims", "entity_aliases", "alias_index" })
        {
            Assert.Equal(await CountAsync(clean, table), await CountAsync(killed, table));
        }

        Assert.Equal(Papers, await CountAsync(killed, "papers"));
        Assert.Equal("ok", await IntegrityAsync(killed));
    }

    private static void WriteCorpus(string path)
    {
        string[] methods = ["LoRA", "QLoRA", "DoRA", "GaLore", "Wanda", "SparseGPT", "DPO", "PPO"];
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < Papers; i++)
        {
            var a = methods[i % methods.Length];
            var b = methods[(i + 3) % methods.Length];
            w.WriteLine($$"""{"id":"x{{i}}","title":"Paper {{i}} on {{a}}","abstract":"We study {{a}} for fine-tuning LLaMA-7B on C4. {{a}} outperforms {{b}} in perplexity on WikiText-2 by {{i % 7}}.5 points."}""");
        }
    }

    private static Process Start(string input, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "papergraph.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "ingest", input, "--db", db, "--batch-size", "500" })
        {
            psi.ArgumentList.Add(a);
        }

        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static async Task RunToEndAsync(string input, string db)
    {
        using var p = Start(input, db);
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
    }

    private static async Task<long> CountAsync(string db, string table)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            await using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The schema is still being created.
            return 0;
        }
    }

    private static async Task<string?> IntegrityAsync(string db)
    {
        await using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return (string?)await cmd.ExecuteScalarAsync();
    }
}
