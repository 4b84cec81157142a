using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// The name a title opens with when the abstract never repeats it: "Warped Mixtures for Nonparametric Cluster Shapes"
/// over "… our model performs better than infinite Gaussian mixture models", "A Lipschitz Exploration-Exploitation
/// Scheme for Bayesian Optimization" over "the proposed algorithm significantly outperforms EI". The title's leading
/// noun phrase is a name when it ends in the noun of a technique ("Scheme", "Mechanism", "Forests") or in a known
/// method it modifies ("Generalized Fisher Score", "Variational MCMC"), and is more than a description ("A Spectral
/// Algorithm for …", "A Topic Model for …", "Convex Optimization for …").
/// </summary>
internal static partial class TitleLeadNames
{
    /// <summary>
    /// The title's leading name and where it starts in the title, or null. <paramref name="find"/> gives the type the
    /// lexicon knows a phrase by, or null when it does not know it.
    /// </summary>
    public static (string Name, int Start)? Find(string title, string abstractText, Func<string, EntityType?> find)
    {
        if (title.Contains('?', StringComparison.Ordinal) || title.Contains(" - ", StringComparison.Ordinal))
        {
            return null;
        }

        // "Fast LSTD using stochastic approximation: Finite time analysis and …": before a subtitle, the title's own phrase
        // (a prefix that is a name by itself, "Warped Mixtures: …", is the title prefix's, found elsewhere).
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && CoinedNames.TitlePrefix(title) is not null)
        {
            return null;
        }

        var words = (colon < 0 ? title : title[..colon]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        (string, int)? found = NameAt(words, 0, find, out _) is { } lead ? (lead, title.IndexOf(lead, StringComparison.Ordinal)) : null;

        // "Discriminative Unsupervised Feature Learning with Exemplar Convolutional Neural Networks", "Detecting Anomalous
        // Process Behaviour using Second Generation Artificial Immune Systems": the name after what it is used for.
        var by = found is null ? Array.FindIndex(words, w => Introducers.Contains(w)) : -1;
        // Not after an article: "… with the Quantum Adiabatic Algorithm" uses a known one.
        if (by > 0 && by + 1 < words.Length && words[by + 1] is not ("the" or "a" or "an") && NameAt(words, by + 1, find, out var usedEnd) is { } used && usedEnd == words.Length)
        {
            found = (used, title.LastIndexOf(used, StringComparison.Ordinal));
        }

        // The abstract must speak of a technique of its own (checked last: the title rarely opens with a name).
        return found is not null && SpeaksOfItsOwn(abstractText) ? found : null;
    }

    private static string? NameAt(string[] words, int from, Func<string, EntityType?> find, out int end)
    {
        var first = from < words.Length && words[from] is "A" or "An" or "The" or "a" or "an" or "the" ? from + 1 : from;
        end = first;
        while (end < words.Length && !Breaks.Contains(words[end]))
        {
            end++;
        }

        // "Farthest-Point Heuristic based Initialization Methods …", "Deep Belief Networks and …": the name is of a part.
        var count = end - first;
        if (count is < 2 or > 5 || end < words.Length && words[end].ToLowerInvariant() is "and" or "based" or "or" or "versus" or "vs." or "than" or "of")
        {
            return null;
        }

        var lead = words[first..end];
        if (!char.IsUpper(lead[0][0]) || lead[0].EndsWith("ing", StringComparison.Ordinal) || NotNames.Contains(lead[0]) || NotNames.Contains(lead[^1]) && KnownTail(lead, find) is null
            || !Array.TrueForAll(lead, w => char.IsLetter(w[0]) && w.All(c => char.IsLetterOrDigit(c) || c == '-')))
        {
            return null;
        }

        var name = string.Join(' ', lead);

        // "Deep Boltzmann Machines in …": a known name is studied, not introduced.
        var known = find(name) is not null || lead[^1].EndsWith('s') && find(name[..^1]) is not null;
        if (known || !NamesATechnique(lead, find))
        {
            return null;
        }

        // "A Multi-objective Particle Swarm Optimization Technique for …", "The Annealing Sparse Bayesian Learning Algorithm":
        // the kind of thing after a known technique's name, with its modifiers, is no part of the name.
        return lead.Length >= 3 && KindNouns.Contains(lead[^1]) && KnownTail(lead[..^1], find) is { Type: EntityType.Method or EntityType.Model } tail
            && !tail.Tail.EndsWith(lead[^1], StringComparison.OrdinalIgnoreCase) && find(string.Join(' ', lead[..^1])) is null
            ? string.Join(' ', lead[..^1])
            : name;
    }

