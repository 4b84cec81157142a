namespace PaperGraph.Domain;

/// <summary>The five kinds of entity PaperGraph extracts (see the gold guideline).</summary>
public enum EntityType
{
    /// <summary>A specific named network, model family or checkpoint (LLaMA-7B, BERT).</summary>
    Model,

    /// <summary>A named technique, algorithm, objective, optimizer or framework (LoRA, DPO).</summary>
    Method,

    /// <summary>A named dataset, benchmark, corpus or evaluation suite (C4, MMLU).</summary>
    Dataset,

    /// <summary>A named evaluation measure (perplexity, BLEU).</summary>
    Metric,

    /// <summary>A research problem or area (pruning, machine translation).</summary>
    Task,
}
