namespace PaperGraph.Domain;

/// <summary>The structure of a model name: LLaMA-2-13B is family LLaMA, version 2, size 13B.</summary>
/// <param name="Family">The family name (LLaMA, Qwen, ResNet).</param>
/// <param name="Version">Version within the family ("2", "3.1", "V1"), if any.</param>
/// <param name="Size">Size as written ("13B", "8x7B", "base", "B/16", "50"), if any.</param>
/// <param name="Parameters">Parameter count when the size states one (7B → 7,000,000,000).</param>
/// <param name="Variant">Other qualifiers (Instruct, turbo, chat), if any.</param>
public sealed record ModelInfo(string Family, string? Version, string? Size, long? Parameters, string? Variant);
