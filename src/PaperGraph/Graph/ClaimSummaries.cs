namespace PaperGraph.Graph;

/// <summary>Groups claims by the entity on the other side of X, as beats and beaten-by answer in every store.</summary>
public static class ClaimSummaries
{
    /// <summary>
    /// One row per entity on <paramref name="side"/>: its distinct papers, its largest stated margin and its
    /// claims; filtered by <see cref="ClaimQuery"/>, most papers first.
    /// </summary>
    public static IReadOnlyList<ClaimSummary> Summarise(IReadOnlyList<ClaimRecord> claims, Func<ClaimRecord, EntityRef> side, ClaimQuery query)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(side);
        ArgumentNullException.ThrowIfNull(query);
        return claims
            .GroupBy(c => side(c).Key, StringComparer.Ordinal)
            .Select(g => new ClaimSummary(
                side(g.First()),
                g.Select(c => c.Paper.Id).Distinct(StringComparer.Ordinal).Count(),
                g.Where(c => c.Margin is not null).OrderByDescending(c => c.MarginValue ?? 0).Select(c => c.Margin).FirstOrDefault(),
                g.ToList()))
            .Where(s => s.Papers >= query.MinPapers && (query.Type is null || s.Entity.Type == query.Type))
            .OrderByDescending(s => s.Papers)
            .ThenBy(s => s.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .Take(query.Limit)
            .ToList();
    }
}
