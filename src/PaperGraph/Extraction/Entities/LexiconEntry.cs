using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>One lexicon entry: canonical name, type, aliases, whether it matches case-sensitively, and its source.</summary>
public sealed record LexiconEntry(string Name, EntityType Type, IReadOnlyList<string> Aliases, bool CaseSensitive, string Source)
{
    /// <summary>The entity key every surface form of this entry resolves to.</summary>
    public string Key { get; } = EntityKey.For(Type, Name);
}
