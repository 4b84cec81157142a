using System.Text.RegularExpressions;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// Capital-letter short forms the text compares against without defining them: "superior to IBP and MC", "faster
/// than SPC", "outperforms DOWNPOUR". Where a comparison names them, they name techniques; elsewhere a bare acronym
/// is as often a venue, a unit or a device, and is left alone.
/// </summary>
internal static partial class ComparedAcronyms
{
    /// <summary>The short forms named right after a comparison word (with the coordinated ones after them) or right before one.</summary>
    public static IEnumerable<string> Find(string text)
    {
        var compares = Compares(text);
        return (compares ? Names(text, AfterComparison(), BeforeComparison(), CompareSubject(), ListedAfterComparison(), FrontedComparisonSubject(), AppositiveAfterComparison(), PassiveCompareSubject()) : [])
            .Concat(compares && ListsInBrackets(text) ? Names(text, BracketedAfterComparison()) : [])
            .Concat(SetsAgainst(text) || text.Contains("improvement", StringComparison.Ordinal) ? Names(text, NominalComparison(), ImprovementOver()) : [])
            .Concat(compares && JudgesResults(text) ? Names(text, ResultsOfSubject(), ThatOfObject()) : []);
    }

    /// <summary>
    /// Capitalised phrases a comparison names in lower-case prose: "significantly outperforms Cycle Crossover",
    /// "the algorithm Partially Matched Crossover significantly outperforms", "compared to Stochastic Maximum Likelihood",
    /// "has significant advantage over Wedgelets Transform".
    /// Abstracts write in sentence case, so capitals there mark a name.
    /// </summary>
    public static IEnumerable<string> FindPhrases(string text) =>
        Compares(text) ? Names(text, PhraseAfterComparison(), PhraseBeforeComparison(), PhraseBeforeHead()) : [];

