using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>
/// The in-memory graph of the papers in a survey's scope: papers, entities merged by key, who mentions
/// and proposes what, and the comparison claims. Built once from extractions; the planner only reads it.
/// </summary>
public sealed class SurveyGraph
{
    private readonly Dictionary<string, Paper> _papers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRef> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _mentionedIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _paperEntities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _proposers = new(StringComparer.Ordinal);
    private readonly List<ClaimFact> _claims = [];

    private SurveyGraph()
    {
    }

    /// <summary>Papers by id.</summary>
    public IReadOnlyDictionary<string, Paper> Papers => _papers;

    /// <summary>Entities by key.</summary>
    public IReadOnlyDictionary<string, EntityRef> Entities => _entities;

    internal IReadOnlyList<ClaimFact> Claims => _claims;

    internal IReadOnlyDictionary<string, HashSet<string>> MentionedIn => _mentionedIn;

    internal IReadOnlyDictionary<string, List<string>> PaperEntities => _paperEntities;

    internal IReadOnlyDictionary<string, List<string>> Proposers => _proposers;

    /// <summary>Number of comparison claims.</summary>
    public int ClaimCount => _claims.Count;

    /// <summary>Builds the graph; a paper seen twice keeps its last extraction.</summary>
    public static SurveyGraph Build(IEnumerable<PaperExtraction> extractions)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var latest = new Dictionary<string, PaperExtraction>(StringComparer.Ordinal);
        foreach (var x in extractions)
        {
            latest[x.Paper.Id] = x;
        }

        var g = new SurveyGraph();
        foreach (var x in latest.Values.OrderBy(x => x.Paper.Id, StringComparer.Ordinal))
        {
            g.Add(x);
        }

        return g;
    }

    /// <summary>Papers in scope that mention the entity.</summary>
    public int PaperCount(string key) => _mentionedIn.TryGetValue(key, out var s) ? s.Count : 0;

    internal PaperRef Ref(string paperId) =>
        _papers.TryGetValue(paperId, out var p) ? new PaperRef(p.Id, p.Title, p.Year) : new PaperRef(paperId, null, null);

    internal EntityRef Entity(string key) => _entities.TryGetValue(key, out var e) ? e : FromKey(key, key);

    private void Add(PaperExtraction x)
    {
        var id = x.Paper.Id;
        _papers[id] = x.Paper;
        var keys = new List<string>(x.Entities.Count);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in x.Entities)
        {
            _entities.TryAdd(e.Key, new EntityRef(e.Key, e.Name, e.Type));
            if (GetOrAdd(_mentionedIn, e.Key).Add(id))
            {
                keys.Add(e.Key);
            }

            byName.TryAdd(EntityKey.Normalize(e.Name), e.Key);
            foreach (var a in e.Aliases)
            {
                byName.TryAdd(EntityKey.Normalize(a), e.Key);
            }
        }

        foreach (var c in x.Comparisons)
        {
            // A claim's entities count as mentioned even if the entity list missed them.
            foreach (var (key, name) in new[] { (c.SubjectKey, c.Subject), (c.ObjectKey, c.Object) })
            {
                _entities.TryAdd(key, FromKey(key, name));
                if (GetOrAdd(_mentionedIn, key).Add(id))
                {
                    keys.Add(key);
                }
            }

            _claims.Add(new ClaimFact(c.SubjectKey, c.ObjectKey, c.Outcome, id, c));
        }

        foreach (var name in x.Proposes)
        {
            if (byName.TryGetValue(EntityKey.Normalize(name), out var key))
            {
                var list = GetOrAddList(_proposers, key);
                if (!list.Contains(id))
                {
                    list.Add(id);
                }
            }
        }

        _paperEntities[id] = keys;
    }

    private static EntityRef FromKey(string key, string name)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        var type = colon > 0 && Enum.TryParse<EntityType>(key.AsSpan(0, colon), ignoreCase: true, out var t) ? t : EntityType.Method;
        return new EntityRef(key, name, type);
    }

    private static HashSet<string> GetOrAdd(Dictionary<string, HashSet<string>> d, string key)
    {
        if (!d.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            d[key] = set;
        }

        return set;
    }

    private static List<string> GetOrAddList(Dictionary<string, List<string>> d, string key)
    {
        if (!d.TryGetValue(key, out var list))
        {
            list = [];
            d[key] = list;
        }

        return list;
    }
}
