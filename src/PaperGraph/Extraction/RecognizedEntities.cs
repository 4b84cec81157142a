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
    IReadOnlyList<string> Proposes);
