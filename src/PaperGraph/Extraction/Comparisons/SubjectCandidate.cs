using PaperGraph.Domain;

namespace PaperGraph.Extraction.Comparisons;

/// <summary>A possible subject: an entity mention, or a self-reference ("we", "our method") resolved to the proposed entity.</summary>
/// <param name="Token">Token index (the entity, the pronoun, or the head noun of the self-reference).</param>
/// <param name="Key">Entity key, or null for a self-reference the paper does not resolve.</param>
/// <param name="Type">Entity type, when known.</param>
/// <param name="Modifier">True when it sits inside a prepositional or gerund phrase ("on LLaMA", "using LoRA").</param>
internal readonly record struct SubjectCandidate(int Token, string? Key, EntityType? Type, bool Modifier);
