namespace PaperGraph.Extraction.Entities;

/// <summary>A definition "Long Form (SHORT)" or "SHORT (Long Form)" found in text, with both spans.</summary>
internal sealed record AcronymDefinition(string Short, int ShortStart, string Long, int LongStart);