    private static readonly HashSet<string> KindNouns = new(StringComparer.OrdinalIgnoreCase) { "Technique", "Approach", "Method", "Algorithm", "Framework", "Scheme" };

    private static readonly HashSet<string> Introducers = new(StringComparer.OrdinalIgnoreCase) { "with", "using", "via", "by" };

    private static bool NamesATechnique(string[] lead, Func<string, EntityType?> find)
    {
        var head = lead[^1].ToLowerInvariant();
        var modifiers = lead[..^1];
        var distinctive = Array.Exists(modifiers, m => !GenericModifiers.Contains(m));

        // "Variational MCMC", "Re-scale AdaBoost", "Causal Decision Trees", "Robust Principal Component Analysis": a
        // modifier on a known method or model.
        if (KnownTail(lead, find) is { } known)
        {
            var (tail, type) = known;
            if (type is EntityType.Method or EntityType.Model)
            {
                return Array.Exists(lead[..^tail.Split(' ').Length], m => !GenericModifiers.Contains(m)) || !GenericClasses.Contains(tail);
            }

            // "Sparse Quantile Huber Regression" if "regression" is an area: not a technique's name; "Max-margin Metric
            // Learning" is one, a coined compound on an area of learning.
            return tail.EndsWith("Learning", StringComparison.OrdinalIgnoreCase)
                && Array.Exists(lead[..^tail.Split(' ').Length], m => m.Contains('-', StringComparison.Ordinal) && !GenericModifiers.Contains(m));
        }

        if (!Heads.Contains(head) || !distinctive)
        {
            return false;
        }

        // "A Spectral Algorithm for …", "A Topic Model for …": one word on a bare head describes; "KL-UCB Algorithm" names.
        if (lead.Length < 3 && BareHeads.Contains(head) && !CoinedNames.IsNameShaped(lead[0]))
        {
            return false;
        }

        // "A Feature Selection Method for …", "Real-Time Detecting Algorithm": a bare head after the task it does describes
        // (not a coined compound: "Tiered Move-making Algorithm").
        var task = modifiers[^1];
        return !BareHeads.Contains(head) || (task.Contains('-', StringComparison.Ordinal) || !task.EndsWith("ing", StringComparison.Ordinal)) && HeadNouns.Of(task) is not EntityType.Task
            && !TaskNouns.Contains(task)
            && find(modifiers.Length >= 2 ? modifiers[^2] + " " + task : task) != EntityType.Task && find(task) != EntityType.Task;
    }

    // The longest known name the phrase ends in (up to three words, after at least one modifier), and its type; a
    // trailing "Clustering" or "Algorithm" the name leaves out may follow it ("Adaptive Affinity Propagation Clustering").
    private static (string Tail, EntityType Type)? KnownTail(string[] lead, Func<string, EntityType?> find)
    {
        var words = lead.Length > 2 && lead[^1].ToLowerInvariant() is "clustering" or "algorithm" && find(string.Join(' ', lead[^3..^1])) is EntityType.Method ? lead[..^1] : lead;
        for (var k = Math.Min(3, words.Length - 1); k >= 1; k--)
        {
            var tail = string.Join(' ', words[^k..]);
            if ((find(tail) ?? (tail.EndsWith('s') ? find(tail[..^1]) : null)) is { } type)
            {
                return (string.Join(' ', lead[^(k + lead.Length - words.Length)..]), type);
            }
        }

        return null;
    }

    // Our own method, model or algorithm: the abstract speaks of what it introduces.
    internal static bool SpeaksOfItsOwn(string text) => OwnTechnique().IsMatch(text) || IntroducesSomething().IsMatch(text);

