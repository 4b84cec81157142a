using System.Buffers;
using System.Collections.Frozen;

namespace PaperGraph.Extraction.Comparisons;

/// <summary>
/// The closed vocabulary of comparative English: cue words and the function words around them. These are
/// grammar (a few hundred words of the language), not names of the field, so they live beside the rules.
/// </summary>
internal static class ComparisonWords
{
    // "as good as", "as robust as": the qualities whose "as … as" puts two things on a par.
    private static readonly string[] AsGoodAsWords =
        ["good", "well", "fast", "accurate", "robust", "effective", "efficient", "precise", "reliable", "stable", "powerful", "scalable"];

    /// <summary>Substrings one of which every comparative sentence contains; sentences without any are skipped unread.</summary>
    public static readonly SearchValues<string> CueProbe = SearchValues.Create(
        [
            "outperform", "surpass", "beat", "exceed", "improv", "gain", "advantage", "better", "superior", "inferior",
            "than", "lag", "short of", "underperform", "compar", "par ", "on par", "competitive", "rival", "match", "similar", "versus", "vs",
            "relative to", "preferred", "gap", "differen", "discrepanc", "speed",
            "fraction", "% of the", "percent of the", "reach the", "reaches the", "reached the", "reaching the", "attain the", "attains the",
            "attained the", "attaining the", .. AsGoodAsWords.Select(w => $"as {w} as"),
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Adjectives that call a technique by its plain, usual form ("standard CF approaches", "regular SGD"): the name
    /// itself, not a variant of it.
    /// </summary>
    public static readonly string[] PlainFormAdjectives =
        ["standard", "original", "classical", "classic", "conventional", "traditional", "regular", "plain", "vanilla", "basic", "usual", "ordinary"];

    private static readonly Dictionary<string, Cue> Cues = BuildCues();

    private static readonly Dictionary<string, WordClass> Classes = BuildClasses();

    // One lookup per token gives both the word's classes and the cue it may start.
    private static readonly FrozenDictionary<string, (WordClass Class, Cue Cue)> Words = BuildWords();

    private static readonly FrozenDictionary<string, (WordClass Class, Cue Cue)>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cue a word may start, or <see cref="Cue.None"/>.</summary>
    public static Cue CueOf(ReadOnlySpan<char> word) => WordLookup.TryGetValue(word, out var w) ? w.Cue : Cue.None;

    /// <summary>The word classes of a word (none when unknown).</summary>
    public static WordClass ClassOf(ReadOnlySpan<char> word) => Lookup(word).Class;

    /// <summary>The word classes of a word and the cue it may start.</summary>
    public static (WordClass Class, Cue Cue) Lookup(ReadOnlySpan<char> word)
    {
        if (WordLookup.TryGetValue(word, out var w))
        {
            return w;
        }

        // A gerund introduces a phrase whose names are its objects ("using LoRA", "fine-tuning LLaMA").
        return (word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? Gerund : WordClass.None, Cue.None);
    }

    private static FrozenDictionary<string, (WordClass, Cue)> BuildWords()
    {
        var d = new Dictionary<string, (WordClass, Cue)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (w, c) in Classes)
        {
            d[w] = (c, Cue.None);
        }

        foreach (var (w, cue) in Cues)
        {
            d[w] = (d.TryGetValue(w, out var x) ? x.Item1 : WordClass.None, cue);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The classes of an unlisted "-ing" word: it opens a phrase ("leveraging X") and ends an object.</summary>
    public const WordClass Gerund = WordClass.Gerund | WordClass.Preposition | WordClass.ObjectStop;

    private static Dictionary<string, Cue> BuildCues()
    {
        var d = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        void Add(Cue cue, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = cue;
            }
        }

        Add(Cue.Outperform, "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed", "surpassing",
            "beat", "beats", "beating", "beaten", "exceed", "exceeds", "exceeded", "exceeding", "outstrip", "outstrips", "outstripping", "outstripped");
        Add(Cue.Underperform, "underperform", "underperforms", "underperformed", "underperforming");
        Add(Cue.ImproveOver, "improve", "improves", "improved", "improving", "improvement", "improvements", "gain", "gains", "advantage", "advantages",
            "speedup", "speedups", "speed-up", "speed-ups");
        Add(Cue.Comparative, "better", "superior", "stronger", "higher", "faster", "more", "less", "lower", "greater", "smaller");
        Add(Cue.WorseComparative, "worse", "inferior", "weaker", "slower");
        Add(Cue.Lag, "lag", "lags", "lagged", "lagging");
        Add(Cue.FallShort, "fall", "falls", "fell", "falling");
        Add(Cue.ComparableTo, "comparable", "comparably");
        Add(Cue.Par, "par");
        Add(Cue.Competitive, "competitive", "competitively");
        Add(Cue.ParityVerb, "match", "matches", "matched", "matching", "rival", "rivals", "rivaled", "rivalled", "rivaling", "rivalling");
        Add(Cue.Similar, "similar", "similarly");
        Add(Cue.Compare, "compare", "compares", "compared", "comparing");
        Add(Cue.ReachOf, "reach", "reaches", "reached", "reaching", "attain", "attains", "attained", "attaining");
        Add(Cue.Comparison, "comparison", "comparisons", "comparative");
        Add(Cue.Versus, "versus", "vs");
        Add(Cue.Relative, "relative");
        Add(Cue.Preferred, "preferred");
        Add(Cue.Superiority, "superiority", "outperformance");
        Add(Cue.AsGoodAs, AsGoodAsWords);
        Add(Cue.Fraction, "fraction", "percent");
        Add(Cue.Contrast, "similarity", "similarities", "gap", "gaps", "difference", "differences", "discrepancy", "discrepancies");
        return d;
    }

    private static Dictionary<string, WordClass> BuildClasses()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass c, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = d.GetValueOrDefault(w) | c;
            }
        }

