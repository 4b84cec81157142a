using PaperGraph.Domain;
using PaperGraph.Extraction;
using PaperGraph.Extraction.Entities;

namespace PaperGraph.Tests.Extraction.Entities;

/// <summary>Runs the shipped recogniser on a one-off abstract and finds entities by name.</summary>
internal static class EntityTestKit
{
    private static readonly LexiconEntityRecognizer Recognizer = new();

    public static RecognizedEntities Recognize(string abstractText, string? title = null) =>
        Recognizer.Recognize(new Paper("test", title, abstractText, [], null, [], null, null, new SourceLocation("test", 1, 1)));

    /// <summary>The entity whose name or an alias matches <paramref name="name"/> under the guideline's matching rule.</summary>
    public static Entity? Find(this RecognizedEntities r, string name)
    {
        var norm = EntityKey.Normalize(name);
        return r.Entities.FirstOrDefault(e => EntityKey.Normalize(e.Name) == norm || e.Aliases.Any(a => EntityKey.Normalize(a) == norm));
    }

    public static bool HasNamed(this RecognizedEntities r, string name, EntityType type) =>
        r.Find(name) is { } e && e.Type == type;

    /// <summary>Fails, listing what was recognised, unless an entity of <paramref name="type"/> is named <paramref name="name"/>.</summary>
    public static void AssertNamed(this RecognizedEntities r, string name, EntityType type) =>
        Assert.True(r.HasNamed(name, type), $"{name} ({type}) missing from [{string.Join(", ", r.Entities.Select(e => $"{e.Name}:{e.Type}"))}]");
}
