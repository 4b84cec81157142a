using PaperGraph.Domain;
using PaperGraph.Extraction;

namespace PaperGraph.Evaluation;

/// <summary>
/// Scores an extractor against gold annotations, matching names as the guideline says: case, spaces,
/// hyphens, underscores, dots and slashes are ignored, and any surface form of an entity (its name or
/// one of its aliases) matches any surface form of the other. Each gold item matches at most one
/// predicted item.
/// </summary>
public static class GoldEvaluator
{
    /// <summary>The categories reported, in order.</summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "Model", "Method", "Dataset", "Metric", "Task",
        "Model+Method+Dataset+Metric", "All (typed)", "All (untyped)", "Proposes", "Comparisons",
    ];

    private static readonly EntityType[] CoreTypes = [EntityType.Model, EntityType.Method, EntityType.Dataset, EntityType.Metric];

    /// <summary>Runs the extractor on every gold paper and scores the result.</summary>
    public static EvalReport Evaluate(IEnumerable<GoldPaper> gold, IPaperExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(extractor);
        var pairs = gold.Select(g => (g, extractor.Extract(ToPaper(g)))).ToList();
        return Score(pairs);
    }

    /// <summary>Scores given predictions against gold papers.</summary>
    public static EvalReport Score(IReadOnlyList<(GoldPaper Gold, PaperExtraction Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var counts = Categories.ToDictionary(c => c, _ => new int[3]);
        var errors = new List<EvalError>();
        foreach (var (gold, predicted) in pairs)
        {
            var goldForms = gold.Entities.Select(e => Forms(e.Name, e.Aliases)).ToList();
            var predForms = predicted.Entities.Select(e => Forms(e.Name, e.Aliases)).ToList();

            foreach (var type in Enum.GetValues<EntityType>())
            {
                var g = Indexes(gold.Entities, e => e.Type == type);
                var p = Indexes(predicted.Entities, e => e.Type == type);
                var tp = Match(g, p, goldForms, predForms, out var fn, out var fp);
                Add(counts, type.ToString(), g.Count, p.Count, tp);
                Add(counts, "All (typed)", g.Count, p.Count, tp);
                if (CoreTypes.Contains(type))
                {
                    Add(counts, "Model+Method+Dataset+Metric", g.Count, p.Count, tp);
                }

                errors.AddRange(fn.Select(i => new EvalError(gold.Id, type.ToString(), "FN", gold.Entities[i].Name)));
                errors.AddRange(fp.Select(i => new EvalError(gold.Id, type.ToString(), "FP", $"{predicted.Entities[i].Name} [{predicted.Entities[i].Origin}]")));
            }

            var allG = Enumerable.Range(0, gold.Entities.Count).ToList();
            var allP = Enumerable.Range(0, predicted.Entities.Count).ToList();
            Add(counts, "All (untyped)", allG.Count, allP.Count, Match(allG, allP, goldForms, predForms, out _, out _));

            // Names in proposes and comparisons are resolved through the entities' surface forms.
            var goldResolve = Resolver(gold.Entities.Select(e => (e.Name, (IReadOnlyList<string>)e.Aliases)));
            var predResolve = Resolver(predicted.Entities.Select(e => (e.Name, e.Aliases)));

            var gp = gold.Proposes.Select(n => goldResolve(n)).Distinct().ToList();
            var pp = predicted.Proposes.Select(n => predResolve(n)).Distinct().ToList();
            var ptp = MatchSets(gp, pp, out var pfn, out var pfp);
            Add(counts, "Proposes", gp.Count, pp.Count, ptp);
            errors.AddRange(pfn.Select(i => new EvalError(gold.Id, "Proposes", "FN", string.Join("|", gp[i]))));
            errors.AddRange(pfp.Select(i => new EvalError(gold.Id, "Proposes", "FP", string.Join("|", pp[i]))));

            var gc = gold.Comparisons
                .Select(c => (S: goldResolve(c.Subject), O: goldResolve(c.Object), c.Outcome, Text: $"{c.Subject} {c.Outcome} {c.Object}"))
                .DistinctBy(c => (Key(c.S), Key(c.O), c.Outcome)).ToList();
            var pc = predicted.Comparisons
                .Select(c => (S: predResolve(c.Subject), O: predResolve(c.Object), c.Outcome, Text: $"{c.Subject} {c.Outcome} {c.Object}{(c.Hedged ? " (hedged)" : "")}"))
                .DistinctBy(c => (Key(c.S), Key(c.O), c.Outcome)).ToList();
            var usedGold = new bool[gc.Count];
            var ctp = 0;
            foreach (var p in pc)
            {
                var hit = -1;
                for (var i = 0; i < gc.Count && hit < 0; i++)
                {
                    if (!usedGold[i] && gc[i].Outcome == p.Outcome && gc[i].S.Overlaps(p.S) && gc[i].O.Overlaps(p.O))
                    {
                        hit = i;
                    }
                }

                if (hit >= 0)
                {
                    usedGold[hit] = true;
                    ctp++;
                }
                else
                {
                    errors.Add(new EvalError(gold.Id, "Comparisons", "FP", p.Text));
                }
            }

            errors.AddRange(gc.Where((_, i) => !usedGold[i]).Select(c => new EvalError(gold.Id, "Comparisons", "FN", c.Text)));
            Add(counts, "Comparisons", gc.Count, pc.Count, ctp);
        }

        var scores = Categories.Select(c => new Score(c, counts[c][0], counts[c][1], counts[c][2])).ToList();
        return new EvalReport(pairs.Count, scores, errors);
    }

    /// <summary>The paper a gold record describes, as the extractor sees it.</summary>
    public static Paper ToPaper(GoldPaper gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return new Paper(gold.Id, gold.Title, gold.Abstract, [], null, [], null, null, new SourceLocation("gold", 0, 0));
    }

    private static HashSet<string> Forms(string name, IReadOnlyList<string> aliases)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { EntityKey.Normalize(name) };
        foreach (var a in aliases)
        {
            set.Add(EntityKey.Normalize(a));
        }

        set.Remove("");
        return set;
    }

    private static Func<string, HashSet<string>> Resolver(IEnumerable<(string Name, IReadOnlyList<string> Aliases)> entities)
    {
        var forms = entities.Select(e => Forms(e.Name, e.Aliases)).ToList();
        return name =>
        {
            var n = EntityKey.Normalize(name);
            return forms.FirstOrDefault(f => f.Contains(n)) ?? new HashSet<string>(StringComparer.Ordinal) { n };
        };
    }

    private static string Key(HashSet<string> forms) => string.Join("|", forms.Order(StringComparer.Ordinal));

    private static List<int> Indexes<T>(IReadOnlyList<T> items, Func<T, bool> keep) =>
        Enumerable.Range(0, items.Count).Where(i => keep(items[i])).ToList();

    private static int Match(List<int> gold, List<int> predicted, List<HashSet<string>> goldForms, List<HashSet<string>> predForms, out List<int> falseNegatives, out List<int> falsePositives)
    {
        var used = new HashSet<int>();
        falsePositives = [];
        var tp = 0;
        foreach (var p in predicted)
        {
            var hit = gold.FirstOrDefault(g => !used.Contains(g) && goldForms[g].Overlaps(predForms[p]), -1);
            if (hit >= 0)
            {
                used.Add(hit);
                tp++;
            }
            else
            {
                falsePositives.Add(p);
            }
        }

        falseNegatives = gold.Where(g => !used.Contains(g)).ToList();
        return tp;
    }

    private static int MatchSets(List<HashSet<string>> gold, List<HashSet<string>> predicted, out List<int> falseNegatives, out List<int> falsePositives)
    {
        var goldIdx = Enumerable.Range(0, gold.Count).ToList();
        var predIdx = Enumerable.Range(0, predicted.Count).ToList();
        return Match(goldIdx, predIdx, gold, predicted, out falseNegatives, out falsePositives);
    }

    private static void Add(Dictionary<string, int[]> counts, string category, int gold, int predicted, int tp)
    {
        var c = counts[category];
        c[0] += gold;
        c[1] += predicted;
        c[2] += tp;
    }
}
