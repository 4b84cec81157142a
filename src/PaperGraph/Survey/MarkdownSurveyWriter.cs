using System.Globalization;
using System.Text;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Writes a survey plan as Markdown; a section with nothing to show says so plainly.</summary>
public static class MarkdownSurveyWriter
{
    /// <summary>The plan as a Markdown document.</summary>
    public static string Write(SurveyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var w = new StringBuilder();
        var s = plan.Scope;
        Line(w, $"# Survey plan: {s.Query}");
        Line(w);
        Line(w, "## 1. Scope");
        Line(w);
        Line(w, $"- Query: `{s.Query.Replace("`", "'", StringComparison.Ordinal)}` — {s.Selection}");
        if (s.Topic is { } t)
        {
            Line(w, $"- Resolved to: {t.Name} ({t.Type}, `{t.Key}`)");
        }

        Line(w, $"- Papers: {s.Papers}");
        Line(w, s.FirstYear is null ? "- Years: no paper in scope has a date" : s.FirstYear == s.LastYear ? $"- Years: {s.FirstYear}" : $"- Years: {s.FirstYear}–{s.LastYear}");
        Line(w, $"- Entities: {(s.EntitiesByType.Count == 0 ? "none" : string.Join(", ", s.EntitiesByType.Select(x => $"{x.Value} {x.Key}")))}");
        Line(w, $"- Comparison claims: {s.Claims}");
        Line(w);

        Line(w, "## 2. Taxonomy");
        Line(w);
        if (plan.Taxonomy.Count == 0)
        {
            Line(w, "No methods, and no models proposed or compared, in the papers in scope.");
        }

        foreach (var group in plan.Taxonomy)
        {
            Line(w, $"### {Cell(group.Area)}");
            Line(w);
            foreach (var m in group.Methods)
            {
                var by = m.ProposedBy is { } p ? $" — proposed in {PaperCite(p)}" : "";
                Line(w, $"- **{Cell(m.Name)}** ({m.Type}, {Papers(m.Papers)}){by}");
            }

            Line(w);
        }

        Line(w, "## 3. Standard baselines");
        Line(w);
        if (plan.Baselines.Count == 0)
        {
            Line(w, "No comparison claims in scope, so no baselines can be named.");
        }
        else
        {
            Table(w, ["Baseline", "Type", "Compared against (claims)", "Papers"], plan.Baselines.Select(b => new[] { b.Entity.Name, b.Entity.Type.ToString(), N(b.TimesComparedAgainst), N(b.Papers) }));
        }

        Line(w);
        Line(w, "## 4. Leaders");
        Line(w);
        if (plan.Leaders.Count == 0)
        {
            Line(w, "No entity in scope has more wins than losses.");
        }
        else
        {
            Table(w, ["Method", "Wins", "Losses", "Net", "Evidence"], plan.Leaders.Select(l => new[] { l.Entity.Name, N(l.Wins), N(l.Losses), N(l.Net), Evidence(l.Evidence) }));
        }

        Line(w);
        Line(w, "## 5. Comparison matrix");
        Line(w);
        WriteMatrix(w, plan.Matrix);
        Line(w);
        Line(w, "## 6. Contradictions");
        Line(w);
        if (plan.Contradictions.Count == 0)
        {
            Line(w, "No pair in scope has claims in both directions.");
        }

        foreach (var c in plan.Contradictions)
        {
            Line(w, $"- **{Cell(c.A.Name)} vs {Cell(c.B.Name)}**");
            foreach (var e in c.AOverB)
            {
                Line(w, $"  - {Cell(c.A.Name)} > {Cell(c.B.Name)}: {Quote(e)}");
            }

            foreach (var e in c.BOverA)
            {
                Line(w, $"  - {Cell(c.B.Name)} > {Cell(c.A.Name)}: {Quote(e)}");
            }
        }

        Line(w);
        Line(w, "## 7. Gaps");
        Line(w);
        Line(w, "### Frequently used methods never compared directly");
        Line(w);
        if (plan.Gaps.UncomparedPairs.Count == 0)
        {
            Line(w, "None: every pair of methods named in two or more papers has been compared (or fewer than two such methods exist).");
        }
        else
        {
            Table(w, ["Method A", "Method B", "Papers A", "Papers B", "Shared task"], plan.Gaps.UncomparedPairs.Select(g => new[] { g.A.Name, g.B.Name, N(g.PapersA), N(g.PapersB), g.SharedTask ?? "—" }));
        }

        Line(w);
        Line(w, "### Datasets few of the frequent methods are evaluated on");
        Line(w);
        if (plan.Gaps.SparseDatasets.Count == 0)
        {
            Line(w, "None found: no dataset in scope, or the frequent methods share their datasets.");
        }
        else
        {
            Table(w, ["Dataset", "Papers", "Frequent methods evaluated there"], plan.Gaps.SparseDatasets.Select(d => new[] { d.Dataset.Name, N(d.Papers), $"{d.Methods.Count} of {d.MethodsConsidered}{(d.Methods.Count > 0 ? ": " + string.Join(", ", d.Methods) : "")}" }));
        }

        Line(w);
        Line(w, "## 8. Datasets and metrics");
        Line(w);
        var dt = plan.Datasets;
        if (dt.Datasets.Count == 0)
        {
            Line(w, "No datasets are named in the papers in scope.");
        }
        else
        {
            if (dt.Rows.Count == 0)
            {
                Line(w, "No frequent method is named with these datasets.");
            }
            else
            {
                Line(w, "Papers in which each method is evaluated on (or named with) each dataset:");
                Line(w);
                Table(w, ["Method", .. dt.Datasets.Select(d => d.Name)], dt.Rows.Select(r => (IReadOnlyList<string>)[r.Method.Name, .. r.Papers.Select(n => n == 0 ? "" : N(n))]));
            }

            Line(w);
            Table(w, ["Dataset", "Papers", "Metrics named with it"], dt.Metrics.Select(m => new[] { m.Dataset.Name, N(m.Papers), m.Metrics.Count == 0 ? "—" : string.Join(", ", m.Metrics.Take(6)) }));
        }

        Line(w);
        Line(w, "## 9. Reading list");
        Line(w);
        if (plan.ReadingList.Count == 0)
        {
            Line(w, "No papers in scope.");
        }

        foreach (var r in plan.ReadingList)
        {
            Line(w, $"{r.Rank}. {PaperCite(r.Paper)} — {r.Why}");
        }

        return w.ToString();
    }

    private static void WriteMatrix(StringBuilder w, ComparisonMatrix m)
    {
        if (m.Methods.Count < 2)
        {
            Line(w, "Fewer than two compared entities in scope: no matrix.");
            return;
        }

        Line(w, "Read row against column: `>` row outperforms column, `<` column outperforms row, `≈` on par, `vs` compared without a winner; paper ids in brackets.");
        Line(w);
        var cells = m.Cells.ToDictionary(c => (c.RowKey, c.ColumnKey), c => c.Outcomes);
        var rows = m.Methods.Select(r => (IReadOnlyList<string>)[
            r.Name,
            .. m.Methods.Select(col => r.Key == col.Key ? "—" : cells.TryGetValue((r.Key, col.Key), out var o)
                ? string.Join(" ", o.GroupBy(x => x.Symbol, StringComparer.Ordinal).Select(x => $"{x.Key} [{string.Join(", ", x.Select(y => y.PaperId).Distinct(StringComparer.Ordinal))}]"))
                : "")]);
        Table(w, ["", .. m.Methods.Select(x => x.Name)], rows);
        if (m.MethodsOmitted > 0)
        {
            Line(w);
            Line(w, $"{m.MethodsOmitted} less compared entities are left out of the matrix.");
        }
    }

    private static string PaperCite(PaperRef p)
    {
        var title = string.IsNullOrWhiteSpace(p.Title) ? "untitled" : $"*{Cell(p.Title!)}*";
        return p.Year is { } y ? $"{title} ({y}, {p.Id})" : $"{title} ({p.Id})";
    }

    private static string Evidence(IReadOnlyList<EvidenceRef> ev) => string.Join(" ", ev.Select(Quote));

    private static string Quote(EvidenceRef e)
    {
        var text = e.Evidence.Length > 220 ? e.Evidence[..217].TrimEnd() + "…" : e.Evidence;
        return $"“{Cell(text)}” [{e.PaperId}]{(e.Hedged ? " (hedged)" : "")}";
    }

    private static string Papers(int n) => n == 1 ? "1 paper" : $"{N(n)} papers";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Cell(string text) =>
        text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static void Table(StringBuilder w, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line(w, "| " + string.Join(" | ", header.Select(Cell)) + " |");
        Line(w, "|" + string.Concat(header.Select(_ => " --- |")));
        foreach (var r in rows)
        {
            Line(w, "| " + string.Join(" | ", r.Select(Cell)) + " |");
        }
    }

    private static void Line(StringBuilder w, string text = "") => w.Append(text).Append('\n');
}
