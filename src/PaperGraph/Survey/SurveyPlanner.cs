using System.Globalization;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>Computes every section of a survey plan from the graph of the papers in scope; nothing is canned.</summary>
public static class SurveyPlanner
{
    private const string NoTask = "Other (no task named with them)";

    /// <summary>Plans a survey over <paramref name="graph"/>.</summary>
    /// <param name="graph">The papers in scope.</param>
    /// <param name="query">The topic as given.</param>
    /// <param name="selection">How the papers were selected, in words.</param>
    /// <param name="topic">The entity the topic resolved to, if any (left out of the taxonomy's areas).</param>
    /// <param name="options">Size limits; defaults when null.</param>
    public static SurveyPlan Plan(SurveyGraph graph, string query, string selection, EntityRef? topic, SurveyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var o = options ?? new SurveyOptions();
        var frequent = FrequentMethods(graph, o.FrequentMethods);
        return new SurveyPlan(
            Scope(graph, query, selection, topic),
            Taxonomy(graph, topic, o),
            Baselines(graph, o),
            Leaders(graph, o),
            Matrix(graph, o),
            Contradictions(graph, o),
            new SurveyGaps(UncomparedPairs(graph, frequent, topic, o), SparseDatasets(graph, frequent, o)),
            Datasets(graph, frequent, o),
            ReadingList(graph, o));
    }

    private static bool IsMethod(EntityType t) => t is EntityType.Method or EntityType.Model;

    // A model the papers only run on (LLaMA-7B in a pruning survey) is a test bed, not an approach of the field;
    // a model counts as an approach when a paper in scope proposes it or a claim compares it.
    private static bool IsApproach(SurveyGraph g, EntityRef e) =>
        e.Type == EntityType.Method || (e.Type == EntityType.Model && (g.Proposers.ContainsKey(e.Key) || g.Claims.Any(c => c.SubjectKey == e.Key || c.ObjectKey == e.Key)));

    private static ScopeSummary Scope(SurveyGraph g, string query, string selection, EntityRef? topic)
    {
        var years = g.Papers.Values.Select(p => p.Year).OfType<int>().ToList();
        var byType = g.Entities.Values.GroupBy(e => e.Type)
            .OrderBy(x => x.Key)
            .ToDictionary(x => x.Key.ToString(), x => x.Count(), StringComparer.Ordinal);
        return new ScopeSummary(query, selection, topic, g.Papers.Count, years.Count > 0 ? years.Min() : null, years.Count > 0 ? years.Max() : null, byType, g.ClaimCount);
    }

    private static List<EntityRef> FrequentMethods(SurveyGraph g, int n) =>
        g.Entities.Values.Where(e => IsMethod(e.Type) && g.PaperCount(e.Key) > 0)
            .OrderByDescending(e => g.PaperCount(e.Key)).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Take(n).ToList();

    private static List<TaxonomyGroup> Taxonomy(SurveyGraph g, EntityRef? topic, SurveyOptions o)
    {
        var methods = g.Entities.Values.Where(e => IsApproach(g, e) && (topic is null || e.Key != topic.Key))
            .OrderByDescending(e => g.PaperCount(e.Key) + (g.Proposers.ContainsKey(e.Key) ? 1 : 0))
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Take(o.TaxonomyMethods);
        var groups = new Dictionary<string, List<TaxonomyMethod>>(StringComparer.Ordinal);
        foreach (var m in methods)
        {
            // The area is the task most often named in the same papers; the topic itself groups nothing.
            var area = g.MentionedIn.GetValueOrDefault(m.Key, [])
                .SelectMany(p => g.PaperEntities[p])
                .Where(k => k != topic?.Key && g.Entity(k).Type == EntityType.Task)
                .GroupBy(k => k, StringComparer.Ordinal)
                .OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => x.Key).FirstOrDefault() ?? "";
            var proposer = g.Proposers.TryGetValue(m.Key, out var ps) ? g.Ref(ps[0]) : null;
            var list = groups.TryGetValue(area, out var l) ? l : groups[area] = [];
            list.Add(new TaxonomyMethod(m.Key, m.Name, m.Type, g.PaperCount(m.Key), proposer));
        }

