using System.Globalization;
using PaperGraph.Domain;
using PaperGraph.Graph;

namespace PaperGraph.Survey;

/// <summary>
/// Chooses the papers for a survey topic: the papers mentioning the entity or task the topic names (by any
/// alias), together with the papers whose title or abstract holds the topic as a phrase.
/// </summary>
public static class ScopeSelector
{
    /// <summary>The most papers a full-text search may add.</summary>
    public const int TextLimit = 5000;

    /// <summary>Selects the papers for <paramref name="topic"/> and loads their facts.</summary>
    /// <param name="store">The graph store.</param>
    /// <param name="topic">A task, an entity, or free text.</param>
    /// <param name="textSearch">The store's full-text search, or null to scan titles and abstracts in memory.</param>
    /// <param name="cancellationToken">Cancels the selection.</param>
    public static async Task<SurveyScope> SelectAsync(IGraphStore store, string topic, PaperTextSearch? textSearch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        topic = topic.Trim();
        var lookup = await store.FindEntityAsync(topic, cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var parts = new List<string>();
        if (lookup.Match is { } m)
        {
            var mentioning = await store.PapersMentioningAsync([m.Key], cancellationToken);
            ids.UnionWith(mentioning.Select(p => p.Id));
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{mentioning.Count} papers mentioning {m.Type} {m.Name}"));
        }

        InMemoryPhraseMatcher? scan = null;
        if (textSearch is not null)
        {
            var found = await textSearch(topic, TextLimit, cancellationToken);
            var before = ids.Count;
            ids.UnionWith(found.Select(p => p.Id));
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{found.Count} papers matching the phrase in the full-text index ({ids.Count - before} more)"));
        }
        else
        {
            scan = new InMemoryPhraseMatcher(topic);
        }

        var selected = new List<PaperExtraction>();
        var scanned = 0;
        // With a full-text index the scope is a set of ids and is read directly; without one every paper is scanned.
        var papers = scan is null ? store.ReadAsync(ids, cancellationToken) : store.ReadAllAsync(cancellationToken);
        await foreach (var x in papers)
        {
            if (ids.Contains(x.Paper.Id))
            {
                selected.Add(x);
            }
            else if (scan is not null && scan.IsMatch(x.Paper))
            {
                scanned++;
                selected.Add(x);
            }
        }

        if (scan is not null)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{scanned} more papers whose title or abstract holds the phrase"));
        }

        var selection = string.Join("; ", parts) + string.Create(CultureInfo.InvariantCulture, $" ({selected.Count} papers in all)");
        return new SurveyScope(topic, selection, lookup.Match, lookup.Suggestions, selected, SurveyGraph.Build(selected));
    }
}
