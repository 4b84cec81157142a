namespace PaperGraph.Survey;

/// <summary>
/// Weighted PageRank over the paper–entity graph of a scope. A paper links to what it mentions, claims about
/// and proposes; an entity links back to the papers that mention it, claim about it, and (strongest) propose it.
/// So a paper ranks high when what it proposes is what others compare against, the way citations would.
/// </summary>
internal static class PaperRank
{
    private const double Damping = 0.85;
    private const int Iterations = 60;

    // Edge weights: a comparison says more about centrality than a mention; a proposal most of all.
    private const double Mention = 1, Claim = 2, Proposal = 4;

    public static Dictionary<string, double> Compute(SurveyGraph g)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        int Node(string name)
        {
            if (!index.TryGetValue(name, out var i))
            {
                i = names.Count;
                index[name] = i;
                names.Add(name);
            }

            return i;
        }

        var edges = new List<(int From, int To, double W)>();
        void Both(int a, int b, double w)
        {
            edges.Add((a, b, w));
            edges.Add((b, a, w));
        }

        foreach (var (paperId, keys) in g.PaperEntities)
        {
            var p = Node("p\u0001" + paperId);
            foreach (var k in keys)
            {
                Both(p, Node("e\u0001" + k), Mention);
            }
        }

        foreach (var c in g.Claims)
        {
            var p = Node("p\u0001" + c.PaperId);
            Both(p, Node("e\u0001" + c.SubjectKey), Claim);
            Both(p, Node("e\u0001" + c.ObjectKey), Claim);
        }

        foreach (var (key, papers) in g.Proposers)
        {
            foreach (var paperId in papers)
            {
                edges.Add((Node("e\u0001" + key), Node("p\u0001" + paperId), Proposal));
            }
        }

        var n = names.Count;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (n == 0)
        {
            return result;
        }

        var outWeight = new double[n];
        foreach (var (from, _, w) in edges)
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
                if (outWeight[i] == 0)
                {
                    dangling += rank[i];
                }
            }

            Array.Fill(next, ((1 - Damping) + (Damping * dangling)) / n);
            foreach (var (from, to, w) in edges)
            {
                next[to] += Damping * rank[from] * w / outWeight[from];
            }

            (rank, next) = (next, rank);
        }

        for (var i = 0; i < n; i++)
        {
            if (names[i].StartsWith("p\u0001", StringComparison.Ordinal))
            {
                result[names[i][2..]] = rank[i];
            }
        }

        // Papers with no entities at all still belong in the ranking, last.
        foreach (var id in g.Papers.Keys)
        {
            result.TryAdd(id, 0);
        }

        return result;
    }
}
