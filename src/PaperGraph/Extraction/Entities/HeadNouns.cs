using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>Types an unknown name from the head noun that describes it ("X, a new benchmark" → Dataset).</summary>
internal static class HeadNouns
{
    private static readonly Dictionary<string, EntityType> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dataset"] = EntityType.Dataset,
        ["datasets"] = EntityType.Dataset,
        ["benchmark"] = EntityType.Dataset,
        ["benchmarks"] = EntityType.Dataset,
        ["corpus"] = EntityType.Dataset,
        ["corpora"] = EntityType.Dataset,
        ["suite"] = EntityType.Dataset,
        ["testbed"] = EntityType.Dataset,
        ["bench"] = EntityType.Dataset,
        ["collection"] = EntityType.Dataset,
        ["metric"] = EntityType.Metric,
        ["metrics"] = EntityType.Metric,
        ["score"] = EntityType.Metric,
        ["measure"] = EntityType.Metric,
        ["rate"] = EntityType.Metric,
        ["error"] = EntityType.Metric,
        ["distance"] = EntityType.Metric,
        ["ratio"] = EntityType.Metric,
        ["utilization"] = EntityType.Metric,
        ["model"] = EntityType.Model,
        ["models"] = EntityType.Model,
        ["llm"] = EntityType.Model,
        ["llms"] = EntityType.Model,
        ["network"] = EntityType.Model,
        ["networks"] = EntityType.Model,
        ["net"] = EntityType.Model,
        ["architecture"] = EntityType.Model,
        ["family"] = EntityType.Model,
        ["checkpoint"] = EntityType.Model,
        ["checkpoints"] = EntityType.Model,
        ["transformer"] = EntityType.Model,
        ["agent"] = EntityType.Model,
        ["encoder"] = EntityType.Model,
        ["backbone"] = EntityType.Model,
        ["transducer"] = EntityType.Model,
        ["autoencoder"] = EntityType.Method,
        ["autoencoders"] = EntityType.Method,
        ["method"] = EntityType.Method,
        ["methods"] = EntityType.Method,
        ["technique"] = EntityType.Method,
        ["approach"] = EntityType.Method,
        ["algorithm"] = EntityType.Method,
        ["framework"] = EntityType.Method,
        ["optimizer"] = EntityType.Method,
        ["optimiser"] = EntityType.Method,
        ["strategy"] = EntityType.Method,
        ["scheme"] = EntityType.Method,
        ["objective"] = EntityType.Method,
        ["loss"] = EntityType.Method,
        ["mechanism"] = EntityType.Method,
        ["module"] = EntityType.Method,
        ["layer"] = EntityType.Method,
        ["normalization"] = EntityType.Method,
        ["paradigm"] = EntityType.Method,
        ["procedure"] = EntityType.Method,
        ["pipeline"] = EntityType.Method,
        ["recipe"] = EntityType.Method,
        ["system"] = EntityType.Method,
        ["attention"] = EntityType.Method,
        ["decoding"] = EntityType.Method,
        ["regularization"] = EntityType.Method,
        ["training"] = EntityType.Method,
        ["tuning"] = EntityType.Method,
        ["adaptation"] = EntityType.Method,
        ["pruning"] = EntityType.Method,
        ["quantization"] = EntityType.Method,
        ["distillation"] = EntityType.Method,
        ["prediction"] = EntityType.Method,
        ["optimization"] = EntityType.Method,
        ["projection"] = EntityType.Method,
        ["sampling"] = EntityType.Method,
        ["estimator"] = EntityType.Method,
        ["embedding"] = EntityType.Method,
        ["encoding"] = EntityType.Method,
        ["initialization"] = EntityType.Method,
        ["search"] = EntityType.Method,
        ["scaling"] = EntityType.Method,
        ["policy"] = EntityType.Method,
        ["upcycling"] = EntityType.Method,
        ["merging"] = EntityType.Method,
        ["routing"] = EntityType.Method,
        ["gating"] = EntityType.Method,
        ["tokenizer"] = EntityType.Method,
        ["adapter"] = EntityType.Method,
        ["prompting"] = EntityType.Method,
        ["kernel"] = EntityType.Method,
        ["descent"] = EntityType.Method,
        ["supervision"] = EntityType.Method,
        ["propagation"] = EntityType.Method,
        ["augmentation"] = EntityType.Method,
        ["factorization"] = EntityType.Method,
        ["decomposition"] = EntityType.Method,
        ["averaging"] = EntityType.Method,
        ["machine"] = EntityType.Method,
        ["machines"] = EntityType.Method,
        ["classifier"] = EntityType.Method,
        ["recognition"] = EntityType.Task,
        ["detection"] = EntityType.Task,
        ["segmentation"] = EntityType.Task,
        ["translation"] = EntityType.Task,
        ["answering"] = EntityType.Task,
        ["classification"] = EntityType.Task,
        ["retrieval"] = EntityType.Task,
        ["summarization"] = EntityType.Task,
        ["learning"] = EntityType.Task,
        ["understanding"] = EntityType.Task,
        ["forecasting"] = EntityType.Task,
        ["unlearning"] = EntityType.Task,
        ["compression"] = EntityType.Task,
        ["generation"] = EntityType.Task,
        ["estimation"] = EntityType.Task,
        ["reasoning"] = EntityType.Task,
        ["driving"] = EntityType.Task,
        ["editing"] = EntityType.Task,
        ["synthesis"] = EntityType.Task,
        ["parsing"] = EntityType.Task,
    };

    private static readonly Dictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> HeadSpans = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    public static EntityType? Of(string word) => Heads.TryGetValue(word.TrimEnd('.', ',', ';', ':'), out var t) ? t : null;

    /// <summary>The type a head noun gives, without allocating (hot path: once per token).</summary>
    public static EntityType? Of(ReadOnlySpan<char> word) => HeadSpans.TryGetValue(word, out var t) ? t : null;

    /// <summary>The type of a multi-word expansion, from its last word ("Mask-Enhanced Autoregressive Prediction" → Method).</summary>
    public static EntityType? OfPhrase(string phrase)
    {
        var words = phrase.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3 && words[^1].Equals("classification", StringComparison.OrdinalIgnoreCase)
            && (words[^2].Equals("based", StringComparison.OrdinalIgnoreCase) || words[^2].Equals("representation", StringComparison.OrdinalIgnoreCase)))
        {
            // "Sparse Representation based Classification (SRC)", "Collaborative Representation Classification (CRC)": a way
            // of classifying, a technique, not the area.
            return EntityType.Method;
        }

        return words.Length == 0 ? null : Of(words[^1]);
    }
}
