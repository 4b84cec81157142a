using PaperGraph.Domain;
using PaperGraph.Extraction;

namespace PaperGraph.Cli.Tests.Support;

/// <summary>An extractor that finds every word of a fixed list as a Method entity, nothing else.</summary>
internal sealed class ScriptedExtractor(params string[] methods) : IPaperExtractor
{
    public string Version => "scripted";

    public PaperExtraction Extract(Paper paper)
    {
        var entities = methods
            .Where(m => paper.Abstract.Contains(m, StringComparison.Ordinal))
            .Select(m => new Entity(EntityType.Method, m, EntityKey.For(EntityType.Method, m), [], 1, "scripted"))
            .ToList();
        return new PaperExtraction(paper, entities, [], []);
    }
}
