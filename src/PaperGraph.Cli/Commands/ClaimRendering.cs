using System.Globalization;
using PaperGraph.Cli.Output;
using PaperGraph.Graph;

namespace PaperGraph.Cli.Commands;

/// <summary>Tables for claim answers, shared by beats, beaten-by, compare and show.</summary>
internal static class ClaimRendering
{
    public static ResultTable Summaries(string title, string side, IReadOnlyList<ClaimSummary> rows) =>
        new(title, [side, "Type", "Papers", "Best margin", "Evidence"],
            rows.Select(r => (IReadOnlyList<string?>)
            [
                r.Entity.Name, r.Entity.Type.ToString(), r.Papers.ToString(CultureInfo.InvariantCulture), r.BestMargin ?? "",
                string.Join(" | ", r.Claims.Take(3).Select(Evidence)),
            ]).ToList());

    public static ResultTable Claims(string title, IReadOnlyList<ClaimRecord> claims, ISet<string>? contradicted = null) =>
        new(title, ["Subject", "Outcome", "Object", "Qualifiers", "Paper", "Evidence"],
            claims.Select(c => (IReadOnlyList<string?>)
            [
                c.Subject.Name, Outcome(c) + (contradicted?.Contains(c.Paper.Id) == true ? " (contradicted)" : ""), c.Object.Name, Qualifiers(c),
                $"{c.Paper.Title ?? c.Paper.Id}{(c.Paper.Year is { } y ? $" ({y})" : "")}", c.Evidence,
            ]).ToList());

    public static string Outcome(ClaimRecord c) => c.Outcome.ToString().ToLowerInvariant() + (c.Hedged ? " (hedged)" : "");

    public static string Qualifiers(ClaimRecord c) =>
        string.Join("; ", new[] { c.Metric is null ? null : $"metric {c.Metric}", c.Dataset is null ? null : $"on {c.Dataset}", c.OnModel is null ? null : $"model {c.OnModel}", c.Margin is null ? null : $"by {c.Margin}" }.Where(x => x is not null));

    public static string Evidence(ClaimRecord c) => $"\"{c.Evidence}\" — {c.Paper.Title ?? c.Paper.Id}";
}
