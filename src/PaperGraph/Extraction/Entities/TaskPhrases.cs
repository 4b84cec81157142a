namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Finds research problems named by their wording rather than by the lexicon: the noun phrases a
/// title is about ("…: General Visual Representation Learning" → visual representation learning)
/// and the phrases before "tasks" ("on key information retrieval and long-context reasoning tasks").
/// A phrase counts only when it ends in a word that names a problem (learning, prediction, retrieval…).
/// </summary>
internal static class TaskPhrases
{
    private const int MaxWords = 4;

    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "learning", "training", "finetuning", "fine-tuning", "prediction", "adaptation", "deployment", "deployments", "serving", "acceleration",
        "pruning", "quantization", "compression", "recognition", "detection", "segmentation", "translation", "answering", "classification",
        "retrieval", "summarization", "understanding", "forecasting", "unlearning", "generation", "estimation", "reasoning", "editing",
        "synthesis", "parsing", "modeling", "modelling", "mapping", "alignment", "tracking", "captioning", "planning", "generalization",
    };

    // Words that end a phrase on its left: function words, quantifiers and evaluative adjectives.
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "for", "in", "on", "with", "via", "by", "across", "from", "using", "to", "through", "without", "as", "and", "or",
        "is", "are", "we", "our", "your", "all", "its", "their", "at", "into", "towards", "toward", "under", "beyond", "over", "than",
        "various", "downstream", "several", "different", "multiple", "challenging", "many", "two", "three", "four", "five", "six", "these", "such", "other",
        "diverse", "complex", "standard", "common", "related", "similar", "specific", "new", "real-world", "hard", "general", "accurate", "scalable",
        "simple", "fast", "improved", "better", "effective", "practical", "low-cost", "cheap", "most", "more", "both", "each", "any", "some",
        "existing", "traditional", "conventional", "typical", "popular", "standard", "large-scale", "small-scale", "novel", "unified", "robust",
        "evaluation", "benchmark", "benchmarks", "language", "vision", "nlp", "cv", "one", "once", "single", "following", "representative",
        "improves", "improve", "improved", "improving", "achieves", "achieve", "boosts", "enhances", "including", "includes", "like", "performs",
        "perform", "shows", "show", "evaluate", "evaluated", "evaluating", "tested", "test", "demonstrate", "demonstrates", "outperforms", "surpasses",
        "experiments", "results", "tackle", "tackles", "solve", "solves", "address", "addresses", "e", "g", "i", "etc",
        "performing", "improving", "enabling", "achieving", "solving", "addressing", "exploiting", "supporting", "tackling", "leveraging", "towards",
        "optimal", "stable", "accurate", "reliable", "fair", "interpretable", "provable", "certified", "exact", "approximate",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadSpans = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopSpans = Stops.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Problem phrases in a title, lower-cased except acronyms; the recogniser types them as tasks.</summary>
    public static List<string> InTitle(string title)
    {
        var result = new List<string>();
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var segment = new List<string>();
        for (var i = 0; i <= words.Length; i++)
        {
            var raw = i < words.Length ? words[i] : ":";
            var word = raw.TrimEnd(':', ',', '.', ';', '?', '!');
            var boundary = i == words.Length || word.Length == 0 || Stops.Contains(word) || word.Length != raw.Length;
            if (!boundary)
            {
                segment.Add(word);
                continue;
            }

            if (word.Length > 0 && !Stops.Contains(word) && word.Length != raw.Length)
            {
                // "…Representation Learning:" ends the segment with this word in it.
                segment.Add(word);
            }

            Emit(segment, result);
            segment.Clear();
        }

        return result;
    }

    /// <summary>Spans of problem phrases written before "task(s)", coordinated ones included.</summary>
    public static List<(int Start, int End)> BeforeTasks(string text)
    {
        var result = new List<(int, int)>();
        for (var at = text.IndexOf(" task", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" task", at + 5, StringComparison.Ordinal))
        {
            var after = at + 5;
            if (after < text.Length && char.IsLetter(text[after]) && text[after] != 's')
            {
                continue;
            }

            var end = at;
            while (PhraseBefore(text, end) is { } phrase)
            {
                result.Add(phrase);

                // "A and B tasks", "A, B and C tasks": continue over the coordinator.
                var left = phrase.Start - 1;
                if (left <= 0 || text[left] != ' ')
                {
                    break;
                }

                var before = text.AsSpan(0, left);
                if (before.EndsWith(" and", StringComparison.Ordinal))
                {
                    end = left - 4;
                }
                else if (before.EndsWith(" or", StringComparison.Ordinal))
                {
                    end = left - 3;
                }
                else if (before.EndsWith(",", StringComparison.Ordinal))
                {
                    end = left - 1;
                }
                else
                {
                    break;
                }
            }
        }

        return result;
    }

    // The phrase ending at <paramref name="end"/>: up to four lower-case words (or acronyms), the last a problem word.
    private static (int Start, int End)? PhraseBefore(string text, int end)
    {
        var start = -1;
        var count = 0;
        var i = end;
        while (count < MaxWords)
        {
            var j = i;
            while (j > 0 && (char.IsLetterOrDigit(text[j - 1]) || text[j - 1] == '-'))
            {
                j--;
            }

            if (j == i)
            {
                break;
            }

            var word = text.AsSpan(j, i - j);
            if (StopSpans.Contains(word) || !IsLowerOrAcronym(word))
            {
                break;
            }

            if (count == 0 && !HeadSpans.Contains(word))
            {
                return null;
            }

            start = j;
            count++;
            if (j < 2 || text[j - 1] != ' ')
            {
                break;
            }

            i = j - 1;
        }

        // A bare problem word ("reasoning tasks") is too vague to name a problem.
        return count >= 2 ? (start, end) : null;
    }

    // "LLM", "RNN-T", "GPUs": mostly capitals. "Memory-Efficient" is a capitalised title word.
    private static bool IsAcronym(string word)
    {
        int upper = 0, letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
        }

        return upper >= 2 && upper * 2 >= letters;
    }

    private static bool IsLowerOrAcronym(ReadOnlySpan<char> word)
    {
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper == 0 || upper >= 2;
    }

    private static void Emit(List<string> segment, List<string> result)
    {
        if (segment.Count == 0 || !Heads.Contains(segment[^1]))
        {
            return;
        }

        // "Diffusion-Based Neural Network Weights Generation": the "-based" modifier says how, not what.
        var first = 0;
        while (first < segment.Count - 1 && segment[first].EndsWith("-Based", StringComparison.OrdinalIgnoreCase))
        {
            first++;
        }

        if (segment.Count - first < 2 || segment.Count - first > MaxWords)
        {
            return;
        }

        var words = new string[segment.Count - first];
        for (var i = first; i < segment.Count; i++)
        {
            var w = segment[i];
            words[i - first] = IsAcronym(w) ? w : w.ToLowerInvariant();
        }

        result.Add(string.Join(' ', words));
    }
}
