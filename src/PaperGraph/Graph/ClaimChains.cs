namespace PaperGraph.Graph;

/// <summary>
/// The transitive "beats" search every store shares: breadth-first from X backwards over unhedged
/// "outperforms" edges, one lookup per level, never revisiting an entity within a chain.
/// </summary>
public static class ClaimChains
{
    /// <summary>Finds chains A &gt; … &gt; X of at most <paramref name="depth"/> hops.</summary>
    /// <param name="entityKey">X.</param>
    /// <param name="depth">The longest chain, in hops.</param>
    /// <param name="query">Type filter on the first winner, and the most chains to return.</param>
    /// <param name="winnersOf">For a set of entity keys, the unhedged claims that someone outperforms each (keyed by the loser).</param>
    /// <param name="cancellationToken">Stops the search.</param>
    public static async Task<IReadOnlyList<ClaimChain>> SearchAsync(
        string entityKey,
        int depth,
        ClaimQuery query,
        Func<IReadOnlyList<string>, CancellationToken, Task<ILookup<string, ClaimRecord>>> winnersOf,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(winnersOf);
        var chains = new List<ClaimChain>();
        var frontier = new List<List<ClaimRecord>> { new() };
        var known = new Dictionary<string, IReadOnlyList<ClaimRecord>>(StringComparer.Ordinal);
        for (var level = 0; level < Math.Max(1, depth) && frontier.Count > 0; level++)
        {
            var targets = frontier.Select(c => c.Count == 0 ? entityKey : c[0].Subject.Key).Where(k => !known.ContainsKey(k)).Distinct(StringComparer.Ordinal).ToList();
            if (targets.Count > 0)
            {
                var found = await winnersOf(targets, cancellationToken);
                foreach (var t in targets)
                {
                    known[t] = found[t].DistinctBy(c => c.Subject.Key).ToList();
                }
            }

            var next = new List<List<ClaimRecord>>();
            foreach (var chain in frontier)
            {
                foreach (var hop in known[chain.Count == 0 ? entityKey : chain[0].Subject.Key])
                {
                    if (hop.Subject.Key == entityKey || chain.Exists(h => h.Subject.Key == hop.Subject.Key))
                    {
                        continue;
                    }

                    var longer = new List<ClaimRecord>(chain.Count + 1) { hop };
                    longer.AddRange(chain);
                    if (longer.Count >= 2 && (query.Type is null || longer[0].Subject.Type == query.Type))
                    {
                        chains.Add(new ClaimChain(longer));
                    }

                    next.Add(longer);
                    if (chains.Count >= query.Limit)
                    {
                        return chains;
                    }
                }
            }

            frontier = next;
        }

        return chains;
    }
}