        Add(WordClass.Preposition, "on", "in", "of", "with", "by", "for", "from", "to", "via", "over", "under", "across", "at", "into",
            "onto", "than", "against", "like", "unlike", "as", "between", "among", "within", "without", "through", "during", "after",
            "before", "beyond", "versus", "vs", "per", "about", "toward", "towards", "upon", "besides", "except", "including", "such",
            "e.g", "i.e", "atop", "behind", "relative", "compared", "whereby", "throughout", "despite", "alongside", "inside", "using",
            "leveraging", "applying", "employing", "exploiting", "utilizing", "adopting", "based", "given");
        Add(WordClass.ObjectStop, "we", "on", "in", "with", "by", "for", "from", "via", "over", "under", "across", "at", "into", "within",
            "without", "through", "during", "after", "before", "beyond", "per", "while", "whereas", "when", "where", "which", "that",
            "who", "whose", "thanks", "due", "despite", "even", "especially", "particularly", "to", "than", "as", "because",
            "since", "if", "although", "though", "thereby", "thus", "achieving", "using", "is", "are", "was", "were", "has", "have",
            "can", "could", "may", "might", "will", "would", "does", "do", "did", "being", "also", "yet", "but", "not", "only", "respectively",
            "throughout", "alongside", "requiring", "reducing", "regardless", "demonstrating", "showing", "leading", "resulting", "notably",
            "given");
        Add(WordClass.Determiner, "the", "a", "an", "our", "its", "their", "this", "these", "those", "both", "all", "each", "every",
            "several", "many", "most", "some", "other", "various", "multiple", "two", "three", "four", "five", "any", "his", "her");
        Add(WordClass.Adverb, "consistently", "significantly", "substantially", "also", "further", "even", "still", "clearly", "generally",
            "largely", "greatly", "notably", "considerably", "dramatically", "markedly", "slightly", "easily", "can", "could", "may", "might",
            "does", "do", "did", "is", "are", "was", "were", "be", "been", "being", "able", "to", "both", "only", "mostly", "typically",
            "usually", "vastly", "remarkably", "strongly", "often", "sometimes", "always", "uniformly", "systematically", "reliably",
            "drastically", "far", "much", "well", "will", "would", "should", "must", "already", "then", "thereby", "thus", "therefore",
            "hence", "again", "finally", "ultimately", "readily", "empirically", "comfortably", "handily", "noticeably", "favorably",
            "favourably", "considerably", "effectively", "successfully", "performs", "perform", "performed", "performing", "achieve",
            "achieves", "achieved", "achieving", "attain", "attains", "obtain", "obtains", "yield", "yields", "deliver", "delivers",
            "shows", "show", "demonstrates", "demonstrate", "exhibits", "exhibit", "reaches", "reach", "has", "have", "get", "gets",
            "offers", "offer", "provides", "provide", "gives", "give", "leads", "lead", "results", "result", "in", "not", "never", "also",
            "either", "neither", "nor", "closely", "nearly", "almost", "roughly", "approximately", "fully", "competitively", "comparably",
            "similarly", "equally", "just", "as");
        Add(WordClass.Verb, "achieve", "achieves", "achieved", "attain", "attains", "obtain", "obtains", "yield", "yields", "deliver",
            "delivers", "exhibits", "exhibit", "reaches", "reach", "has", "have", "get", "gets", "offers", "offer", "provides", "provide",
            "gives", "give", "use", "uses", "used", "apply", "applies", "applied", "train", "trains", "fine-tune", "fine-tunes", "prune",
            "prunes", "evaluate", "evaluates", "employ", "employs", "adopt", "adopts", "extend", "extends", "combine", "combines",
            "integrate", "integrates", "replace", "replaces", "empowers", "enables", "allows", "requires", "require",
            // Verbs of what a technique does, never nouns: "Compared with MRFs, ConvPP capitalizes on …" has ConvPP for subject.
            "learns", "capitalizes", "capitalises", "avoids", "exploits", "captures", "generates", "converges", "leverages", "incorporates",
            "utilizes", "utilises", "preserves", "retains", "eliminates", "alleviates", "mitigates", "overcomes", "relies", "enjoys", "suffers",
            "needs", "takes", "makes", "produces", "exploit", "capture", "generate", "converge", "leverage", "incorporate",
            // "Compared to SPF, XYZ reduces the error rate": a change the subject makes.
            "reduces", "reduce", "decreases", "lowers", "saves", "speeds", "accelerates", "performs", "solves", "finds", "computes",
            "detects", "identifies", "recovers", "handles", "removes");
        Add(WordClass.Negator, "not", "never", "cannot", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
            "won't", "fail", "fails", "failed", "failing", "without", "unable", "neither", "nor", "hardly", "rarely", "no", "struggle",
            "struggles", "seldom", "lack", "lacks");
        Add(WordClass.Hedge, "can", "could", "may", "might", "should", "would", "sometimes", "occasionally", "potentially", "possibly", "partially", "partly",
            "often", "tend", "tends", "certain", "some");
        Add(WordClass.Hedge | WordClass.Opinion, "likely", "probably", "perhaps", "presumably", "seem", "seems", "appear", "appears");
        Add(WordClass.Opinion, "conjecture", "conjectures", "expect", "expects", "expected", "believe", "believes", "hypothesize", "hypothesise", "hypothesizes",
            "speculate", "suspect");
        Add(WordClass.Boundary, "that", "which", "who", "where", "when", "whereas", "while", "although", "though", "because", "since",
            "if", "whether", "but", "unless", "whilst");
        Add(WordClass.SoftBoundary, "while", "whilst", "when", "but", "thereby", "thus", "and");
        Add(WordClass.Conditional, "whether", "if", "unless");
        Add(WordClass.Reporting, "show", "shows", "showed", "shown", "demonstrate", "demonstrates", "demonstrated", "reveal", "reveals",
            "revealed", "find", "finds", "found", "observe", "observes", "observed", "confirm", "confirms", "confirmed", "indicate",
            "indicates", "suggest", "suggests", "prove", "proves", "verify", "verifies", "illustrate", "illustrates", "report", "reports",
            "establish", "establishes", "see", "note", "notice", "validate", "validates", "highlight", "highlights", "evidence");
        Add(WordClass.SelfHead, "method", "methods", "approach", "approaches", "model", "models", "framework", "frameworks", "technique",
            "techniques", "algorithm", "algorithms", "architecture", "architectures", "system", "systems", "pipeline", "strategy",
            "strategies", "solution", "network", "networks", "recipe", "scheme", "design", "optimizer", "procedure", "estimator",
            "mechanism", "module", "objective", "formulation", "variant", "variants", "paradigm", "policy", "loss", "metric", "benchmark",
            "dataset", "agent", "detector", "tokenizer", "encoder", "decoder", "layer", "operator", "regularizer", "initialization",
            "protocol", "protocols", "schemes", "extension", "classifier", "controller", "filter", "heuristic", "tagger", "parser", "planner", "solver", "transformation", "representation", "representations", "kernel", "kernels", "descriptor", "descriptors", "library", "tool", "package", "engine", "program", "implementation",
            "placer", "router", "scheduler", "compiler", "simulator", "tracker", "allocator", "partitioner", "sampler", "predictor",
            "recognizer", "segmenter", "translator", "summarizer", "retriever", "matcher", "learner", "synthesizer", "verifier", "prover");
        Add(WordClass.Producing, "obtained", "achieved", "attained", "produced", "reported", "reached", "yielded", "delivered", "provided",
            "given", "generated", "computed", "returned", "found", "offered");
        Add(WordClass.Coordinator, "and", "or", "&");
        Add(WordClass.ListIntro, "such", "including", "like", "e.g", "i.e", "namely", "eg", "ie", "specifically");
        Add(WordClass.OfObject, "performance", "performances", "accuracy", "accuracies", "results", "result", "quality", "effectiveness",
            "efficiency", "that", "those", "capability", "capabilities", "scores", "score", "baseline", "baselines", "variants", "variant",
            "version", "versions", "counterpart", "counterparts", "implementation", "implementations", "benefits", "gains");
        Add(WordClass.NounTail, "model", "models", "method", "methods", "approach", "approaches", "variant", "variants", "network",
            "networks", "architecture", "architectures", "framework", "algorithm", "algorithms", "optimizer", "optimizers", "technique",
            "techniques", "strategy", "baseline", "baselines", "family", "families", "series", "subnetworks", "subnetwork", "checkpoint",
            "checkpoints", "module", "modules", "layers", "attention", "fine-tuning", "finetuning", "counterpart",
            "counterparts", "prompts", "prompting", "supernet", "dictionaries", "implementation", "pruning", "scaling", "based", "protocol",
            "protocols", "metric", "metrics", "measure", "measures", "version", "versions", "regression", "estimator", "estimators",
            "optimization", "optimisation", "procedure", "procedures", "detection", "estimation", "equalization", "precoding",
            "beamforming", "classification", "ones", "structure", "structures", "classifier", "classifiers", "strategies", "schemes", "heuristics",
            "code", "codes", "reconstruction", "program", "programs", "library", "implementations", "decoder",
            "decoders", "detector", "detectors", "receiver", "receivers", "engine", "engines", "tool", "tools", "package");
        Add(WordClass.Favourable, "better", "superior", "improve", "improves", "improved", "improving", "improvement", "improvements",
            "enhancement", "enhancements",
            "enhance", "enhances", "enhanced", "enhancing", "outperform", "outperforms", "outperforming", "gain", "gains", "boost",
            "boosts", "surpass", "surpasses", "surpassing", "stronger", "strongest", "best", "advantage", "advantages", "superiority", "outperformance", "superb",
            "accelerates", "speedup", "speedups", "speed-up", "speed-ups", "favorably", "favourably", "effectiveness", "efficient", "effective");
        Add(WordClass.Parity, "comparable", "comparably", "par", "similar", "similarly", "competitive", "competitively", "matching",
            "matches", "match", "equal", "equally", "on-par", "close");
        Add(WordClass.Weakener, "minimal", "marginal", "marginally", "limited", "negligible", "little", "slight", "modest", "minor", "no");
        Add(WordClass.Unfavourable, "degradation", "degradations", "worse", "lower", "inferior", "deteriorates", "weaker", "underperforms",
            "suffer", "suffers", "lags", "behind", "drop", "drops", "expensive", "costly");
        Add(WordClass.Pronoun, "we", "it", "ours");

        // Adjectives and nouns in -ing are not gerunds: "existing methods", "leading models".
        Add(WordClass.None, "existing", "leading", "competing", "remaining", "corresponding", "following", "pioneering", "promising",
            "outstanding", "underlying", "emerging", "ongoing", "interesting", "challenging", "increasing", "varying", "surprising",
            "striking", "prevailing", "preceding", "contrasting", "recurring", "evolving", "growing", "trending", "winning", "setting");
        Add(WordClass.SelfDeterminer, "our", "proposed", "this", "these", "resulting", "new", "presented", "developed", "introduced", "suggested");
        Add(WordClass.PerformanceNoun, "performance", "performances", "accuracy", "results", "result", "quality", "scores", "score",
            "capabilities", "capability", "effectiveness", "perplexity", "perplexities", "error", "errors", "loss", "reconstruction",
            "behavior", "behaviour", "trends", "gains", "outcomes", "metrics", "numbers", "fidelity", "robustness", "efficiency",
            "throughput", "latency", "speed", "convergence", "rate", "rates");
        return d;
    }
}
