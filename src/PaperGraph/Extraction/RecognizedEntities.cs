using PaperGraph.Domain;

namespace PaperGraph.Extraction;

/// <summary>The entity recogniser's output for one abstract: mentions with spans, resolved entities, and proposals.</summary>
/// <param name="Text">The cleaned text the spans refer to (title line, then abstract).</param>
/// <param name="Mentions">Every mention, in text order, non-overlapping.</param>
/// <param name="Entities">One resolved entity per real-world entity.</param>
/// <param name="Proposes">Keys of the entities the paper introduces.</param>
public sealed record RecognizedEntities(
    string Text,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<string> Proposes)
{
    /// <summary>
    /// A proposal only the title names ("Warped Mixtures for …" over "our model …"): it stands only when a claim is
    /// made of it, and is dropped, with its entity, otherwise.
    /// </summary>
    public string? Provisional { get; init; }

    /// <summary>These entities without the provisional proposal and the entity only the title gave it.</summary>
    public RecognizedEntities WithoutProvisional() => Provisional is not { } key ? this : this with
    {
        Proposes = Proposes.Where(k => !string.Equals(k, key, StringComparison.Ordinal)).ToList(),
        Entities = Entities.Where(e => !string.Equals(e.Key, key, StringComparison.Ordinal) || Mentions.Any(m => string.Equals(m.Key, key, StringComparison.Ordinal))).ToList(),
        Provisional = null,
    };
}