        // Busiest areas first: the papers their methods appear in, summed.
        return groups.OrderBy(x => x.Key.Length == 0 ? 1 : 0).ThenByDescending(x => x.Value.Sum(m => m.Papers)).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => new TaxonomyGroup(x.Key.Length == 0 ? NoTask : g.Entity(x.Key).Name, x.Key.Length == 0 ? null : x.Key, x.Value))
            .ToList();
    }

    private static List<BaselineRow> Baselines(SurveyGraph g, SurveyOptions o) =>
        g.Claims.GroupBy(c => c.ObjectKey, StringComparer.Ordinal)
            .Select(x => new BaselineRow(g.Entity(x.Key), x.Count(), x.Select(c => c.PaperId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(r => r.Papers).ThenByDescending(r => r.TimesComparedAgainst).ThenBy(r => r.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .Take(o.TopRows).ToList();

    private static List<LeaderRow> Leaders(SurveyGraph g, SurveyOptions o)
    {
        var wins = g.Claims.Where(c => c.Outcome == ComparisonOutcome.Outperforms).ToLookup(c => c.SubjectKey, StringComparer.Ordinal);
        var losses = g.Claims.Where(c => c.Outcome == ComparisonOutcome.Outperforms).ToLookup(c => c.ObjectKey, StringComparer.Ordinal);
        return wins.Select(w => new LeaderRow(
                g.Entity(w.Key),
                w.Count(),
                losses[w.Key].Count(),
                w.OrderBy(c => c.Source.Hedged).Take(o.EvidencePerItem).Select(c => c.ToEvidence()).ToList()))
            .Where(r => r.Net > 0)
            .OrderByDescending(r => r.Net).ThenByDescending(r => r.Wins).ThenBy(r => r.Entity.Name, StringComparer.OrdinalIgnoreCase)
            .Take(o.TopRows).ToList();
    }

    private static ComparisonMatrix Matrix(SurveyGraph g, SurveyOptions o)
    {
        var involvement = g.Claims.SelectMany(c => new[] { c.SubjectKey, c.ObjectKey })
            .GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(x => x.Count()).ThenBy(x => g.Entity(x.Key).Name, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Key).ToList();
        var keep = involvement.Take(o.MatrixSize).ToList();
        var set = keep.ToHashSet(StringComparer.Ordinal);
        var cells = new Dictionary<(string, string), List<CellOutcome>>();
        void Add(string row, string col, string symbol, string paper)
        {
            if (!cells.TryGetValue((row, col), out var list))
            {
                list = [];
                cells[(row, col)] = list;
            }

            list.Add(new CellOutcome(symbol, paper));
        }

        foreach (var c in g.Claims.Where(c => set.Contains(c.SubjectKey) && set.Contains(c.ObjectKey) && c.SubjectKey != c.ObjectKey))
        {
            var (fwd, back) = c.Outcome switch
            {
                ComparisonOutcome.Outperforms => (">", "<"),
                ComparisonOutcome.Comparable => ("≈", "≈"),
                _ => ("vs", "vs"),
            };
            Add(c.SubjectKey, c.ObjectKey, fwd, c.PaperId);
            Add(c.ObjectKey, c.SubjectKey, back, c.PaperId);
        }

        var order = keep.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        return new ComparisonMatrix(
            keep.Select(g.Entity).ToList(),
            cells.OrderBy(x => order[x.Key.Item1]).ThenBy(x => order[x.Key.Item2]).Select(x => new MatrixCell(x.Key.Item1, x.Key.Item2, x.Value)).ToList(),
            involvement.Count - keep.Count);
    }

    private static List<Contradiction> Contradictions(SurveyGraph g, SurveyOptions o)
    {
        var wins = g.Claims.Where(c => c.Outcome == ComparisonOutcome.Outperforms && c.SubjectKey != c.ObjectKey)
            .ToLookup(c => (c.SubjectKey, c.ObjectKey));
        var result = new List<Contradiction>();
        foreach (var pair in wins)
        {
            var (a, b) = pair.Key;
            if (string.CompareOrdinal(a, b) > 0 || !wins.Contains((b, a)))
            {
                continue;
            }

            result.Add(new Contradiction(
                g.Entity(a),
                g.Entity(b),
                pair.Take(o.EvidencePerItem).Select(c => c.ToEvidence()).ToList(),
                wins[(b, a)].Take(o.EvidencePerItem).Select(c => c.ToEvidence()).ToList()));
        }

        return result.OrderByDescending(c => c.AOverB.Count + c.BOverA.Count).ThenBy(c => c.A.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static List<GapPair> UncomparedPairs(SurveyGraph g, List<EntityRef> frequent, EntityRef? topic, SurveyOptions o)
    {
        var compared = new HashSet<(string, string)>();
        foreach (var c in g.Claims)
        {
            compared.Add((c.SubjectKey, c.ObjectKey));
            compared.Add((c.ObjectKey, c.SubjectKey));
        }

        // A method named in a single paper is not "frequently used"; the topic is compared with everything by definition.
        var candidates = g.Entities.Values.Where(m => g.PaperCount(m.Key) >= 2 && m.Key != topic?.Key && IsApproach(g, m))
            .OrderByDescending(m => g.PaperCount(m.Key)).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Take(frequent.Count == 0 ? 0 : o.FrequentMethods).ToList();
        var tasks = candidates.ToDictionary(
            m => m.Key,
            m => g.MentionedIn[m.Key].SelectMany(p => g.PaperEntities[p]).Where(k => k != topic?.Key && g.Entity(k).Type == EntityType.Task).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var gaps = new List<GapPair>();
        for (var i = 0; i < candidates.Count; i++)
        {
            for (var j = i + 1; j < candidates.Count; j++)
            {
                // A model against a technique is not an experiment anyone would run: pair like with like.
                var (a, b) = (candidates[i], candidates[j]);
                if (a.Type != b.Type || compared.Contains((a.Key, b.Key)))
                {
                    continue;
                }

                var shared = tasks[a.Key].Intersect(tasks[b.Key], StringComparer.Ordinal)
                    .OrderByDescending(g.PaperCount).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();
                gaps.Add(new GapPair(a, b, g.PaperCount(a.Key), g.PaperCount(b.Key), shared is null ? null : g.Entity(shared).Name));
            }
        }

        return gaps.OrderBy(x => x.SharedTask is null ? 1 : 0).ThenByDescending(x => x.PapersA * x.PapersB)
            .ThenBy(x => x.A.Name, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.B.Name, StringComparer.OrdinalIgnoreCase)
            .Take(o.TopRows).ToList();
    }

    // A method counts as evaluated on a dataset when a claim about it names the dataset, or a paper names both.
    private static Dictionary<(string Method, string Dataset), HashSet<string>> Evaluations(SurveyGraph g, IEnumerable<EntityRef> methods)
    {
        var result = new Dictionary<(string, string), HashSet<string>>();
        void Add(string m, string d, string paper)
        {
            if (!result.TryGetValue((m, d), out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                result[(m, d)] = set;
            }

            set.Add(paper);
        }

        var wanted = methods.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (paper, keys) in g.PaperEntities)
        {
            foreach (var m in keys.Where(wanted.Contains))
            {
                foreach (var d in keys.Where(k => g.Entity(k).Type == EntityType.Dataset))
                {
                    Add(m, d, paper);
                }
            }
        }

        foreach (var c in g.Claims.Where(c => c.Source.Dataset is not null))
        {
            var d = EntityKey.For(EntityType.Dataset, c.Source.Dataset!);
            if (!g.Entities.ContainsKey(d))
            {
                continue;
            }

            foreach (var m in new[] { c.SubjectKey, c.ObjectKey }.Where(wanted.Contains))
            {
                Add(m, d, c.PaperId);
            }
        }

        return result;
    }

    private static List<EntityRef> DatasetsInScope(SurveyGraph g) =>
        g.Entities.Values.Where(e => e.Type == EntityType.Dataset && g.PaperCount(e.Key) > 0)
            .OrderByDescending(e => g.PaperCount(e.Key)).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();

    private static List<DatasetGap> SparseDatasets(SurveyGraph g, List<EntityRef> frequent, SurveyOptions o)
    {
        if (frequent.Count == 0)
        {
            return [];
        }

        var eval = Evaluations(g, frequent);
        var datasets = DatasetsInScope(g);

        // "Standard" datasets first: those named in at least two papers, when there are any.
        var pool = datasets.Where(d => g.PaperCount(d.Key) >= 2).ToList();
        if (pool.Count == 0)
        {
            pool = datasets;
        }

        var half = Math.Max(1, frequent.Count / 2);
        return pool.Select(d => new DatasetGap(d, g.PaperCount(d.Key), frequent.Where(m => eval.ContainsKey((m.Key, d.Key))).Select(m => m.Name).ToList(), frequent.Count))
            .Where(x => x.Methods.Count < half)
            .OrderByDescending(x => x.Papers).ThenBy(x => x.Methods.Count).ThenBy(x => x.Dataset.Name, StringComparer.OrdinalIgnoreCase)
            .Take(o.TopRows).ToList();
    }

    private static DatasetTable Datasets(SurveyGraph g, List<EntityRef> frequent, SurveyOptions o)
    {
        var datasets = DatasetsInScope(g);
        var columns = datasets.Take(o.DatasetColumns).ToList();
        var eval = Evaluations(g, frequent);
        var rows = frequent
            .Select(m => new DatasetRow(m, columns.Select(d => eval.TryGetValue((m.Key, d.Key), out var s) ? s.Count : 0).ToList()))
            .Where(r => r.Papers.Any(n => n > 0))
            .ToList();
        var metrics = datasets.Take(o.TopRows).Select(d => new DatasetMetrics(
                d,
                g.PaperCount(d.Key),
                g.MentionedIn[d.Key].SelectMany(p => g.PaperEntities[p]).Where(k => g.Entity(k).Type == EntityType.Metric)
                    .Concat(g.Claims.Where(c => c.Source.Metric is not null && c.Source.Dataset is not null && EntityKey.For(EntityType.Dataset, c.Source.Dataset) == d.Key)
                        .Select(c => EntityKey.For(EntityType.Metric, c.Source.Metric!)))
                    .GroupBy(k => k, StringComparer.Ordinal)
                    .OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal)
                    .Select(x => g.Entities.TryGetValue(x.Key, out var e) ? e.Name : x.Key[(x.Key.IndexOf(':', StringComparison.Ordinal) + 1)..])
                    .ToList()))
            .ToList();
        return new DatasetTable(columns, rows, metrics);
    }

    private static List<ReadingItem> ReadingList(SurveyGraph g, SurveyOptions o)
    {
        var rank = PaperRank.Order(g);
        var claimsBy = g.Claims.ToLookup(c => c.PaperId, StringComparer.Ordinal);
        var objectCount = g.Claims.GroupBy(c => c.ObjectKey, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Select(c => c.PaperId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var proposedBy = g.Proposers.SelectMany(x => x.Value.Select(p => (Paper: p, Key: x.Key))).ToLookup(x => x.Paper, x => x.Key, StringComparer.Ordinal);
        return rank.Take(o.ReadingList)
            .Select((x, i) => new ReadingItem(i + 1, g.Ref(x.PaperId), x.Score, Why(g, x.PaperId, claimsBy[x.PaperId].ToList(), proposedBy[x.PaperId].ToList(), objectCount)))
            .ToList();
    }

    private static string Why(SurveyGraph g, string paperId, List<ClaimFact> claims, List<string> proposes, Dictionary<string, int> objectCount)
    {
        var reasons = new List<string>();
        foreach (var key in proposes.OrderByDescending(k => objectCount.GetValueOrDefault(k)).ThenBy(k => k, StringComparer.Ordinal).Take(2))
        {
            var others = g.Claims.Where(c => c.PaperId != paperId && (c.SubjectKey == key || c.ObjectKey == key)).Select(c => c.PaperId).Distinct(StringComparer.Ordinal).Count();
            var mentions = g.PaperCount(key) - 1;
            reasons.Add(others > 0
                ? string.Create(CultureInfo.InvariantCulture, $"proposes {g.Entity(key).Name}, compared in {others} other paper{(others == 1 ? "" : "s")}")
                : mentions > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"proposes {g.Entity(key).Name}, named in {mentions} other paper{(mentions == 1 ? "" : "s")}")
                    : $"proposes {g.Entity(key).Name}");
        }

        if (claims.Count > 0)
        {
            var about = claims.SelectMany(c => new[] { c.SubjectKey, c.ObjectKey }).Distinct(StringComparer.Ordinal)
                .OrderByDescending(g.PaperCount).ThenBy(k => k, StringComparer.Ordinal).Take(3).Select(k => g.Entity(k).Name);
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{claims.Count} comparison claim{(claims.Count == 1 ? "" : "s")} ({string.Join(", ", about)})"));
        }

        if (reasons.Count == 0)
        {
            var central = g.PaperEntities.GetValueOrDefault(paperId, []).Where(k => g.PaperCount(k) > 1)
                .OrderByDescending(g.PaperCount).ThenBy(k => k, StringComparer.Ordinal).Take(3).Select(k => g.Entity(k).Name).ToList();
            reasons.Add(central.Count > 0 ? $"covers widely named {string.Join(", ", central)}" : "in scope, few links to the rest");
        }

        return string.Join("; ", reasons);
    }
}
