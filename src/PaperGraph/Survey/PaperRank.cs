namespace PaperGraph.Survey;

/// <summary>
/// PageRank over the citation-like graph that claims imply: paper P links to paper Q when P compares against
/// (weight 3 per claim) or names (weight 1) something Q proposes. A paper whose proposal the others compare
/// against ranks high, the way a much-cited paper would. Papers the links do not separate are ordered by how
/// widely their entities are named in the scope.
/// </summary>
internal static class PaperRank
{
    private const double Damping = 0.85;
    private const int Iterations = 60;
    private const double MentionWeight = 1, ClaimWeight = 3;

    /// <summary>Paper ids, most central first.</summary>
    public static List<(string PaperId, double Score)> Order(SurveyGraph g)
    {
        var ids = g.Papers.Keys.Order(StringComparer.Ordinal).ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var n = ids.Count;
        if (n == 0)
        {
            return [];
        }

        var weights = new Dictionary<(int From, int To), double>();
        void Link(string from, string key, double w)
        {
            if (!g.Proposers.TryGetValue(key, out var proposers))
            {
                return;
            }

            foreach (var to in proposers)
            {
                if (to != from && index.TryGetValue(to, out var t))
                {
                    var k = (index[from], t);
                    weights[k] = weights.GetValueOrDefault(k) + w;
                }
            }
        }

        foreach (var (paper, keys) in g.PaperEntities)
        {
            foreach (var key in keys)
            {
                Link(paper, key, MentionWeight);
            }
        }

        foreach (var c in g.Claims)
        {
            Link(c.PaperId, c.SubjectKey, ClaimWeight);
            Link(c.PaperId, c.ObjectKey, ClaimWeight);
        }

        var outWeight = new double[n];
        foreach (var ((from, _), w) in weights)
        {
            outWeight[from] += w;
        }

        var rank = new double[n];
        Array.Fill(rank, 1.0 / n);
        var next = new double[n];
        for (var it = 0; it < Iterations; it++)
        {
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                dangling += outWeight[i] == 0 ? rank[i] : 0;
            }

            Array.Fill(next, ((1 - Damping) + (Damping * dangling)) / n);
            foreach (var ((from, to), w) in weights)
            {
                next[to] += Damping * rank[from] * w / outWeight[from];
            }

            (rank, next) = (next, rank);
        }

        // Connectedness breaks ties: how many other papers share each entity, log-damped, summed.
        double Connectedness(string id) =>
            g.PaperEntities.GetValueOrDefault(id, []).Sum(k => Math.Log(g.PaperCount(k))) +
            (2 * g.Claims.Count(c => c.PaperId == id));

        return ids.Select((id, i) => (Id: id, Score: rank[i], Tie: Connectedness(id)))
            .OrderByDescending(x => Math.Round(x.Score * n, 6)).ThenByDescending(x => x.Tie).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => (x.Id, x.Score)).ToList();
    }
}
