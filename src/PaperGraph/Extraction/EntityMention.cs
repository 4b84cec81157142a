using PaperGraph.Domain;

namespace PaperGraph.Extraction;

/// <summary>One occurrence of an entity in the abstract text.</summary>
/// <param name="Start">Character offset in the (cleaned) abstract.</param>
/// <param name="Length">Length of the surface form.</param>
/// <param name="Surface">The text as written.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Key">The resolved entity's key (<see cref="EntityKey.For"/> of its canonical name).</param>
/// <param name="Origin">"lexicon" or the discovery rule that produced it.</param>
public sealed record EntityMention(int Start, int Length, string Surface, EntityType Type, string Key, string Origin)
{
    /// <summary>Offset just past the mention.</summary>
    public int End => Start + Length;
}