    // Every capture of the patterns' "name" group, pattern by pattern: a list ("than IBP and MC") captures it more than once.
    private static IEnumerable<string> Names(string text, params Regex[] patterns)
    {
        foreach (var pattern in patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                foreach (Capture c in m.Groups["name"].Captures)
                {
                    yield return c.Value;
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|(?:better|faster|more accurate|more efficient) than|superior to|[Cc]ompared (?:to|with)|competitive with|comparable to|on par with|surpass(?:es|ed|ing)?|(?:advantages?|improvements?) over)\s+(?:(?:the|both|standard|conventional|original|classic|classical|basic|plain|vanilla|traditional|existing|popular|well-known)\s+){0,2}(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3})(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}))*(?=[,.;:)]|\s(?![A-Z])|$)(?!\s+(?:methods|algorithms|models|approaches|schemes|implementations|based|baselines|variants|networks|graphs|bounds?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseAfterComparison();

    // "we outperform the popular SIFT Flow algorithm", "better … than the Replicated Softmax model", "compared with the standard
    // Adapt-then-Combine scheme": capitalised words a comparison names before a technique's head noun are its name (not a
    // name with a lower-case tail: "the RSS-based method", "the LoRA-finetuned model").
    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|than|superior to|[Cc]ompared (?:to|with)|competitive with|comparable to|on par with|surpass(?:es|ed|ing)?)\s+(?:the|a|an)\s+(?:[a-z][a-z-]+\s+){0,2}(?<name>(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-[A-Z0-9][A-Za-z0-9]*|[A-Z]-[a-z]+|[A-Z][A-Za-z0-9]*(?:\s+[A-Z][A-Za-z0-9-]*){1,3}))\s+(?:algorithm|model|method|approach|technique|scheme|descriptor|classifier|estimator|filter|heuristic|sampler)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseBeforeHead();

    [GeneratedRegex(@"(?<=\b[a-z]+,? )(?<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,3}) (?:(?:[a-z]+ly|also|further|even|often|always) )?(?:outperform|outperforms|outperformed|surpass|surpasses|surpassed|(?:is|was|performs|does) (?:\w+ )?(?:better|faster|superior|more accurate)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseBeforeComparison();

    // A cheap look for a comparison word before the patterns run.
    private static bool Compares(string text) =>
        text.Contains("than", StringComparison.Ordinal) || text.Contains("outperform", StringComparison.Ordinal) || text.Contains("ompared", StringComparison.Ordinal)
        || text.Contains("age over", StringComparison.Ordinal) || text.Contains("ages over", StringComparison.Ordinal) || text.Contains("ment over", StringComparison.Ordinal) || text.Contains("ments over", StringComparison.Ordinal)
        || text.Contains("superior", StringComparison.Ordinal) || text.Contains("surpass", StringComparison.Ordinal) || text.Contains("versus", StringComparison.Ordinal)
        || text.Contains("competitive with", StringComparison.Ordinal) || text.Contains("comparable", StringComparison.Ordinal) || text.Contains("on par with", StringComparison.Ordinal);

    // Cheap looks before the noun-of-advantage and the results-of patterns run.
    private static bool SetsAgainst(string text) =>
        (text.Contains("advantage", StringComparison.Ordinal) || text.Contains("superiority", StringComparison.Ordinal) || text.Contains("gain", StringComparison.Ordinal)
        || text.Contains("speed", StringComparison.Ordinal) || text.Contains("benefit", StringComparison.Ordinal))
        && (text.Contains(" over ", StringComparison.Ordinal) || text.Contains("compar", StringComparison.Ordinal) || text.Contains("relative to", StringComparison.Ordinal)
        || text.Contains("versus", StringComparison.Ordinal));

    // "SWVP provides substantial improvements over CSP", "BHT-BP has advantages over CS-BP which …", "the advantages of
    // DL-SPFI over the original SPF basis": the short forms a win is claimed over, when they end the noun phrase (not
    // "improvements over OOV words", "over the ILSVRC 2014 winner", nor a citation key: "improvement over \cite{MV80}").
    [GeneratedRegex(@"\b(?:improvements?|advantages?|superiority|gains?) (?:of (?:the )?(?:proposed )?[A-Z][\w-]* )?(?:over|upon) (?:(?:the|standard|conventional|original|classic|classical|basic|plain|vanilla|traditional|existing|state-of-the-art|well-known|popular) ){0,2}(?![A-Z]{2,4}\d\d(?![\w-]))(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+){0,2})(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?))*(?=\s*[,.;:)]|\s+(?:in|on|for|by|with|when|while|which|that|as|at|to|basis|algorithm|method|approach|scheme)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ImprovementOver();

    private static bool ListsInBrackets(string text) =>
        text.Contains("s (", StringComparison.Ordinal) && (text.Contains("methods (", StringComparison.Ordinal) || text.Contains("algorithms (", StringComparison.Ordinal)
        || text.Contains("approaches (", StringComparison.Ordinal) || text.Contains("techniques (", StringComparison.Ordinal) || text.Contains("baselines (", StringComparison.Ordinal)
        || text.Contains("schemes (", StringComparison.Ordinal) || text.Contains("classifiers (", StringComparison.Ordinal) || text.Contains("solvers (", StringComparison.Ordinal));

    private static bool JudgesResults(string text) =>
        text.Contains(" of ", StringComparison.Ordinal) && (text.Contains("that of", StringComparison.Ordinal) || text.Contains("those of", StringComparison.Ordinal)
        || text.Contains("results", StringComparison.Ordinal) || text.Contains("erformance of", StringComparison.Ordinal) || text.Contains("ccuracy of", StringComparison.Ordinal)
        || text.Contains("fficiency of", StringComparison.Ordinal));

    // "outperforms the existing radius-margin based SVMs, e.g., RMM, R-SVM+ and …": the short forms a comparison lists
    // after "e.g." or "such as", or after a colon that ends a plural kind ("compared with other well known algorithms: DE, PGA").
    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|better than|superior to|[Cc]ompar(?:ed|ing) (?:to|with)|surpass(?:es|ed|ing)?)\b[^.;]{0,80}?(?:e\.g\.,?|such as|including|(?:algorithms|methods|approaches|techniques|baselines|heuristics|solvers|classifiers|systems):)\s+(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?)(?=[\s,)])(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?)(?=[\s,.;)])|[A-Za-z][\w\-+{}\\]*))*", RegexOptions.CultureInvariant)]
    private static partial Regex ListedAfterComparison();

    // "outperforms the deterministic algorithm K2", "compared to the state-of-the-art algorithm IMM [20]", "better than the
    // traditional heuristics EA-SAW", "in comparison with the commercial solver CPLEX": the name set after the technique's
    // noun. It must look like a name (a second capital or a digit: not "the system Hamiltonian") and end the phrase.
    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|(?:better|faster|more accurate|more efficient) than|superior to|[Cc]ompar(?:ed|ing|ison) (?:to|with)|competitive with|comparable to|on par with|surpass(?:es|ed|ing)?|improvements? over)\s+the\s+(?:(?:[a-z][a-z-]+|state-of-the-art)\s+){0,3}(?:algorithm|method|heuristic|solver|system|classifier|approach|technique|scheme|baseline|tool|package|software|learner|model)s?\s+(?<name>[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?)(?:(?:,\s*|,?\s+(?:and|or)\s+)(?<name>[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?))*(?=\s*[,.;:)\[]|\s+(?:in|on|for|by|with|when|and|while|which|that|as|at|to)\b|$)(?!\s+et\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveAfterComparison();

    // "We compared DAPIEN to the commonly used Bootstrap method", "we compare LHR with the benchmark … (PCP) method": the
    // short form a paper compares with something is a technique too.
    [GeneratedRegex(@"\b[Cc]ompare[sd]?\s+(?:the\s+)?(?:proposed\s+)?(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?)\s+(?:to|with|against|and)\s", RegexOptions.CultureInvariant)]
    private static partial Regex CompareSubject();

    // "Compared to GT, SGC sufficiently exploits …", "Compared with the reference algorithms, ZAP demonstrates …": the
    // short form a sentence opening with its comparison goes on with is what is compared.
    [GeneratedRegex(@"(?:^|[.!?]\s+)(?:When\s+|As\s+)?[Cc]ompared (?:to|with)\b[^.;]{1,120}?,\s+(?:the\s+)?(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?)\s+(?!of\b|and\b|or\b)[a-z]", RegexOptions.CultureInvariant)]
    private static partial Regex FrontedComparisonSubject();

    // "GCGM is compared to MCMC", "The accuracy and speed of GCGM inference is compared to the MCMC and MAP methods": the
    // short form a passive of comparison takes as its subject.
    [GeneratedRegex(@"(?<![\w-])(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?)(?: (?:inference|algorithm|method|approach|model|scheme|technique))? (?:is|was|are|were|has been|have been) (?:[a-z]+ly )?compared (?:to|with|against)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PassiveCompareSubject();

    // "EG remains optimal and strictly outperforms GD" has its object; "TSDT does significantly better than", "SPC
    // consistently outperforms", "XAIC and FAIC predictively outperform", "MLP-ABC performance is better than", "DD and SCOMP
    // far outperform COMP", "the CL paradigm outperforms the IL paradigm": a short form right before the comparison (or before
    // a technique's noun and the verb), or two joined by "and", is its subject.
    [GeneratedRegex(@"(?<![\w-])(?:(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?),? and )?(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?) (?:(?:performance|accuracy) (?=is|was))?(?:(?:algorithm|method|approach|paradigm|scheme|technique|heuristic|classifier) (?=[a-z]+ly |outperform|surpass|beats))?(?:(?:[a-z]+ly|also|further|even|often|always|far) )?(?:outperform|outperforms|outperformed|surpass|surpasses|surpassed|beats|(?:is|are|was|were|performs|perform|does|do|(?:is|are|was|were) (?:found|shown|proven|proved) to be) (?:\w+ )?(?:better|faster|superior|more accurate)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BeforeComparison();

    // "compared with representative methods (ELM, OP-ELM, GASEN-ELM, GASEN-BP and E-GASEN)", "outperforms state-of-the-art
    // interactive image segmentation methods (Grabcut, MILCut, One-Cut …)": the short forms a parenthesis lists right after
    // the plural technique noun a comparison names.
    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?|better than|superior to|[Cc]ompar(?:ed|ing) (?:to|with)|surpass(?:es|ed|ing)?)\s+[^.;()]{0,80}?\b(?:methods|algorithms|approaches|techniques|baselines|schemes|classifiers|solvers) \((?:(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)*)|[A-Za-z][\w\-+{}\\$^]*)(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)*)(?=[\s,)])|[A-Za-z][\w\-+{}\\$^]*))*\)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAfterComparison();

    // "illustrate the advantages of AMOP over CoSaMP", "the gain of RANC over RLNC": a noun of advantage sets the short form
    // it belongs to against the one after "over"; both are techniques.
    [GeneratedRegex(@"\b(?:advantages?|superiority|gains?|speed-?ups?|benefits?) of (?:the )?(?:proposed )?(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?) (?:over|compared (?:to|with)|relative to|in comparison (?:to|with)|versus) (?:the )?(?:(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?)|[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?=[\s,.;:)]|$)(?!\s+(?:methods|algorithms|models|approaches|schemes|implementations|based|baselines)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NominalComparison();

    // "the performance of DQRRR is better than RR", "the accuracy of the proposed SG-ELM is comparable to that of …": the
    // short form whose results a comparison judges.
    [GeneratedRegex(@"\b(?:[Pp]erformance|[Aa]ccuracy|[Rr]esults?|[Ee]fficiency) of (?:the )?(?:proposed )?(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?) (?:is|are|was|were) (?:[a-z]+ly )?(?:comparable|better|superior|competitive|similar|higher|faster)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResultsOfSubject();

    // "superior to that of PFS", "comparable with those of DECC-G and MLCC": the short form whose results are the measure.
    [GeneratedRegex(@"\b(?:better|faster|higher|lower|more accurate|superior|comparable|competitive|similar|on par)(?: to| with| than)? (?:that|those|the results?|the performance) (?:of|obtained by|achieved by) (?:the )?(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?)(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?))*(?=\s*[,.;:)]|\s+(?:in|on|for|by|with|when|and|while|which|that|as|at|to|if|but)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ThatOfObject();

    // The names must end the noun phrase: "than SPC," or "than SPC and LMS", not "than GPU implementations". A coined
    // name in the list ("the PCANet, LDANet, MPCA + LDA, and MLDA") carries it on; only the short forms are new.
    [GeneratedRegex(@"\b(?:outperform(?:s|ed|ing)?(?: than)?|(?:better|faster|higher|lower|more accurate|more efficient|more (?:robust|powerful|stable|scalable|effective|reliable|precise)|more accurate [a-z]+|(?:a |the )?better choice|(?:smaller|lower|less|fewer) (?:[a-z]+ )?(?:demands?|complexity|costs?|overheads?|requirements?|errors?|memory|time)) than|superior to|[Cc]ompared (?:to|with)|competitive with|comparable to|on par with|surpass(?:es|ed|ing)?|versus)\s+(?:(?:its|their) (?:predecessors?|counterparts?|competitors?|rivals?),\s+)?(?:(?:the|both|standard|conventional|original|classic|classical|basic|plain|vanilla|traditional|existing|state-of-the-art|well-known|popular)\s+){0,2}(?:(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+){0,2})|(?<coined>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*))(?:(?:,\s*|,?\s+(?:and|or)\s+|\s+\+\s+)(?:the\s+)?(?:(?<name>[A-Z][A-Z0-9]{1,7}(?:-[A-Za-z0-9]+)?)|(?<coined>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)))*(?=[\s,.;:)]|$)(?!\s+[a-z]+(?:s|ing|ed)?\s+(?:methods|algorithms|models|approaches|schemes|implementations)\b)(?!\s+(?:methods|algorithms|models|approaches|schemes|implementations|based|baselines)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AfterComparison();
}
