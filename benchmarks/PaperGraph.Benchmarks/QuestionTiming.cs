using System.Diagnostics;
using PaperGraph.Graph;
using PaperGraph.Sqlite;

namespace PaperGraph.Benchmarks;

/// <summary>Median time of each question on a real store (after one warm-up), for the most compared entities.</summary>
internal static class QuestionTiming
{
    public static async Task RunAsync(string db)
    {
        await using var store = await SqliteGraphStore.OpenAsync(db, CancellationToken.None);
        var ct = CancellationToken.None;
        var stats = await store.GetStatsAsync(ct);
        var top = stats.MostComparedAgainst.Select(r => r.Entity).Take(2).ToList();
        var busiest = stats.MostWinning.FirstOrDefault()?.Entity ?? top[0];
        Console.WriteLine($"store: {stats.Papers:N0} papers, {stats.Comparisons:N0} claims; asking about {top[0].Name} and {busiest.Name}");
        var q = new ClaimQuery();
        await Time("stats", () => store.GetStatsAsync(ct));
        await Time("find (alias)", () => store.FindEntityAsync(top[0].Name.ToLowerInvariant(), ct));
        await Time("find (unknown → suggestions)", () => store.FindEntityAsync("Tranzformer-XXL", ct));
        await Time("beats", () => store.BeatsAsync(top[0].Key, q, ct));
        await Time("beaten-by", () => store.BeatenByAsync(busiest.Key, q, ct));
        await Time("beats --transitive --depth 3", () => store.TransitiveBeatsAsync(top[0].Key, 3, q, ct));
        await Time("compare", () => store.CompareAsync(top[0].Key, top.Count > 1 ? top[1].Key : busiest.Key, ct));
        await Time("show", () => store.GetEntityCardAsync(top[0].Key, ct));
        var accuracy = (await store.FindEntityAsync("accuracy", ct)).Match;
        if (accuracy is not null)
        {
            await Time("show (most mentioned: accuracy)", () => store.GetEntityCardAsync(accuracy.Key, ct));
            await Time("papers --mentions accuracy X", () => store.PapersMentioningAsync([accuracy.Key, top[0].Key], ct));
        }
    }

    private static async Task Time<T>(string name, Func<Task<T>> question)
    {
        await question();
        var runs = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var sw = Stopwatch.StartNew();
            await question();
            runs.Add(sw.Elapsed.TotalMilliseconds);
        }

        runs.Sort();
        Console.WriteLine($"{name,-34} median {runs[runs.Count / 2],7:F2} ms   max {runs[^1],7:F2} ms");
    }
}
