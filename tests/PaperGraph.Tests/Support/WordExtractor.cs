using PaperGraph.Domain;
using PaperGraph.Extraction;

namespace PaperGraph.Tests.Support;

/// <summary>Finds listed words as entities of a type; counts calls, so tests can check what was extracted.</summary>
internal sealed class WordExtractor(EntityType type, params string[] words) : IPaperExtractor
{
    private int _calls;

    public int Calls => _calls;

    public string Version => "words";

    public PaperExtraction Extract(Paper paper)
    {
        Interlocked.Increment(ref _calls);
        var entities = words.Where(w => paper.Abstract.Contains(w, StringComparison.Ordinal))
            .Select(w => new Entity(type, w, EntityKey.For(type, w), [], 1, "words")).ToList();
        return new PaperExtraction(paper, entities, [], []);
    }
}