    /// <summary>"our method", "the proposed approach", "a new technique": the abstract's own technique, named or not.</summary>
    [GeneratedRegex(@"\b(?:our|the proposed|the new|the presented|a new|a novel)\s+(?:[\w-]+\s+){0,2}?(?:method|approach|algorithm|model|technique|framework|scheme|system|classifier|network|kernel|strategy|procedure|estimator|architecture|mechanism)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex OwnTechnique();

    [GeneratedRegex(@"\bwe (?:propose|present|introduce|develop|describe)\b|\b(?:paper|work|article|letter) (?:proposes|presents|introduces|develops)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntroducesSomething();

    // The title's phrase breaks, and the words that set one thing against another or say what it is built on.
    private static readonly HashSet<string> Breaks = new(
        CoinedNames.TitleBreaks.Concat(["or", "towards", "toward", "based", "than", "beyond", "versus", "vs.", "vs", "into", "against", "within", "applied"]),
        StringComparer.OrdinalIgnoreCase);

    // The nouns a technique's name ends in.
    private static readonly HashSet<string> Heads = new(StringComparer.OrdinalIgnoreCase)
    {
        "algorithm", "model", "method", "scheme", "mechanism", "estimator", "classifier", "kernel", "kernels", "network", "networks", "machine", "machines",
        "forest", "forests", "mixture", "mixtures", "process", "processes", "filter", "constraint", "strategy", "technique", "vectors", "score", "tree", "trees",
        "sampler", "boosting", "embedding", "embeddings", "autoencoder", "autoencoders", "descriptor", "transform", "heuristic", "passing",
        "denoiser", "denoisers", "interpolation", "encoder", "encoders", "decoder", "decoders", "layer", "layers", "propagation", "sampling",
        "ensemble", "ensembles", "regularization", "regularizer", "loss", "prior", "priors", "representation",
    };

    private static readonly HashSet<string> BareHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "algorithm", "method", "model", "scheme", "technique", "strategy", "network", "networks", "classifier", "process", "filter", "tree", "trees", "kernel",
        "heuristic", "descriptor",
    };

    // What a technique is for, beside the areas the head nouns know ("Image Authentication Technique").
    private static readonly HashSet<string> TaskNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "authentication", "selection", "identification", "localization", "localisation", "extraction", "reconstruction", "allocation", "registration",
        "verification", "annotation", "navigation", "tracking", "scheduling", "planning", "inference", "diagnosis", "prediction", "completion",
    };

    internal static bool IsGenericModifier(string word) => GenericModifiers.Contains(word);

    // Words that describe any technique: with nothing else, "Efficient Sparse Neural Networks" names no one thing.
    private static readonly HashSet<string> GenericModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "bayesian", "probabilistic", "statistical", "neural", "deep", "hierarchical", "joint", "unified", "general", "generic", "simple", "hybrid", "robust",
        "adaptive", "new", "novel", "improved", "modified", "efficient", "fast", "faster", "practical", "scalable", "optimal", "effective", "stochastic",
        "online", "parallel", "distributed", "discriminative", "generative", "linear", "nonlinear", "non-linear", "sparse", "spectral", "constructive",
        "anytime", "combined", "ensemble", "alternative", "unsupervised", "supervised", "semi-supervised", "visual", "semantic", "convex", "deterministic",
        "iterative", "approximate", "exact", "evolutionary", "genetic", "fuzzy", "nearly", "accurate", "greedy", "randomized", "random", "local", "global",
        "multi-task", "multi-objective", "multiobjective", "dynamic", "incremental", "automatic", "automated", "better", "first", "second-order", "high-order",
        "convolutional", "recurrent", "learning", "learned", "trainable", "LSTM", "GRU", "CNN", "RNN", "bidirectional", "bi-directional",
    };

    // A generic architecture with a generic modifier ("Sparse neural networks", "Unsupervised convolutional neural networks") is a class, not a name.
    private static readonly HashSet<string> GenericClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "neural network", "neural networks", "network", "networks", "convolutional neural network", "convolutional neural networks", "recurrent neural network",
        "recurrent neural networks", "CNN", "CNNs", "RNN", "RNNs", "LSTM", "LSTMs", "autoencoder", "autoencoders", "classifier", "model", "models",
    };

    // "Three Metrics to …", "Lower Bounds on …", "Notes on …": a study's subject, not a name.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "One", "Two", "Three", "Four", "Five", "Some", "Several", "New", "Novel", "Analysis", "Bounds", "Bound", "Results", "Study", "Studies", "Evaluation",
        "Limits", "Properties", "Applications", "Review", "Survey", "Overview", "Tutorial", "Notes", "Remarks", "Comparison", "Comparative", "Algorithms",
        "Methods", "Models", "Techniques", "Approaches", "Schemes", "Systems", "Frameworks", "Learning", "Towards", "Toward", "Introducing", "Beyond",
    };
}
