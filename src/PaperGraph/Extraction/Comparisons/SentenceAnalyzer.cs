using System.Text.RegularExpressions;
using PaperGraph.Domain;

namespace PaperGraph.Extraction.Comparisons;

/// <summary>
/// Finds the comparison claims of one tokenised sentence: for each cue word, the construction it starts,
/// its subject on the left (skipping names inside prepositional phrases, resolving "we"/"our method"), its
/// coordinated objects on the right, and whether it is negated or hedged. One instance serves the sentences
/// of one paper in turn; it is not shared between threads.
/// </summary>
internal sealed partial class SentenceAnalyzer
{
    private const int MaxObjectTokens = 32;

    private readonly string _text;
    private readonly IReadOnlyList<EntityMention> _mentions;
    private readonly string? _proposedKey;
    private readonly EntityType? _proposedType;
    private readonly bool _group;
    private readonly List<SubjectCandidate> _candidates = new(16);
    private readonly List<int> _objects = new(8);
    private List<SentenceToken> _t = [];
    private List<ClaimDraft> _claims = [];
    private int _firstDraft;
    private bool[] _used = new bool[64];

    // With group set, proposedKey stands for the two or three entities a paper proposes together: only a plural
    // self-reference ("the proposed alignment methods", "both algorithms") resolves to it, never "we", "it" or "our method".
    public SentenceAnalyzer(string text, IReadOnlyList<EntityMention> mentions, string? proposedKey, EntityType? proposedType, bool group = false)
    {
        _text = text;
        _mentions = mentions;
        _proposedKey = proposedKey;
        _proposedType = proposedType;
        _group = group;
    }

    /// <summary>True when a subject of the last analysed sentence was taken up from the sentence before ("These algorithms …").</summary>
    public bool TookUpNamesBefore { get; private set; }

    /// <summary>Appends the claims of the sentence to <paramref name="claims"/>.</summary>
    public void Analyze(List<SentenceToken> tokens, List<ClaimDraft> claims)
    {
        _t = tokens;
        _claims = claims;
        TookUpNamesBefore = false;
        var first = claims.Count;
        _firstDraft = first;
        if (_used.Length < tokens.Count)
        {
            _used = new bool[tokens.Count * 2];
        }

        Array.Clear(_used, 0, tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && !_used[i])
            {
                var cue = CueAt(i);
                if (cue != Cue.None)
                {
                    OnCue(i, cue, first);
                }
            }
            else if (IsPunct(i, '%'))
            {
                OnFraction(i);
            }
        }
    }

    private void OnCue(int i, Cue cue, int firstOfSentence)
    {
        switch (cue)
        {
            case Cue.Outperform:
                OnOutperform(i);
                break;
            case Cue.Underperform:
                Emit(i, i + 1, ComparisonOutcome.Outperforms, reversed: true);
                break;
            case Cue.ImproveOver:
                if (Is(i + 1, "over") || Is(i + 1, "upon") || (Is(i + 1, "on") && !IsNoun(i)))
                {
                    Emit(i, i + 2, ComparisonOutcome.Outperforms);
                }
                else if (IsNoun(i) && (Is(i + 1, "in") || Is(i + 1, "of")) && OverAfterMeasures(i + 1) is var gainOver && gainOver > 0)
                {
                    // "a 5% improvement in accuracy over SVM", "up to 20% improvement in F1-measure over Random Forests": the
                    // measure gained, then the one it was gained over.
                    Emit(i, gainOver + 1, ComparisonOutcome.Outperforms);
                }
                else if (StartsWith(i, "improv") && !IsNoun(i) && !Is(i - 1, "to") && MeasureProducedBy(i + 1))
                {
                    // "The proposed approach improves the mean averaged precision obtained by RCNN": the measure a name
                    // reached, improved, is a win over that name.
                    Emit(i, i + 1, ComparisonOutcome.Outperforms);
                }
                else if (StartsWith(i, "improv") && !IsNoun(i) && !Is(i - 1, "to") && IsPossessivePerformance(i + 1))
                {
                    OnImprovesPossessive(i);
                }
                else if (StartsWith(i, "improv") && !IsNoun(i) && OverAfterMeasures(i) is var over && over > 0)
                {
                    // "UltraSemiNet improves overlap and boundary metrics over a calibrated CPS baseline".
                    Emit(i, over + 1, ComparisonOutcome.Outperforms);
                }
                else if (IsNoun(i) && Is(i + 1, "of"))
                {
                    // "the advantages of DL-SPFI over the original SPF basis": as "the superiority of X over Y".
                    OnSuperiority(i);
                }

                break;
            case Cue.Comparative:
                OnComparative(i, worse: false);
                break;
            case Cue.WorseComparative:
                OnComparative(i, worse: true);
                break;
            case Cue.Lag:
                if (Is(i + 1, "behind"))
                {
                    Emit(i, i + 2, ComparisonOutcome.Outperforms, reversed: true);
                }

                break;
            case Cue.FallShort:
                if (Is(i + 1, "short") && Is(i + 2, "of"))
                {
                    Emit(i, i + 3, ComparisonOutcome.Outperforms, reversed: true);
                }

                break;
            case Cue.ComparableTo:
            case Cue.Competitive:
                OnParityAdjective(i, firstOfSentence);
                break;
            case Cue.Par:
                if (Is(i - 1, "on") || Is(i - 1, "at") || (Is(i - 1, "a") && Is(i - 2, "on")))
                {
                    OnParityAdjective(i, firstOfSentence);
                }

                break;
            case Cue.ParityVerb:
                OnParityVerb(i, firstOfSentence);
                break;
            case Cue.Similar:
                OnSimilar(i, firstOfSentence);
                break;
            case Cue.ReachOf:
                OnReachOf(i, firstOfSentence);
                break;
            case Cue.Compare:
                OnCompare(i);
                break;
            case Cue.Comparison:
                if (Is(i, "comparative"))
                {
                    // "A comparative analysis has also been carried out among proposed MSDE and original DE".
                    if (Is(i + 1, "analysis") || Is(i + 1, "study") || Is(i + 1, "evaluation"))
                    {
                        OnPairwise(i, PairAfter(i + 2));
                    }
                }
                else if ((Is(i + 1, "to") || Is(i + 1, "with")) && (Is(i - 1, "in") || Is(i - 1, "by")))
                {
                    OnRelative(i, i + 2);
                }
                else if (Is(i + 1, "of") || Is(i + 1, "between"))
                {
                    OnPairwise(i, i + 2);
                }
                else
                {
                    // "a comparison is carried out between our criterion and expected improvement".
                    OnPairwise(i, PairAfter(i + 1));
                }

                break;
            case Cue.Versus:
                OnVersus(i);
                break;
            case Cue.Contrast:
                // "the performance similarity of X and Y", "the accuracy gap between X and Y"; a bare "similarity
                // between X and Y" is about the things themselves (representations, outputs), not how well they do.
                if (IsMeasure(i - 1) && (Is(i + 1, "of") || Is(i + 1, "between")))
                {
                    OnPairwise(i, i + 2);
                }

                break;
            case Cue.Relative:
                if (Is(i + 1, "to"))
                {
                    OnRelative(i, i + 2);
                }

                break;
            case Cue.Preferred:
                if (Is(i + 1, "over") || Is(i + 1, "to"))
                {
                    Emit(i, i + 2, ComparisonOutcome.Outperforms);
                }

                break;
            case Cue.Superiority:
                OnSuperiority(i);
                break;
            case Cue.Fraction:
                OnFraction(i);
                break;
            case Cue.AsGoodAs:
                if (Is(i - 1, "as") && AsGoodOrBetter(i) is var than and > 0)
                {
                    // "performs as well as or better than SVM", "just as well or slightly better than": parity, not a win.
                    _used[than - 1] = true;
                    Emit(i, than + 1, ComparisonOutcome.Comparable);
                }
                else if (Is(i - 1, "as") && Is(i + 1, "as") && (Is(i - 2, "twice") || Is(i - 2, "thrice") || (Is(i - 2, "times") && (IsNumberWord(i - 3) || SpelledMultiples.Contains(Span(i - 3))))))
                {
                    // "Sector is about twice as fast as Hadoop", "up to three times as fast as the Masstree": a multiple wins.
                    Emit(i, i + 2, ComparisonOutcome.Outperforms);
                }
                else if (Is(i - 1, "as") && Is(i + 1, "as") && ((!Is(i, "well") && !Is(i, "fast")) || StartsWith(i - 2, "perform")))
                {
                    // "as good as", "allows IPOP-saACM-ES to be as robust as the original IPOP-aCMA-ES": a quality one wants, on a par.
                    Emit(i, i + 2, ComparisonOutcome.Comparable);
                }

                break;
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpelledMultiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "as well as or better than", "as good or even better than": the "than" that closes the pair, or -1.
    private int AsGoodOrBetter(int i)
    {
        var j = Is(i + 1, "as") ? i + 2 : i + 1;
        if (!Is(j, "or"))
        {
            return -1;
        }

        j++;
        while (j < _t.Count && j <= i + 6 && (Has(j, WordClass.Adverb) || Is(j, "slightly")))
        {
            j++;
        }

        return Is(j, "better") && Is(j + 1, "than") ? j + 1 : -1;
    }

    private void OnOutperform(int i)
    {
        // "matches or outperforms", "outperforms or matches": parity, with the objects after the last verb.
        if (Is(i - 1, "or") && CueAt(i - 2) == Cue.ParityVerb)
        {
            return;
        }

        if (Is(i + 1, "or") && CueAt(i + 2) == Cue.ParityVerb)
        {
            _used[i + 2] = true;
            Emit(i, i + 3, ComparisonOutcome.Comparable);
            return;
        }

        // "Y is outperformed by X": X wins.
        var be = i - 1;
        while (be >= 0 && Has(be, WordClass.Adverb) && !IsBe(be))
        {
            be--;
        }

        if (IsBe(be) && Is(i + 1, "by"))
        {
            Emit(i, i + 2, ComparisonOutcome.Outperforms, reversed: true);
            return;
        }

        // "FAN outperforms than GFAN, NB, GTAN and TAN", "outperforms over Memetic ABC (MeABC)": a stray word after the verb.
        Emit(i, Is(i + 1, "than") || Is(i + 1, "over") ? i + 2 : i + 1, ComparisonOutcome.Outperforms, leadingQualifier: true);
    }

    // "the accuracy obtained by", "the mean averaged precision achieved by": a measure, of one to three words, a name
    // reached.
    private bool MeasureProducedBy(int k) => MeasureProducedByEnd(k) > k;

    // The token after "by", or k when there is no such phrase at k.
    private int MeasureProducedByEnd(int k)
    {
        if (!Is(k, "the"))
        {
            return k;
        }

        for (var n = k + 1; n <= k + 3 && n < _t.Count; n++)
        {
            if (IsMeasure(n) || Has(n, WordClass.OfObject) || Is(n, "precision") || Is(n, "recall") || Is(n, "error") || Is(n, "rate"))
            {
                return Has(n + 1, WordClass.Producing) && Is(n + 2, "by") ? n + 3 : k;
            }

            if (_t[n].Kind != TokenKind.Word || !char.IsLower(Span(n)[0]) || Has(n, WordClass.Producing) || Is(n, "of"))
            {
                return k;
            }
        }

        return k;
    }

    // "Y's performance", "Y’s accuracy": a name in the possessive followed by what is measured.
    private bool IsPossessivePerformance(int k) =>
        k < _t.Count && _t[k].Kind == TokenKind.Entity && (IsPunct(k + 1, '\'') || IsPunct(k + 1, '’')) && Is(k + 2, "s")
        && IsMeasure(k + 3);

    // "SMS … substantially improves IMP's performance": a technique that improves on another of its kind wins over it.
    // Only between names of the same type: "dropout improves BERT's accuracy" adds a technique to a model, no contest.
    private void OnImprovesPossessive(int cue)
    {
        var subjects = FindSubject(cue, IsParticiple(cue), out var conditional);
        if (conditional || subjects.Count == 0 || IsNegated(cue, subjects[^1].Token + 1))
        {
            return;
        }

        var o = _mentions[_t[cue + 1].Mention];
        var hedged = IsHedged(subjects[0].Token, Math.Min(_t.Count, cue + 6));
        foreach (var s in subjects)
        {
            if (s.Type == o.Type)
            {
                AddTyped(s, cue + 1, ComparisonOutcome.Outperforms, cue, s.Token, cue + 4, reversed: false, hedged);
            }
        }
    }

    private void OnComparative(int i, bool worse)
    {
        // "on par or better than", "comparable or superior to": parity, not a win.
        // "comparable to or even better than": the parity word before its own preposition. "on par with or often better
        // accuracy performance than PCANet", "competitive or significantly faster than WHCA*": an adverb of frequency or
        // degree before the comparative changes nothing.
        var c = Is(i - 1, "often") || Is(i - 1, "sometimes") || Is(i - 1, "usually") || Is(i - 1, "mostly") || IsDegree(i - 1) ? i - 1 : i;
        var parity = (Is(c - 1, "or") || Is(c - 1, "and") || Is(c - 1, "even")) && c >= 2 && (Has(c - 2, WordClass.Parity) || Has(c - 3, WordClass.Parity)
            || (Is(c - 2, "or") || Is(c - 3, "or")) && (Has(c - 4, WordClass.Parity) && (Is(c - 3, "to") || Is(c - 3, "with")) || Has(c - 5, WordClass.Parity) && (Is(c - 4, "to") || Is(c - 4, "with"))));
        // "offers nearly the same or a slightly better performance than SMX", "the same or better accuracy than": parity too.
        var b = Is(c - 1, "a") || Is(c - 1, "an") ? c - 2 : c - 1;
        parity |= Is(b, "or") && Is(b - 1, "same") && Is(b - 2, "the");
        if (Is(i + 1, "or") && Has(i + 2, WordClass.Parity))
        {
            return;
        }

        if (worse && Is(i, "weaker") && (IsRequirement(i + 1) || IsRequirement(i + 2)))
        {
            // "modified-PCP requires significantly weaker incoherence assumptions than PCP": needing less is no loss; a
            // claim about assumptions is no result either, so the sentence gives none.
            worse = false;
        }

        if (Is(i, "less") && (Is(i - 1, "no") || Is(i - 1, "not")) || Is(i, "slower") && IsGrowth(i - 1))
        {
            // "no less accurate than" is parity at best; "the regret grows slower than" is a gain, not a loss.
            return;
        }

        // "SVM is less accurate than AdaBoost": less of a quality one wants is a loss, as "worse" is.
        worse |= Is(i, "less") && IsComparedQuality(i + 1);
        var superior = Is(i, "superior") || Is(i, "inferior");
        var favourable = worse || Is(i, "better") || Is(i, "stronger") || Is(i, "faster") || superior;
        var noun = -1;
        var reach = i + 7;
        for (var k = i + 1; k < _t.Count && k <= reach; k++)
        {
            if (k > i + 1 && IsParenthetical(k, out var close) && (Is(close + 1, "than") || (superior && Is(close + 1, "to"))))
            {
                // "give better results (smaller mean squared error and …) than standard GP regression": an aside on the measure.
                reach += close - k + 1;
                k = close;
                continue;
            }

            if (Is(k, "than") || (superior && (Is(k, "to") || Is(k, "over"))))
            {
                if (Is(k, "than") && (Is(k - 1, "rather") || Is(k - 1, "other")))
                {
                    return;
                }

                if (!favourable && !IsFavourableMeasure(i, noun < 0 ? MeasureBefore(i) : noun))
                {
                    return;
                }

                Emit(i, k + 1, parity ? ComparisonOutcome.Comparable : ComparisonOutcome.Outperforms, reversed: worse && !parity);
                return;
            }

            if (_t[k].Kind == TokenKind.Punct || Has(k, WordClass.Boundary) || (_t[k].Kind == TokenKind.Entity && _mentions[_t[k].Mention].Type != EntityType.Metric))
            {
                return;
            }

            // "higher classification accuracy than PCANet": after a bare "higher" or "lower", the measure among the words, else the
            // first of them ("more accurate results" keeps "accurate"; a "learning rate" is a setting, not a result).
            // "lower computational cost than": a measure whose direction is known, after the words that qualify it.
            noun = noun < 0 || (!IsMeasure(noun) && !IsLowerBetter(noun) && (IsMeasure(k) || IsLowerBetter(k)) && !Is(i, "more") && !Is(i, "less") && !Is(k - 1, "learning")) ? k : noun;
        }
    }

    // "grows slower than", "the error decreases slower than": a rate of something one wants small.
    private bool IsGrowth(int k)
    {
        k = IsAdverbial(k) ? k - 1 : k;
        return StartsWith(k, "grow") || StartsWith(k, "increas") || StartsWith(k, "scal");
    }

    // "learns classifiers with error rates much less than conventional SVMs": the measure right before a comparative that
    // has none after it, past a word of degree; or -1.
    private int MeasureBefore(int cue)
    {
        var b = cue - 1;
        if (IsDegree(b) || Is(b, "far"))
        {
            b--;
        }

        return b >= 0 && (_t[b].Kind == TokenKind.Word || _t[b].Kind == TokenKind.Entity && _mentions[_t[b].Mention].Type == EntityType.Metric) && (IsMeasure(b) || IsLowerBetter(b)) ? b : -1;
    }

    // "much", "significantly", "slightly": a word of degree before a comparative.
    private bool IsDegree(int k) => Is(k, "much") || Is(k, "significantly") || Is(k, "considerably") || Is(k, "substantially") || Is(k, "slightly");

    private bool IsMeasure(int k) => Has(k, WordClass.PerformanceNoun) || IsMetric(k);

    private bool IsRequirement(int k) => Is(k, "assumptions") || Is(k, "conditions") || Is(k, "requirements");

    // "higher accuracy than", "lower perplexity than", "more memory-efficient than": favourable only for a
    // measure whose direction is known; "higher memory than" or "more parameters than" is no win.
    private bool IsFavourableMeasure(int cue, int noun)
    {
        if (noun < 0)
        {
            return false;
        }

        var lowerIsBetter = IsLowerBetter(noun);
        if (Is(cue, "higher") || Is(cue, "greater"))
        {
            return !lowerIsBetter && IsMeasure(noun);
        }

        if (Is(cue, "lower") || Is(cue, "smaller"))
        {
            return lowerIsBetter;
        }

        if (Is(cue, "more"))
        {
            return IsComparedQuality(noun);
        }

        // "requires less memory than": less of what one wants low.
        return Is(cue, "less") && lowerIsBetter;
    }

    // "more accurate", "less efficient": a quality whose more is better.
    private bool IsComparedQuality(int k)
    {
        var w = Span(k);
        return w.EndsWith("efficient", StringComparison.OrdinalIgnoreCase) || w.Equals("accurate", StringComparison.OrdinalIgnoreCase)
            || w.Equals("robust", StringComparison.OrdinalIgnoreCase) || w.Equals("effective", StringComparison.OrdinalIgnoreCase)
            || w.Equals("stable", StringComparison.OrdinalIgnoreCase) || w.Equals("scalable", StringComparison.OrdinalIgnoreCase)
            || w.Equals("expressive", StringComparison.OrdinalIgnoreCase) || w.Equals("reliable", StringComparison.OrdinalIgnoreCase)
            || w.Equals("faithful", StringComparison.OrdinalIgnoreCase) || w.Equals("powerful", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsLowerBetter(int k)
    {
        // A metric's name of several words ("error rate", "bit error rate") is lower-better by any of its words.
        var span = Span(k);
        foreach (var range in span.Split(' '))
        {
            var w = span[range];
            foreach (var s in (ReadOnlySpan<string>)["perplexity", "error", "errors", "loss", "latency", "WER", "CER", "FID", "PPL", "cost", "costs", "memory", "overhead", "runtime", "HD95", "Hausdorff", "ASSD",
                "miss", "misclassification", "outage", "blocking", "complexity", "demands"])
            {
                if (w.Equals(s, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void OnParityAdjective(int i, int firstOfSentence)
    {
        // comparable/competitive/on par [or better] [performance] to|with|against|than X.
        if (Is(i - 1, "as") && Is(i + 1, "as"))
        {
            // "C-HiSLR performs as competitive as the Sparse Representation based Classification (SRC)".
            Emit(i, i + 2, ComparisonOutcome.Comparable, inheritFrom: firstOfSentence);
            return;
        }

        for (var k = i + 1; k < _t.Count && k <= i + 5; k++)
        {
            if (Is(k, "to") || Is(k, "with") || Is(k, "against") || (Is(k, "than") && HasComparativeBetween(i, k)))
            {
                // "comparable to or even better than PLDA": the object follows the comparative's "than".
                var than = Is(k + 1, "or") ? Enumerable.Range(k + 2, 3).FirstOrDefault(j => j < _t.Count && Is(j, "than") && HasComparativeBetween(k, j)) : 0;
                Emit(i, (than > 0 ? than : k) + 1, ComparisonOutcome.Comparable, inheritFrom: firstOfSentence);
                return;
            }

            if (_t[k].Kind == TokenKind.Punct || Has(k, WordClass.Boundary) || Has(k, WordClass.ObjectStop))
            {
                break;
            }
        }

        if (QualifiesOtherNoun(i))
        {
            // "capture compact representation and competitive information": no result is on par.
            return;
        }

        // "highly competitive prediction performance" praises; "comparable results" pairs.
        if (!(CueAt(i) is Cue.ComparableTo or Cue.Par && MutualParity(i)))
        {
            Emit(i, -1, ComparisonOutcome.Comparable, inheritFrom: firstOfSentence);
        }
    }

    // "both DT and ML yield comparable results", "SVM and CART perform similarly": with no object, parity between the
    // coordinated subjects, the first named against each of the others.
    private bool MutualParity(int cue)
    {
        if (Is(cue + 1, "to") || Is(cue + 1, "with") || Is(cue + 1, "than"))
        {
            return false;
        }

        var subjects = FindSubject(cue, participle: false, out var conditional);
        if (conditional || subjects.Count < 2 || IsNegated(cue, subjects[^1].Token + 1) || subjects.Exists(s => _t[s.Token].Kind != TokenKind.Entity))
        {
            return false;
        }

        var hedged = IsHedged(subjects[0].Token, Math.Min(_t.Count, cue + 6));
        for (var k = 1; k < subjects.Count; k++)
        {
            AddTyped(subjects[0], subjects[k].Token, ComparisonOutcome.Comparable, cue, subjects[0].Token, cue + 1, reversed: false, hedged);
        }

        return true;
    }

    // "comparable or better than": "than" needs a comparative of its own ("a looser competitive ratio than" is no parity).
    private bool HasComparativeBetween(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (CueAt(k) is Cue.Comparative or Cue.WorseComparative)
            {
                return true;
            }
        }

        return false;
    }

    private void OnParityVerb(int i, int firstOfSentence)
    {
        if (Is(i + 1, "or") && CueAt(i + 2) is Cue.Outperform)
        {
            _used[i + 2] = true;
            Emit(i, i + 3, ComparisonOutcome.Comparable);
            return;
        }

        if (Is(i - 1, "or") && CueAt(i - 2) is Cue.Outperform)
        {
            return;
        }

        // "pattern matching", "a match": a noun, not the verb.
        if (i > 0 && _t[i - 1].Kind == TokenKind.Word && !(Has(i - 1, WordClass.Adverb) || Has(i - 1, WordClass.Boundary)
            || Has(i - 1, WordClass.Coordinator) || Has(i - 1, WordClass.NounTail) || Has(i - 1, WordClass.SelfHead) || Has(i - 1, WordClass.Pronoun)
            || Has(i - 1, WordClass.Negator) || Has(i - 1, WordClass.Hedge) || Is(i - 1, "to") || Is(i - 1, "even")
            || (Has(i - 1, WordClass.PerformanceNoun) && Span(i).EndsWith("ing", StringComparison.Ordinal))))
        {
            return;
        }

        // "rivaling (or even outperforming) that of …": the aside qualifies the verb; the object follows it.
        var objStart = i + 1;
        if (IsParenthetical(objStart, out var close) && Is(objStart + 1, "or"))
        {
            objStart = close + 1;
        }

        Emit(i, objStart, ComparisonOutcome.Comparable, inheritFrom: firstOfSentence);
    }

    // "reaches the accuracy of LoRA", "attains the performance of GPT-4": parity with the named owner. A share first
    // ("reaches 95% of the accuracy of") is no parity. "Retains the accuracy of LLaMA-7B" is not here: a method applied
    // to a model keeps that model's accuracy, it does not compete with it.
    private void OnReachOf(int i, int firstOfSentence)
    {
        var k = i + 1;
        if (Is(k, "the") || Is(k, "its"))
        {
            k++;
        }

        var measured = false;
        while (k < _t.Count && k <= i + 5 && (IsMeasure(k) || (_t[k].Kind == TokenKind.Word && !measured && char.IsLower(_text[_t[k].Start]) && !Has(k, WordClass.Preposition))))
        {
            measured |= IsMeasure(k);
            k++;
        }

        if (measured && Is(k, "of"))
        {
            Emit(i, k + 1, ComparisonOutcome.Comparable, inheritFrom: firstOfSentence);
        }
    }

    private void OnSimilar(int i, int firstOfSentence)
    {
        // "similar performance to X", "performance similar to X", "performs similarly to X"; not "Similar to X, we …".
        var performance = i > 0 && (Has(i - 1, WordClass.PerformanceNoun) || StartsWith(i - 1, "perform"));
        for (var k = i + 1; k < _t.Count && k <= i + 4; k++)
        {
            // "SGS can reach similar perplexity as CGS": after the measure, "as" stands for "to".
            if (Is(k, "to") || Is(k, "with") || (Is(k, "as") && performance && k > i + 1))
            {
                if (performance)
                {
                    Emit(i, k + 1, ComparisonOutcome.Comparable, inheritFrom: firstOfSentence);
                }

                return;
            }

            if (IsMeasure(k))
            {
                performance = true;
                continue;
            }

            if (_t[k].Kind != TokenKind.Word || Has(k, WordClass.Boundary))
            {
                break;
            }
        }

        // "SVM and CART perform similarly.", "… give similar results.": no object, so the subjects are on par with each other.
        if (performance || (i + 1 < _t.Count && IsMeasure(i + 1)))
        {
            MutualParity(i);
        }
    }

    private void OnCompare(int i)
    {
        if (Is(i + 1, "favorably") || Is(i + 1, "favourably"))
        {
            if (Is(i + 2, "to") || Is(i + 2, "with") || Is(i + 2, "against"))
            {
                Emit(i, i + 3, ComparisonOutcome.Outperforms);
            }

            return;
        }

        if (Is(i + 1, "to") || Is(i + 1, "with") || Is(i + 1, "against"))
        {
            OnRelative(i, i + 2);
            return;
        }

        // "we compare X with/to/against/and Y", "comparing X versus Y".
        OnPairwise(i, i + 1);
    }

    // The first side after "between"/"among", past a verb of doing the comparison ("is carried out", "has also been
    // performed"); past the sentence when there is none (no pair).
    private int PairAfter(int k)
    {
        while (k < _t.Count && _t[k].Kind == TokenKind.Word && ComparisonDone.Contains(Span(k)))
        {
            k++;
        }

        return Is(k, "between") || Is(k, "among") || Is(k, "amongst") ? k + 1 : _t.Count;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComparisonDone = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "has", "have", "been", "be", "also", "then", "further", "finally", "carried", "out", "performed", "made", "done",
        "conducted", "drawn", "presented", "given", "provided", "undertaken",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // X versus Y; comparison of X and Y; we compare X with Y: the first named side is the subject.
    private void OnPairwise(int cue, int from)
    {
        var first = -1;
        for (var k = from; k < _t.Count && k <= from + 6; k++)
        {
            if (_t[k].Kind == TokenKind.Entity || IsSelfHeadAfterDeterminer(k) || (Is(k, "it") && k == from))
            {
                first = k;
                break;
            }

            if (_t[k].Kind == TokenKind.Punct || Has(k, WordClass.Boundary) || ((Is(k, "with") || Is(k, "to") || Is(k, "against")) && k > from))
            {
                // "compare the features with X": the first side is no name.
                return;
            }
        }

        // "comparison between regions derived using CF and DF": a name inside a phrase is no side.
        if (first < 0 || (_t[first].Kind == TokenKind.Entity && ((IsModifier(first, from) && !(Is(first - 1, "of") && Has(first - 2, WordClass.OfObject))) || IsFragment(first))) || Resolve(first) is not { } subject)
        {
            return;
        }

        var k2 = first + 1;
        while (k2 < _t.Count && k2 <= first + 4 && (Has(k2, WordClass.NounTail) || IsParenthetical(k2, out _)))
        {
            k2 = IsParenthetical(k2, out var close) ? close + 1 : k2 + 1;
        }

        if (!(Is(k2, "with") || Is(k2, "to") || Is(k2, "against") || Is(k2, "and") || Is(k2, "versus") || Is(k2, "vs")))
        {
            return;
        }

        var objStart = Is(k2 + 1, ".") ? k2 + 2 : k2 + 1;
        if (Is(k2, "and") && StartsWith(cue, "compar") && ComparedTogetherWith(objStart))
        {
            // "comparing DC and DMBP decoders with other decoders based on BP": the pair is set against what follows
            // "with", not against each other.
            return;
        }

        if (Is(k2, "with") && AgainstAfter(objStart))
        {
            // "compares the performance of Random Projections with the k-NN classifier against MTD Feature Selection and
            // Random Forest": "with" joins a combination; what it is set against follows "against".
            return;
        }

        // "We compare our approach to MatchNet and DeepCompare and demonstrate the advantages of our descriptor": the paper's
        // own, shown better in the same clause.
        var outcome = subject.Key is not null && subject.Key == _proposedKey && OwnAdvantageShownAfter(objStart) ? ComparisonOutcome.Outperforms : ComparisonOutcome.Compared;
        EmitWith([subject], cue, first, objStart, outcome, reversed: false, hedged: false);
    }

    // ", and demonstrate/show the advantages (superiority) of our …" later in the clause.
    private bool OwnAdvantageShownAfter(int k)
    {
        for (var j = k; j + 5 < _t.Count && !IsPunct(j, ';'); j++)
        {
            if (Is(j, "and") && (StartsWith(j + 1, "demonstrat") || StartsWith(j + 1, "show") || StartsWith(j + 1, "illustrat")) && Is(j + 2, "the")
                && (StartsWith(j + 3, "advantage") || Is(j + 3, "superiority")) && Is(j + 4, "of") && Is(j + 5, "our"))
            {
                return true;
            }
        }

        return false;
    }

    // "against" later in the clause, after the side that follows "with".
    private bool AgainstAfter(int k)
    {
        for (var j = k; j < _t.Count && j <= k + 8; j++)
        {
            if (Is(j, "against"))
            {
                return true;
            }

            if (IsPunct(j, ',') || IsPunct(j, ';') || IsPunct(j, '.') || Has(j, WordClass.Boundary))
            {
                return false;
            }
        }

        return false;
    }

    // The name at k, its head nouns after it, and then "with"/"to"/"against": a second side after "A and".
    private bool ComparedTogetherWith(int k)
    {
        if (k >= _t.Count || _t[k].Kind != TokenKind.Entity)
        {
            return false;
        }

        var j = k + 1;
        while (j < _t.Count && j <= k + 3 && Has(j, WordClass.NounTail))
        {
            j++;
        }

        return Is(j, "with") || Is(j, "against") || (Is(j, "to") && !Is(j + 1, "be"));
    }

    private void OnVersus(int i)
    {
        var left = i - 1;
        while (left >= 0 && Has(left, WordClass.NounTail) && left >= i - 2)
        {
            left--;
        }

        if (left < 0 || _t[left].Kind != TokenKind.Entity || IsModifier(left, ClauseStart(left)) || IsFragment(left))
        {
            return;
        }

        var objStart = Is(i + 1, ".") ? i + 2 : i + 1;
        if (objStart >= _t.Count || _t[objStart].Kind != TokenKind.Entity)
        {
            return;
        }

        var subject = Candidate(left);
        if (subject.Key is null || !Compatible(_mentions[_t[left].Mention].Type, _mentions[_t[objStart].Mention].Type))
        {
            return;
        }

        Add(subject.Key, _mentions[_t[objStart].Mention].Key, ComparisonOutcome.Compared, i, left, objStart + 1, false, [left, objStart]);
    }

    // The "over" after what is improved, when only measures and their coordination stand between ("accuracy and
    // robustness over Y", "the Dice score over Y"); -1 otherwise.
    private int OverAfterMeasures(int i)
    {
        var measure = false;
        var margin = false;
        for (var j = i + 1; j < _t.Count && j <= i + 12; j++)
        {
            if (Is(j, "over"))
            {
                return measure ? j : -1;
            }

            if (IsMetric(j) || Has(j, WordClass.PerformanceNoun) || Is(j, "metrics") || Is(j, "overlap") || Is(j, "robustness") || Is(j, "quality"))
            {
                measure = true;
                continue;
            }

            if (measure && (Is(j, "by") || margin))
            {
                // "improves diagnostic prediction accuracy by an average of 4.5% over ABMIL": the margin before "over".
                margin = true;
                if (!(Is(j, "by") || Is(j, "an") || Is(j, "a") || Is(j, "average") || Is(j, "of") || Is(j, "up") || Is(j, "to") || Is(j, "about")
                    || Is(j, "approximately") || Is(j, "percent") || Is(j, "points") || Is(j, "pp") || IsPunct(j, '%') || IsPunct(j, '+')
                    || IsNumberWord(j)))
                {
                    return -1;
                }

                continue;
            }

            if (!(Is(j, "and") || Is(j, "the") || Is(j, "its") || Is(j, "both") || Is(j, "boundary") || Is(j, "overall") || Is(j, "average")
                || (_t[j].Kind == TokenKind.Word && Span(j).Contains('-') && char.IsLower(_text[_t[j].Start]))
                || Is(j, "segmentation") || Is(j, "classification") || Is(j, "detection") || Is(j, "generation") || Is(j, "reconstruction")
                || Is(j, "diagnostic") || Is(j, "prediction") || Is(j, "predictive") || Is(j, "mean")))
            {
                return -1;
            }
        }

        return -1;
    }

    private void OnSuperiority(int i)
    {
        // "the superiority of X over Y" or "superiority over Y" (subject from the clause).
        if (Is(i + 1, "over"))
        {
            Emit(i, i + 2, ComparisonOutcome.Outperforms);
            return;
        }

        if (!Is(i + 1, "of") || DeniedNoun(i))
        {
            return;
        }

        for (var k = i + 2; k < _t.Count && k <= i + 7; k++)
        {
            // "the superiority of SRC … compared to …", "a significant speed-up of saACM-ES compared to the ACM-ES …", "the
            // outperformance of RAdaBoost comparing with …": the comparison's preposition stands for "over".
            var relative = ((Is(k, "compared") || Is(k, "comparing")) && (Is(k + 1, "to") || Is(k + 1, "with")))
                || (Is(k, "in") && Is(k + 1, "comparison") && (Is(k + 2, "to") || Is(k + 2, "with")));
            if (Is(k, "over") || relative)
            {
                var subj = -1;
                for (var s = i + 2; s < k; s++)
                {
                    if ((_t[s].Kind == TokenKind.Entity && TakesClaims(_mentions[_t[s].Mention].Type)) || IsSelfHeadAfterDeterminer(s))
                    {
                        subj = s;
                        break;
                    }
                }

                if (subj >= 0 && Resolve(subj) is { } subject)
                {
                    var objStart = !relative ? k + 1 : Is(k, "in") ? k + 3 : k + 2;
                    EmitWith([subject], i, subj, objStart, ComparisonOutcome.Outperforms, reversed: false, hedged: false);
                }

                return;
            }
        }
    }

    // "compared to Y", "relative to Y", "in comparison with Y": the outcome comes from how the clause evaluates
    // the subject: favourable words make a win, parity words a tie, otherwise it is a plain comparison.
    // "the effectiveness of our model", "the superiority of the proposed LMEEC": a noun of quality and "of" right before the
    // subject's phrase.
    private bool QualityOfSubject(int subject)
    {
        var k = BeforeSubjectsArticles(subject);
        return Is(k, "of") && (Is(k - 1, "effectiveness") || Is(k - 1, "superiority") || Is(k - 1, "advantages") || Is(k - 1, "advantage") || Is(k - 1, "efficiency"))
            && !Has(k - 2, WordClass.Weakener) && !InPurpose(k - 1);
    }

    // "the error rates of the proposed DC method decreased comparing with …": +1 when the subject's measure moved the way one
    // wants (an error down, an accuracy up), -1 the other way, 0 when the clause says neither.
    private int MeasureOfSubjectChange(int subject, int to)
    {
        var k = BeforeSubjectsArticles(subject);
        if (!Is(k, "of") || k < 1 || !(IsMeasure(k - 1) || IsLowerBetter(k - 1)))
        {
            return 0;
        }

        var lowerIsBetter = IsLowerBetter(k - 1);
        for (var j = subject + 1; j < to && j <= subject + 4; j++)
        {
            var down = StartsWith(j, "decreas") || StartsWith(j, "reduc") || StartsWith(j, "dropp") || StartsWith(j, "declin") || Is(j, "fell");
            var up = StartsWith(j, "increas") || Is(j, "rose") || Is(j, "grew");
            if ((down || up) && !Span(j).EndsWith("ing", StringComparison.Ordinal))
            {
                return down == lowerIsBetter ? 1 : -1;
            }

            if (!(IsBe(j) || (IsAdverbial(j) && !Has(j, WordClass.Preposition)) || Has(j, WordClass.Hedge) || Is(j, "been") || (j == subject + 1 && Has(j, WordClass.SelfHead))))
            {
                return 0;
            }
        }

        return 0;
    }

    // The token before the subject's determiners ("the", "our", "proposed", "new"; up to three): "of" in "the error rates of
    // the proposed DC method".
    private int BeforeSubjectsArticles(int subject)
    {
        var k = subject - 1;
        while (k >= 0 && k >= subject - 3 && (Has(k, WordClass.Determiner | WordClass.SelfDeterminer) || Is(k, "proposed") || Is(k, "new")))
        {
            k--;
        }

        return k;
    }

    // "To prove the superiority of TGSR …, it is also compared with SA": what the comparison is for, not what it found.
    private bool InPurpose(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            if ((Is(j, "To") || Is(j, "to")) && j + 1 < k && PurposeVerbs.Contains(Span(j + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PurposeVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "show", "prove", "demonstrate", "verify", "validate", "evaluate", "assess", "test", "illustrate", "examine", "check",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "L-OBS is an efficient OBS architecture compared to C-OBS", "the effectiveness of our model compared with standard LDA":
    // a plain quality said of the subject before the comparison wins it; after it ("… compared to K-means using an efficient
    // modified performance measure") it is said of something else.
    private bool IsPlainQuality(int k) => Is(k, "efficient") || Is(k, "effective") || Is(k, "effectiveness");

    private void OnRelative(int cue, int objStart)
    {
        var objEnd = ParseObjects(objStart, leadingQualifier: false);
        if (_objects.Count == 0)
        {
            return;
        }

        var objects = _objects.ToArray();
        int clauseFrom, clauseTo;
        var head = ClauseStart(cue);
        var subjects = FindSubject(cue, participle: true, out var conditional);
        if (conditional)
        {
            return;
        }

        if (subjects.Count > 0 && PunctBetween(subjects[0].Token, cue, ';') && !SegmentHasVerb(ClauseStart(cue), cue))
        {
            // "ConvPP learns … with much improved modeling capability; (4) compared with Bayesian models like MRFs, ConvPP
            // capitalizes on …": a clause that opens with the comparison has its subject after the comma, not before the
            // semicolon ("…; the prototype provides a 4096× increase … compared to the SPC" keeps its own).
            subjects = [];
        }

        if (subjects.Count == 0)
        {
            // "Compared to Y, X …" / "For example, relative to Y, we …" / "when CBTS is compared with OVA, it …": the
            // subject follows the comma. Not after a verb of a main clause: "This work is experimentally compared with Y,
            // Z, and other methods such as …".
            var subordinate = head > 0 && (Is(head - 1, "when") || Is(head - 1, "if") || Is(head - 1, "once") || Is(head - 1, "as") || Is(head - 1, "while"));
            // "Compared with the VW hashing algorithm, b-bit minwise hashing is …": the object's own head nouns may come before the comma.
            objEnd = HeadNounsEnd(objEnd);
            // "Compared to CoveringLSH we achieve an asymptotic improvement …": "we" or "our" opens the clause without a comma.
            var comma = IsPunct(objEnd, ',') ? 1 : Is(objEnd, "we") || Is(objEnd, "our") ? 0 : -1;
            if (comma < 0 || head >= 0 && head < cue && !subordinate && SegmentHasVerb(head, cue))
            {
                return;
            }

            var opens = objEnd + comma;
            if (comma == 1 && Is(opens, "we") && Has(opens + 1, WordClass.Reporting) && Is(opens + 2, "that"))
            {
                // "When comparing with AROW, NAROW and NHERD, we found that SCW generally achieves better …": what the paper
                // reports opens after "that".
                opens += 3;
            }

            subjects = SubjectAfter(opens);
            clauseFrom = opens;
            clauseTo = ClauseEnd(clauseFrom);
        }
        else
        {
            clauseFrom = subjects[0].Token;
            clauseTo = ClauseEnd(cue);
        }

        if (subjects.Count == 0 || IsNegated(cue, clauseFrom))
        {
            return;
        }

        var outcome = ComparisonOutcome.Compared;
        var favourable = false;
        var parity = false;
        var unfavourable = false;
        for (var k = clauseFrom; k < clauseTo; k++)
        {
            if (k >= objStart - 2 && k < objEnd)
            {
                continue;
            }

            if (IsParenthetical(k, out var close) && HasCueWithin(k + 1, close))
            {
                // "solutions (comparable to RRG and RRT*) with little overhead when compared to RRT": the parenthesis
                // states its own comparison; its words do not judge this one.
                k = close;
                continue;
            }

            parity |= (Has(k, WordClass.Parity) && !QualifiesOtherNoun(k) && !StatesValue(k)) || IsNegligibleLoss(k);
            unfavourable |= (Has(k, WordClass.Unfavourable) && !IsLowerBetterContext(k) && !CostInOtherClause(k, cue)) || IsLossOfMeasure(k);
            favourable |= ((Has(k, WordClass.Favourable) && !IsChangeMadeTo(k) && !(k > cue && IsPlainQuality(k))) || IsSaving(k) || IsHigherMeasure(k) || IsLowerBetterContext(k) || IsMoreOfQuality(k) || IsIncreaseInMeasure(k))
                && !Has(k - 1, WordClass.Weakener) && !Has(k - 2, WordClass.Weakener);
        }

        // "demonstrate the effectiveness of our model compared with standard LDA": the quality the subject is said to have.
        favourable |= QualityOfSubject(clauseFrom);
        var change = MeasureOfSubjectChange(subjects[0].Token, clauseTo);
        favourable |= change > 0;
        unfavourable |= change < 0;
        if (parity)
        {
            outcome = ComparisonOutcome.Comparable;
        }
        else if (favourable && !unfavourable)
        {
            outcome = ComparisonOutcome.Outperforms;
        }
        else if (unfavourable && !favourable)
        {
            return;
        }

        // Both ("10x speedup with < 1% accuracy drop relative to BERT-base"): a trade-off, compared without a winner.

        var hedged = IsHedged(clauseFrom, clauseTo);
        foreach (var s in subjects)
        {
            foreach (var o in objects)
            {
                AddTyped(s, o, outcome, cue, Math.Min(clauseFrom, cue), Math.Max(objEnd, clauseTo), reversed: false, hedged);
            }
        }
    }

    // Only a short form shares it: "random projections and PCA-based techniques" are two things.
    private bool SharesBasedWith(int k) =>
        !_text.AsSpan(_t[k].Start, _t[k].End - _t[k].Start).ContainsAnyInRange('a', 'z') && SharedBased().IsMatch(_text.AsSpan(_t[k].End, Math.Min(40, _text.Length - _t[k].End)));

    [GeneratedRegex(@"^-? (?:or|and) [\w-]+-based\b", RegexOptions.CultureInvariant)]
    private static partial Regex SharedBased();

    // Past up to three lower-case nouns that finish the phrase a name opens ("VW hashing algorithm").
    private int HeadNounsEnd(int k)
    {
        var end = k;
        while (end < _t.Count && end < k + 3 && _t[end].Kind == TokenKind.Word && char.IsLower(_text[_t[end].Start]) && CueAt(end) == Cue.None
            && (Has(end, WordClass.SelfHead | WordClass.NounTail) || (Has(end, WordClass.Gerund) && Has(end + 1, WordClass.SelfHead | WordClass.NounTail)) || _t[end].Class == WordClass.None))
        {
            end++;
        }

        return IsPunct(end, ',') ? end : k;
    }

    private bool NamedBeforeItsKind(int k) =>
        k >= 2 && _t[k - 2].Kind == TokenKind.Entity && _t[k - 1].Kind == TokenKind.Word && char.IsLower(_text[_t[k - 1].Start])
        && (_t[k - 1].Class & (WordClass.Coordinator | WordClass.Preposition | WordClass.Determiner | WordClass.Verb | WordClass.ListIntro | WordClass.Boundary | WordClass.ObjectStop)) == 0
        && CueAt(k - 1) == Cue.None && k + 1 < _t.Count && (Is(k + 1, "algorithm") || Is(k + 1, "method") || Is(k + 1, "approach") || Is(k + 1, "technique") || Is(k + 1, "heuristic"));

    private bool HasCueWithin(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (CueAt(k) != Cue.None)
            {
                return true;
            }
        }

        return false;
    }

    // "we present efficiency improvements to Theano, and benchmarks … relative to Torch7": improvements made to a
    // system are changes to it, not a margin over what it is then compared with.
    private bool IsChangeMadeTo(int k) =>
        (Is(k, "improvements") || Is(k, "enhancements")) && Is(k + 1, "to");

    // "a 2.72× speedup compared to Y", "reduces memory consumption by up to 50% compared to Y": a saving is a win
    // as much as higher accuracy is ("more memory-efficient than LoRA").
    private bool IsSaving(int k)
    {
        // "ELU networks considerably speed up learning compared to a ReLU network".
        if (StartsWith(k, "speedup") || StartsWith(k, "speed-up") || Is(k, "faster") || ((Is(k, "speed") || Is(k, "speeds")) && Is(k + 1, "up")))
        {
            return true;
        }

        if (Is(k, "savings") && !Has(k - 1, WordClass.Weakener))
        {
            // "GSIMN yields significant savings compared to GSMN*": savings, whatever of, are what one wants.
            return true;
        }

        if (!(StartsWith(k, "reduc") || StartsWith(k, "sav") || StartsWith(k, "cut") || Is(k, "lowers") || Is(k, "fewer") || Is(k, "less")))
        {
            return false;
        }

        for (var j = k + 1; j < _t.Count && j <= k + 4; j++)
        {
            if (IsCostNoun(j))
            {
                return true;
            }

            if (_t[j].Kind == TokenKind.Punct || Has(j, WordClass.Boundary) || Is(j, "by") || Is(j, "compared"))
            {
                return false;
            }
        }

        return false;
    }

    // "ITDAs can be trained in just 1% of the time required for SAEs", "at a fraction of the cost of Y": doing the
    // same work for a part of what the other spends is a saving, hence a win. Only after a preposition or verb of
    // spending ("in", "with", "requires"), so "attention takes 70% of the time of BERT" is no claim, and only for
    // what a run spends (time, compute, memory, cost), never parameters or data ("fine-tunes 0.1% of the parameters of LLaMA").
    private void OnFraction(int i)
    {
        var part = Is(i, "fraction") ? i : i - 1;
        if (!Is(i + 1, "of") || (part != i && !IsPercentBelowWhole(part)))
        {
            return;
        }

        var before = part - 1;
        while (Is(before, "a") || Is(before, "small") || Is(before, "tiny") || Is(before, "just") || Is(before, "only") || Is(before, "about")
            || Is(before, "roughly") || Is(before, "approximately") || Is(before, "merely") || Is(before, "mere") || Is(before, "around")
            || Is(before, "as") || Is(before, "little") || Is(before, "less") || Is(before, "than"))
        {
            before--;
        }

        if (!(Is(before, "in") || Is(before, "at") || Is(before, "with") || Is(before, "within") || Is(before, "using") || StartsWith(before, "requir")
            || Is(before, "uses") || Is(before, "needs") || Is(before, "consumes") || Is(before, "costs")))
        {
            return;
        }

        var k = i + 2;
        if (Is(k, "the"))
        {
            k++;
        }

        var cost = -1;
        for (var j = k; j < _t.Count && j <= k + 2 && _t[j].Kind == TokenKind.Word; j++)
        {
            if (IsCostNoun(j) || Is(j, "hours") || Is(j, "budget"))
            {
                cost = j;
                if (!(IsCostNoun(j + 1) || Is(j + 1, "hours") || Is(j + 1, "budget")))
                {
                    break;
                }
            }
        }

        if (cost < 0)
        {
            return;
        }

        var o = cost + 1;
        if (Is(o, "required") || Is(o, "needed") || Is(o, "used") || Is(o, "taken") || Is(o, "consumed") || Is(o, "spent") || Is(o, "incurred"))
        {
            o++;
        }

        if (Is(o, "of") || Is(o, "by") || Is(o, "for"))
        {
            Emit(i, o + 1, ComparisonOutcome.Outperforms);
        }
    }

    // "1%", "35 percent": a share smaller than the whole.
    private bool IsPercentBelowWhole(int k) =>
        k >= 0 && k < _t.Count && _t[k].Kind == TokenKind.Word
        && double.TryParse(Span(k), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v < 100;

    // What a saving reduces: a lower-is-better measure, or what a run spends.
    private bool IsCostNoun(int k)
    {
        if (IsLowerBetter(k))
        {
            return true;
        }

        var w = Span(k);
        foreach (var s in (ReadOnlySpan<string>)["time", "compute", "computation", "FLOPs", "energy", "footprint", "consumption", "storage", "usage", "demand", "demands", "effort", "complexity"])
        {
            if (w.Equals(s, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "lower perplexity", "lower latency" are favourable even though "lower" is listed as unfavourable.
    // "competitive information", "similar structure": a parity adjective on something other than a result.
    private bool QualifiesOtherNoun(int k)
    {
        if (!(k + 1 < _t.Count && _t[k + 1].Kind == TokenKind.Word && char.IsLower(_text[_t[k + 1].Start])
            && (_t[k + 1].Class & (WordClass.Preposition | WordClass.Coordinator | WordClass.Adverb | WordClass.ObjectStop | WordClass.Boundary)) == 0 && CueAt(k + 1) == Cue.None))
        {
            return false;
        }

        // "close fine-tuning accuracy": the result may come a word or two later.
        for (var j = k + 1; j < _t.Count && j <= k + 3 && (_t[j].Kind == TokenKind.Word || IsMetric(j)); j++)
        {
            if (IsMeasure(j))
            {
                return false;
            }
        }

        return true;
    }

    // "a negligible performance loss compared to SNIHT", "with no accuracy drop relative to Y": as good as the other.
    private bool IsNegligibleLoss(int k)
    {
        if (!Has(k, WordClass.Weakener))
        {
            return false;
        }

        for (var j = k + 1; j < _t.Count && j <= k + 3 && _t[j].Kind == TokenKind.Word; j++)
        {
            if (Is(j, "loss") || Is(j, "losses") || Is(j, "drop") || Is(j, "drops") || Is(j, "degradation") || Is(j, "decrease"))
            {
                return true;
            }
        }

        return false;
    }

    // "a better accuracy rate which is equal to 85.18%": "equal" gives a value, it does not tie two sides.
    private bool StatesValue(int k) => Is(k, "equal") && Is(k + 1, "to") && IsPercentBelowWhole(k + 2);

    // "achieves higher accuracy", "a greater speedup", "the highest region-based Dice": more of something one wants.
    private bool IsHigherMeasure(int k) =>
        ((Is(k, "higher") || Is(k, "greater") || Is(k, "highest") || Is(k, "greatest")) && WantedMeasureWithin(k + 1, k + 3))
        || ((Is(k, "high") || Is(k, "strong") || Is(k, "excellent") || Is(k, "outstanding") || Is(k, "remarkable")) && WantedMeasureWithin(k + 1, k + 1));

    // "a 4096× increase in the measurement rate compared to the SPC", "an accuracy increase of 9-10% compared with standard
    // ESA": more of a measure one wants.
    private bool IsIncreaseInMeasure(int k) =>
        (Is(k, "increase") || Is(k, "increases") || Is(k, "gain"))
        && ((Is(k + 1, "in") && WantedMeasureWithin(k + 2, k + 5)) || (k >= 1 && IsMeasure(k - 1) && !IsLowerBetter(k - 1)));

    // A measure where higher is better among tokens from..to, before any lower-is-better one.
    private bool WantedMeasureWithin(int from, int to)
    {
        for (var j = from; j < _t.Count && j <= to; j++)
        {
            if (IsLowerBetter(j))
            {
                return false;
            }

            if (IsMeasure(j))
            {
                return true;
            }
        }

        return false;
    }

    // "it is more robust to the initializations compared with FCMdd": more of a quality one wants.
    private bool IsMoreOfQuality(int k) => Is(k, "more") && k + 1 < _t.Count && DesirableQualities.Contains(Span(k + 1));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DesirableQualities = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "robust", "accurate", "efficient", "stable", "effective", "reliable", "faithful", "precise", "scalable", "interpretable",
        "consistent", "realistic", "compact", "expressive", "powerful", "discriminative", "informative", "resilient", "generalizable",
        "sample-efficient", "memory-efficient", "parameter-efficient", "compute-efficient", "cost-effective", "coherent", "fluent",
        "flexible", "practical", "efficiently", "effectively", "accurately", "robustly", "reliably", "precisely",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "degrades the performance compared to X", "reduces the accuracy relative to X": less of a measure one wants is a loss.
    private bool IsLossOfMeasure(int k) =>
        (StartsWith(k, "degrad") || StartsWith(k, "reduc") || StartsWith(k, "decreas") || Is(k, "hurts") || Is(k, "hurt") || Is(k, "lowers"))
        && WantedMeasureWithin(k + 1, k + 3) && !IsPunctWithin(k + 1, k + 3);

    private bool IsPunctWithin(int from, int to)
    {
        for (var j = from; j < _t.Count && j <= to; j++)
        {
            if (_t[j].Kind == TokenKind.Punct)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsLowerBetterContext(int k) =>
        (Is(k, "lower") && k + 1 < _t.Count && (IsLowerBetter(k + 1) || (k + 2 < _t.Count && IsLowerBetter(k + 2)))) || IsLessCostly(k);

    // "Although Sparse PCA has apparent advantages compared to PCA, such as better interpretability, it is … more expensive":
    // a cost the main clause states after a comma does not judge the comparison.
    private bool CostInOtherClause(int k, int cue) => IsCost(k) && PunctBetween(Math.Min(k, cue), Math.Max(k, cue), ',');

    // "less computationally expensive as compared to BPD": less of a cost is a gain.
    private bool IsLessCostly(int k) => IsCost(k) && (Is(k - 1, "less") || (Is(k - 2, "less") && Span(k - 1).EndsWith("ly", StringComparison.Ordinal)));

    private bool IsCost(int k) => Is(k, "expensive") || Is(k, "costly");

    // "… is 2 to 4 times faster than VByte, making the format once again competitive": what the win makes competitive is
    // no tie with the one it beat.
    private bool ResultClauseBetween(int from, int cue)
    {
        for (var k = from + 1; k < cue; k++)
        {
            if (IsPunct(k - 1, ',') && (Is(k, "making") || Is(k, "rendering") || Is(k, "which") && (Is(k + 1, "makes") || Is(k + 1, "renders"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The common path: subject on the left of the cue, objects from <paramref name="objStart"/>.</summary>
    private void Emit(int cue, int objStart, ComparisonOutcome outcome, bool reversed = false, bool leadingQualifier = false, int inheritFrom = -1)
    {
        var subjects = FindSubject(cue, IsParticiple(cue), out var conditional);
        if (conditional || subjects.Count == 0 || IsNegated(cue, subjects[^1].Token + 1))
        {
            return;
        }

        // The hedge's window ends with the clause: "is already 19%-30% more efficient than ROLAP, but normalization can
        // improve it further" states the claim plainly.
        var hedged = IsHedged(subjects[0].Token, ContrastEnd(Math.Max(cue, objStart), Math.Min(_t.Count, Math.Max(cue, objStart) + 10)));
        var end = objStart;
        _objects.Clear();
        if (objStart >= 0 && objStart < _t.Count)
        {
            end = ParseObjects(objStart, leadingQualifier);
        }

        if (_objects.Count == 0 && objStart >= 0 && objStart < _t.Count && ObjectAnaphor(objStart) is { } takenUp)
        {
            TookUpNamesBefore = true;
            foreach (var s in subjects)
            {
                foreach (var o in takenUp)
                {
                    AddTyped(s, o, outcome, cue, s.Token, end, reversed, hedged, [s.Token]);
                }
            }

            return;
        }

        if (_objects.Count == 0)
        {
            // "X outperforms Y on A, while performing on par on B": the parity clause shares the object.
            if (inheritFrom >= 0 && outcome == ComparisonOutcome.Comparable && !HasObjectPhrase(objStart) && !ObjectLaterInClause(cue))
            {
                for (var c = _claims.Count - 1; c >= inheritFrom; c--)
                {
                    var prior = _claims[c];
                    if (prior.Cue < cue && subjects.Exists(s => s.Key == prior.SubjectKey) && !ResultClauseBetween(prior.Cue, cue))
                    {
                        Add(prior.SubjectKey, prior.ObjectKey, ComparisonOutcome.Comparable, cue, prior.From, Math.Max(prior.To, cue + 1), hedged, prior.Excluded);
                    }
                }
            }

            return;
        }

        var objects = _objects.ToArray();
        if (objects.Length > 1 && (subjects.Count > 1 || Is(subjects[0].Token - 1, "and")) && RespectivelyAfter(end))
        {
            // "LEACH-ACH, SEP-ACH and DEEC-ACH perform better than LEACH, SEP and DEEC respectively": pair by position,
            // or not at all when the lists differ in length. ("X outperforms A and B by 2% and 3%, respectively" pairs
            // margins, and keeps every claim.)
            for (var i = 0; subjects.Count == objects.Length && i < objects.Length; i++)
            {
                AddTyped(subjects[i], objects[i], outcome, cue, subjects[i].Token, end, reversed, hedged);
            }

            return;
        }

        foreach (var s in subjects)
        {
            foreach (var o in objects)
            {
                AddTyped(s, o, outcome, cue, s.Token, end, reversed, hedged);
            }
        }
    }

    private bool RespectivelyAfter(int end)
    {
        for (var k = end; k < _t.Count && k <= end + 2; k++)
        {
            if (Is(k, "respectively"))
            {
                return true;
            }
        }

        return false;
    }

    // "… and yields comparable (slightly better) accuracy at much lower cost relative to AST and Lasso": the parity has
    // an object of its own further on, so it does not share the earlier one.
    private bool ObjectLaterInClause(int cue)
    {
        for (var k = cue + 1; k < _t.Count && k <= cue + 15 && !Has(k, WordClass.Boundary); k++)
        {
            if ((Is(k, "relative") || Is(k, "compared")) && (Is(k + 1, "to") || Is(k + 1, "with")))
            {
                return true;
            }
        }

        return false;
    }

    // "on par on B" / "comparable in run time": no object noun phrase at all (unlike "competitive against recent methods").
    private bool HasObjectPhrase(int objStart) =>
        objStart >= 0 && objStart < _t.Count && !(_t[objStart].Kind == TokenKind.Punct || Has(objStart, WordClass.ObjectStop) || Has(objStart, WordClass.Coordinator));

    private void EmitWith(List<SubjectCandidate> subjects, int cue, int from, int objStart, ComparisonOutcome outcome, bool reversed, bool hedged)
    {
        if (IsNegated(cue, Math.Max(0, from - 3)))
        {
            return;
        }

        var end = ParseObjects(objStart, leadingQualifier: false);
        var objects = _objects.ToArray();
        foreach (var s in subjects)
        {
            foreach (var o in objects)
            {
                AddTyped(s, o, outcome, cue, from, end, reversed, hedged || IsHedged(from, end));
            }
        }
    }

    private void AddTyped(SubjectCandidate s, int objToken, ComparisonOutcome outcome, int cue, int from, int to, bool reversed, bool hedged) =>
        AddTyped(s, _mentions[_t[objToken].Mention], outcome, cue, from, to, reversed, hedged, [s.Token, objToken]);

    private void AddTyped(SubjectCandidate s, EntityMention o, ComparisonOutcome outcome, int cue, int from, int to, bool reversed, bool hedged, IReadOnlyList<int> excluded)
    {
        if (s.Key is null || s.Type is null || !Compatible(s.Type.Value, o.Type))
        {
            return;
        }

        var (a, b) = reversed ? (o.Key, s.Key) : (s.Key, o.Key);
        Add(a, b, outcome, cue, from, to, hedged, excluded);
    }

    private void Add(string subjectKey, string objectKey, ComparisonOutcome outcome, int cue, int from, int to, bool hedged, IReadOnlyList<int> excluded)
    {
        if (string.Equals(subjectKey, objectKey, StringComparison.Ordinal))
        {
            return;
        }

        _claims.Add(new ClaimDraft(subjectKey, objectKey, outcome, cue, Math.Max(0, from), Math.Min(_t.Count, Math.Max(from, to)), hedged, excluded));
    }

    /// <summary>
    /// Models and methods compare with each other (a technique against a model); datasets, metrics and tasks are
    /// qualifiers or settings, and claims between them ("PSNR versus MSE") are rarely who-beats-whom.
    /// </summary>
    internal static bool Compatible(EntityType a, EntityType b) => TakesClaims(a) && TakesClaims(b);

    // A model or a method: the only sides a claim has (see Compatible).
    private static bool TakesClaims(EntityType type) => type is EntityType.Model or EntityType.Method;

    // ---- Objects --------------------------------------------------------------------------------------

    /// <summary>Collects the entity tokens of the (coordinated) object phrase starting at <paramref name="from"/> into <see cref="_objects"/>; returns the token after it.</summary>
    private int ParseObjects(int from, bool leadingQualifier)
    {
        _objects.Clear();
        var k = from;
        if (leadingQualifier && k < _t.Count && (Is(k, "in") || Is(k, "on") || Is(k, "across")))
        {
            // "outperforms in accuracy and efficiency all previous networks": skip the qualifier to the object's determiner.
            for (var j = k + 1; j < _t.Count && j <= k + 8 && _t[j].Kind != TokenKind.Punct; j++)
            {
                if (Is(j, "all") || Is(j, "the") || Is(j, "both") || Is(j, "previous") || Is(j, "prior") || Is(j, "existing"))
                {
                    k = j;
                    break;
                }
            }
        }

        if (Is(k, "the") && Is(k + 1, "latter") && LatterOf(k) is var latter && latter >= 0)
        {
            // "allows IPOP-saACM-ES to be as robust as the original IPOP-aCMA-ES and outperforms the latter by a factor from 2
            // to 3": the name named last before it.
            _objects.Add(latter);
            return k + 2;
        }

        if ((Is(k, "that") || Is(k, "those")) && Is(k + 1, "of"))
        {
            // "comparable to that of DeepSeek R1": the pronoun stands for the performance of the name after "of".
            k++;
        }
        else if ((Is(k, "that") || Is(k, "those")) && Has(k + 1, WordClass.Producing) && Is(k + 2, "by"))
        {
            // "better than those obtained by MCTS".
            k += 3;
        }
        else if (Is(k, "the") && Has(k + 1, WordClass.OfObject) && Has(k + 2, WordClass.Producing) && Is(k + 3, "by"))
        {
            // "improve on the performance attained by the original DUDE".
            k += 4;
        }
        else if (MeasureProducedByEnd(k) is var measured && measured > k)
        {
            // "improves the mean averaged precision obtained by RCNN".
            k = measured;
        }

        var notOnly = Is(k, "not") && Is(k + 1, "only");
        if (notOnly)
        {
            // "outperforms not only the existing SSC algorithm but also the recent GSSC algorithm".
            k += 2;
        }

        var depth = 0;
        var listMode = false;
        for (; k < _t.Count && k < from + MaxObjectTokens; k++)
        {
            var tok = _t[k];
            if (tok.Kind == TokenKind.Entity)
            {
                var afterOf = k > from && Is(k - 1, "of");
                if (IsFragment(k) || afterOf && (Is(k - 2, "variant") || Is(k - 2, "variants")) || ImplementsWhatFollows(k))
                {
                    // "some other variant of ABC algorithm (like GABC, …)": the variants are compared, not the name; "the
                    // SICStus Prolog implementation of chronological backtracking": the technique, not the system.
                    continue;
                }

                if (k + 1 < _t.Count && _t[k + 1].Kind == TokenKind.Entity && _t[k + 1].Start == _t[k].End + 1)
                {
                    // "LASSO logistic regression": two names in a row make one that neither is.
                    k++;
                    continue;
                }

                if (SharesBasedWith(k))
                {
                    // "several popular HMM or PSSM-based methods": the name shares the "-based" of the next word; a class, not HMM.
                    continue;
                }

                if (IsPunct(k + 1, '+') && k + 2 < _t.Count && _t[k + 2].Kind == TokenKind.Entity)
                {
                    // "MPCA + LDA": a pipeline of two names is neither of them.
                    k += 2;
                    continue;
                }

                if (IsCompoundModifier(k))
                {
                    // "the state-of-the-art MoE training systems (DeepSpeed-MoE and Tutel)": the head the name modifies
                    // belongs to the object phrase too.
                    while (k + 1 < _t.Count && _t[k + 1].Kind == TokenKind.Word && (Has(k + 1, WordClass.Gerund) || Has(k + 1, WordClass.NounTail) || Has(k + 1, WordClass.SelfHead))
                        && !Has(k + 1, WordClass.Boundary) && !Has(k + 1, WordClass.Verb))
                    {
                        k++;
                    }

                    continue;
                }

                var next = k + 1;
                // "EMOv2-1M/2M/5M achieve": the slash shorthand's parts are one name.
                while (next < _t.Count && (_t[next].Kind == TokenKind.Entity || IsPunct(next, '/') || IsPunct(next - 1, '/')))
                {
                    next++;
                }

                while (next < _t.Count && next <= k + 2 && _t[next].Kind == TokenKind.Word && Has(next, WordClass.NounTail | WordClass.SelfHead) && !Has(next, WordClass.Verb))
                {
                    next++;
                }

                if (Has(next, WordClass.Verb) || IsBe(next))
                {
                    // "…, e.g., EMOv2-1M achieves 72.3", "… and the MIML algorithm reaches the bound": the name opens a clause of its own.
                    break;
                }

                if (NamedBeforeItsKind(k))
                {
                    // "the UBB optimal branch-and-bound algorithm": the name before says which one of the kind.
                    if (!_objects.Contains(k - 2))
                    {
                        _objects.Add(k - 2);
                    }

                    continue;
                }

                if ((!afterOf || listMode || (k >= 2 && Has(k - 2, WordClass.OfObject))) && !IsCategoryOfList(k) && !IsVariantMention(k) && !IsClassMention(k))
                {
                    _objects.Add(k);
                }

                continue;
            }

            if (tok.Kind == TokenKind.Punct)
            {
                var c = _text[tok.Start];
                if (c == ',')
                {
                    if (ListContinues(k + 1))
                    {
                        continue;
                    }

                    break;
                }

                if (c == '(' && _objects.Count > 0 && _objects[^1] == k - 1 && IsPunct(k + 2, ')') && AbbreviatesTail(k + 1, k - 1))
                {
                    // "collapsed Gibbs sampling (GS)": the letters the text gives the name before, though a list knows them
                    // by a shorter name; one rival, not two.
                    k += 2;
                    continue;
                }

                if (c == '(')
                {
                    if (IsParenthetical(k, out var close) && !(k + 1 < _t.Count && (_t[k + 1].Kind == TokenKind.Entity || Has(k + 1, WordClass.ListIntro)))
                        && !ListsNamesOfHead(k, close))
                    {
                        k = close;
                        continue;
                    }

                    depth++;
                    continue;
                }

                if (c == ')' && depth > 0)
                {
                    depth--;
                    continue;
                }

                if (c == '-' && k > from && _t[k - 1].End == tok.Start)
                {
                    // "non- MoE transformers": a hyphen glued to the word before belongs to the noun phrase.
                    continue;
                }

                if (c == '[' && CitationEnd(k) is var end && end > k)
                {
                    // "the SparSenSe [2], and the FrameSense [3]": a reference number inside the list.
                    k = end;
                    continue;
                }

                if (_objects.Count == 0 && !listMode && k + 1 < _t.Count && _t[k + 1].Kind == TokenKind.Entity && (c == ':' || c is '-' or '–' or '—' && _t[k + 1].Start > tok.End
                    || c == ';' && Has(k - 1, WordClass.SelfHead) && Span(k - 1).EndsWith('s')))
                {
                    // "compared with two other metaheuristic algorithms; Genetic Algorithm (GA) and …": a semicolon written for the colon.
                    // "outperforms the state of the art methods: SpatSC, LRR and SSC", "compared with two other well-known
                    // techniques - K-means and …": the colon or a dash set off by spaces opens the list.
                    listMode = true;
                    continue;
                }

                if (c is '/' or '&' or '"' or '\'' or '“' or '”' or '.' && !(c == '.' && !(Is(k - 1, "e.g") || Is(k - 1, "i.e") || Is(k - 1, "vs"))))
                {
                    continue;
                }

                break;
            }

            if (Has(k, WordClass.ListIntro))
            {
                listMode = true;
                if (Is(k, "such") && Is(k + 1, "as"))
                {
                    k++;
                }

                continue;
            }

            if (Is(k, "and") && MarginThenOver(k + 1) is var afterOver && afterOver > 0)
            {
                // "by 4.5% over ABMIL and 12.6% over TransMIL": each object after its own margin.
                k = afterOver - 1;
                continue;
            }

            if (Has(k, WordClass.Coordinator))
            {
                if (_objects.Count > 0 && from >= 1 && (Is(from - 1, "to") || Is(from - 1, "with")) && Is(k + 1, Span(from - 1).ToString()))
                {
                    // "we compare the results of GFAN to FAN and to the others classifiers (NB, GTAN, TAN)": the preposition
                    // repeated after "and" opens a second object.
                    k++;
                    continue;
                }

                if (k + 1 < _t.Count && _t[k + 1].Kind == TokenKind.Word && (Has(k + 1, WordClass.Adverb) && !Has(k + 1, WordClass.Determiner) || Has(k + 1, WordClass.Boundary) || CueAt(k + 1) != Cue.None))
                {
                    break;
                }

                continue;
            }

            if (Is(k, "by") && (_objects.Count > 0 || k == from + 1 && _t[from].Kind == TokenKind.Word && char.IsUpper(_text[_t[from].Start]) && _t[from].Class == WordClass.None)
                && NextObjectAfterMargin(k) is var nextObject && nextObject > 0)
            {
                // "outperforms bert2BERT by +12.0% and LiGO by +20.7%": each object with its own margin; "outperforms Postgres by
                // 2-4 orders of magnitude and MonetDB by 1-3": an unknown capitalised word first does not end the list.
                k = nextObject - 1;
                continue;
            }

            if (_objects.Count == 0 && !listMode && (Is(k, "in") || Is(k, "of") || Is(k, "for") || (Is(k, "on") && Has(k - 1, WordClass.NounTail | WordClass.SelfHead))) && ListIntroAhead(k) is var intro && intro > k)
            {
                // "state-of-the-art models in this range including EfficientNets", "methods on Spark, including", "algorithms for multi-objective optimization,
                // more specifically NSGA-II, SPEA2, and SMS-EMOA": the list belongs to the generic head.
                k = intro - 1;
                continue;
            }

            if (_objects.Count == 0 && !listMode && _t[k].Class == ComparisonWords.Gerund && k > from && (Is(k - 1, "the") || Span(k - 1).StartsWith("state-of", StringComparison.OrdinalIgnoreCase))
                && k + 1 < _t.Count && _t[k + 1].Kind == TokenKind.Entity)
            {
                // "comparable to the state-of-art smoothing FISTA": a noun in -ing between the article and the name says which
                // one; it opens no phrase of its own.
                continue;
            }

            if (_objects.Count == 0 && !listMode && _t[k].Class == ComparisonWords.Gerund && (ListIntroAfterHead(k)
                || Has(k + 1, WordClass.NounTail | WordClass.SelfHead) && (Is(k + 2, "in") || Is(k + 2, "of") || Is(k + 2, "for")) && ListIntroAhead(k + 2) > k))
            {
                // "similar spectrum sharing mechanisms, such as FlashLinQ", "other training algorithms for LDA, including VB": a
                // noun in -ing inside the generic head.
                continue;
            }

            if (notOnly && Is(k, "but") && Is(k + 1, "also") && _objects.Count > 0)
            {
                // "not only … but also the recent GSSC algorithm": the second half of the pair.
                k++;
                continue;
            }

            if (Is(k, "leading") && !Is(k + 1, "to"))
            {
                // "outperforms the leading work mPL6-3D", "the related leading projects such as cuBLAS-XT": an adjective here,
                // not "leading to".
                continue;
            }

            if (k == from && Is(k, "only") && k + 1 < _t.Count && (_t[k + 1].Kind == TokenKind.Entity || Is(k + 1, "the") && k + 2 < _t.Count && _t[k + 2].Kind == TokenKind.Entity))
            {
                // "the FBT algorithm outperformed only the PCA": a win over that name, if over no other.
                continue;
            }

            if (Has(k, WordClass.ObjectStop) || Has(k, WordClass.Negator) || CueAt(k) is Cue.Outperform or Cue.ParityVerb or Cue.Compare)
            {
                break;
            }
        }

        return k;
    }

    // A short phrase ("in this range", "of similar size") and then "including"/"such as" before any name: the intro's token, or -1.
    private int ListIntroAhead(int k)
    {
        var slack = 0;
        for (var j = k + 1; j < _t.Count && j <= k + 4 + slack; j++)
        {
            if (Has(j, WordClass.ListIntro))
            {
                return j + 1 < _t.Count && (_t[j + 1].Kind == TokenKind.Entity || Is(j + 1, "as")) ? j : -1;
            }

            if (IsPunct(j, ',') && (Has(j + 1, WordClass.ListIntro) || (Is(j + 1, "more") && Has(j + 2, WordClass.ListIntro))))
            {
                // "…, namely", "…, more specifically": a comma before the list's opener.
                slack++;
                continue;
            }

            if (Is(j, "more") && IsPunct(j - 1, ',') && Has(j + 1, WordClass.ListIntro))
            {
                slack++;
                continue;
            }

            if (j == k + 1 && Is(k, "for") && _t[j].Kind == TokenKind.Entity)
            {
                // "other state-of-the-art training algorithms for LDA, including VB, GS and BP": the name the head's
                // members serve is no rival.
                continue;
            }

            if (_t[j].Kind != TokenKind.Word || Has(j, WordClass.Boundary) || Has(j, WordClass.Verb) || CueAt(j) != Cue.None)
            {
                return -1;
            }
        }

        return -1;
    }

    // "pricing schemes, including": one plain noun after the -ing word, then (after a comma) a list opener.
    private bool ListIntroAfterHead(int k)
    {
        var j = k + 1;
        if (j >= _t.Count || _t[j].Kind != TokenKind.Word || !char.IsLower(_text[_t[j].Start]) || (_t[j].Class & ~(WordClass.NounTail | WordClass.SelfHead)) != 0)
        {
            return false;
        }

        j++;
        if (IsPunct(j, ','))
        {
            j++;
        }

        return Has(j, WordClass.ListIntro);
    }

    // The technique named last before "the latter" at k, when the sentence names at least two before it; or -1.
    private int LatterOf(int k)
    {
        var last = -1;
        for (var j = k - 1; j >= 0; j--)
        {
            if (_t[j].Kind == TokenKind.Entity && TakesClaims(_mentions[_t[j].Mention].Type))
            {
                if (last >= 0)
                {
                    return last;
                }

                last = j;
            }
        }

        return -1;
    }

    // The letters at k are the initials of the last words of the name at n: "GS" of "collapsed Gibbs sampling".
    private bool AbbreviatesTail(int k, int n)
    {
        if (k >= _t.Count || _t[k].Kind != TokenKind.Entity || _t[n].Kind != TokenKind.Entity)
        {
            return false;
        }

        var letters = Span(k);
        var words = Span(n).ToString().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (letters.Length < 2 || letters.Length >= words.Length || letters.ContainsAnyExcept(Capitals))
        {
            return false;
        }

        for (var i = 0; i < letters.Length; i++)
        {
            if (char.ToUpperInvariant(words[words.Length - letters.Length + i][0]) != letters[i])
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // "[3]", "[12, 14]": the token closing a bracketed reference that opens at k, or -1.
    private int CitationEnd(int k)
    {
        for (var j = k + 1; j < _t.Count && j <= k + 8; j++)
        {
            if (IsPunct(j, ']'))
            {
                return j > k + 1 ? j : -1;
            }

            if (!(IsPunct(j, ',') || IsPunct(j, '-') || IsNumberWord(j)))
            {
                return -1;
            }
        }

        return -1;
    }

    // After "by": a margin ("+12.0%", "3.1 points"), then "and" and a name that takes its own "by"; the name's token, or -1.
    private int NextObjectAfterMargin(int by)
    {
        for (var j = by + 1; j < _t.Count && j <= by + 8; j++)
        {
            if (Has(j, WordClass.Coordinator))
            {
                return j + 1 < _t.Count && _t[j + 1].Kind == TokenKind.Entity && Is(j + 2, "by") ? j + 1 : -1;
            }

            if (_t[j].Kind == TokenKind.Entity || Has(j, WordClass.Boundary) || Has(j, WordClass.Verb) || (_t[j].Kind == TokenKind.Punct && !IsPunct(j, '%') && !IsPunct(j, '+') && !IsPunct(j, '.') && !IsPunct(j, ',') && !IsPunct(j, '×')))
            {
                return -1;
            }
        }

        return -1;
    }

    // After a comma: the list goes on when a name comes before any verb, preposition or clause word.
    private bool ListContinues(int k)
    {
        var reach = k + 5;
        for (var j = k; j < _t.Count && j <= reach; j++)
        {
            if (_t[j].Kind == TokenKind.Entity && _mentions[_t[j].Mention].Type == EntityType.Metric)
            {
                // "compared to the speed of channel variations, and characterize the throughput performance of A-CSMA": a
                // measure is no item of a list of techniques.
                continue;
            }

            if (_t[j].Kind == TokenKind.Entity)
            {
                // "Compared with LoRA, FooNet improves accuracy": a name that opens a clause of its own ends the list.
                return !OpensClauseAfterName(j);
            }

            if (Has(j, WordClass.ListIntro))
            {
                return true;
            }

            if (IsPunct(j, '(') && NumbersOnlyUntilClose(j) is var close && close > j)
            {
                // "the best fixed fusion strategy (0.759), and adaptive baselines including DynMM (0.754)": unnamed items
                // with their scores, then the names.
                j = close;
                reach = Math.Min(j + 8, k + 16);
                continue;
            }

            if (_t[j].Kind == TokenKind.Punct && _text[_t[j].Start] != ',')
            {
                return false;
            }

            if (_t[j].Kind == TokenKind.Word && !Has(j, WordClass.Coordinator) && (Has(j, WordClass.ObjectStop) || Has(j, WordClass.Boundary) || Has(j, WordClass.Preposition)
                || (Has(j, WordClass.Adverb) && !Has(j, WordClass.Determiner)) || CueAt(j) != Cue.None))
            {
                return false;
            }
        }

        return false;
    }

    // "0.759", "4.5": a word that opens with a digit.
    private bool IsNumberWord(int k) => k >= 0 && k < _t.Count && _t[k].Kind == TokenKind.Word && char.IsDigit(_text[_t[k].Start]);

    // "12.6% over TransMIL", "3 points over Y": the index after "over", or -1.
    private int MarginThenOver(int k)
    {
        if (!IsNumberWord(k))
        {
            return -1;
        }

        var j = k + 1;
        if (IsPunct(j, '%') || Is(j, "points") || Is(j, "pp") || Is(j, "percent"))
        {
            j++;
        }

        return Is(j, "over") ? j + 1 : -1;
    }

    // "(0.759)", "(+2.2 AP)": a parenthesis holding a score; the index of its ')' or -1.
    private int NumbersOnlyUntilClose(int open)
    {
        var number = false;
        for (var j = open + 1; j < _t.Count && j <= open + 6; j++)
        {
            if (IsPunct(j, ')'))
            {
                return number ? j : -1;
            }

            if (IsNumberWord(j))
            {
                number = true;
            }
            else if (!(_t[j].Kind == TokenKind.Punct || IsMetric(j) || Is(j, "pp") || Is(j, "points")))
            {
                return -1;
            }
        }

        return -1;
    }

    // "interactive image segmentation methods (Grabcut, MILCut, One-Cut and pPBC)": a parenthesised list after a generic
    // head names its members, even when the first is no name we know.
    private bool ListsNamesOfHead(int open, int close)
    {
        if (open < 1 || !Has(open - 1, WordClass.NounTail | WordClass.SelfHead))
        {
            return false;
        }

        bool name = false, separator = false;
        for (var j = open + 1; j < close; j++)
        {
            if (_t[j].Kind == TokenKind.Entity)
            {
                name = true;
            }
            else if (IsPunct(j, ',') || Has(j, WordClass.Coordinator))
            {
                separator = true;
            }
            else if (_t[j].Kind == TokenKind.Word ? Has(j, WordClass.Preposition | WordClass.Verb | WordClass.Boundary) || CueAt(j) != Cue.None : !IsPunct(j, '-'))
            {
                return false;
            }
        }

        return name && separator;
    }

    private bool OpensClauseAfterName(int name)
    {
        var n = name + 1;
        while (n < _t.Count && (_t[n].Kind == TokenKind.Entity || (_t[n].Kind == TokenKind.Word && Has(n, WordClass.NounTail | WordClass.SelfHead) && !Has(n, WordClass.Verb))))
        {
            n++;
        }

        return n < _t.Count && _t[n].Kind == TokenKind.Word && (Has(n, WordClass.Verb) || IsBe(n) || CueAt(n) is Cue.Outperform or Cue.ImproveOver or Cue.ParityVerb
            || (Has(n, WordClass.Adverb) && !Has(n, WordClass.Determiner | WordClass.Coordinator | WordClass.Preposition))
            || (IsAdverbial(n) && (Has(n + 1, WordClass.Verb) || CueAt(n + 1) is Cue.Outperform or Cue.ImproveOver or Cue.ParityVerb)));
    }

    private bool IsParenthetical(int k, out int close)
    {
        close = -1;
        if (k >= _t.Count || !IsPunct(k, '('))
        {
            return false;
        }

        for (var j = k + 1; j < _t.Count && j <= k + 20; j++)
        {
            if (IsPunct(j, ')'))
            {
                close = j;
                return true;
            }
        }

        return false;
    }

    // ---- Subjects -------------------------------------------------------------------------------------

    private int ClauseStart(int cue)
    {
        for (var k = cue - 1; k >= 0; k--)
        {
            if (IsPunct(k, ';') || IsPunct(k, ':') || Has(k, WordClass.Boundary))
            {
                return k + 1;
            }
        }

        return 0;
    }

    // The mark strictly between two tokens.
    private bool PunctBetween(int from, int to, char mark)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (IsPunct(k, mark))
            {
                return true;
            }
        }

        return false;
    }

    // The first ";" or ", but/while/whereas/although/though" from..to, or to: where a contrasting clause begins.
    private int ContrastEnd(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsPunct(k, ';') || (IsPunct(k, ',') && (Is(k + 1, "but") || Is(k + 1, "while") || Is(k + 1, "whereas") || Is(k + 1, "although") || Is(k + 1, "though"))))
            {
                return k;
            }
        }

        return to;
    }

    private int ClauseEnd(int from)
    {
        for (var k = from; k < _t.Count; k++)
        {
            if (Is(k, "but") && Is(k + 1, "also") || IsPunct(k, ',') && Is(k + 1, "but") && Is(k + 2, "also"))
            {
                // "HFT not only significantly alleviates the forgetting problem, but also achieves the best performance": one clause.
                continue;
            }

            if (IsPunct(k, ';') || (Has(k, WordClass.Boundary) && !Is(k, "that") && !Is(k, "which")) || (IsPunct(k, ',') && (Is(k + 1, "while") || Is(k + 1, "whereas") || Is(k + 1, "but"))))
            {
                return k;
            }
        }

        return _t.Count;
    }

    // A participle ("…, outperforming X"; "while performing on par with X") takes the main clause's subject.
    private bool IsParticiple(int cue)
    {
        for (var k = cue; k >= 0 && k >= cue - 3; k--)
        {
            if (_t[k].Kind == TokenKind.Word && _t[k].Length > 4 && Span(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            {
                return k == 0 || IsPunct(k - 1, ',') || Is(k - 1, "while") || Is(k - 1, "whilst") || Is(k - 1, "thereby") || Is(k - 1, "thus")
                    || Is(k - 1, "and") || Is(k - 1, "even") || Is(k - 1, "when") || Is(k - 1, "also") || IsPunct(k - 1, '(');
            }
        }

        return false;
    }

    /// <summary>
    /// The subject(s) of the verb at <paramref name="cue"/>. A finite verb takes the first free name of the
    /// nearest comma segment that has one; a participle the first of the clause. Names inside prepositional
    /// or gerund phrases are skipped; "we", "it", "our method" resolve to the proposed entity.
    /// </summary>
    private List<SubjectCandidate> FindSubject(int cue, bool participle, out bool conditional)
    {
        if (ListAnaphor(cue) is { } listed)
        {
            // "… development of algorithms like SAG, SVRG, SAGA. These algorithms have been shown to outperform SGD": the
            // plural head that opens the sentence takes up the names the sentence before ends with.
            conditional = false;
            return listed;
        }

        var result = FindClauseSubject(cue, participle, out conditional);
        if ((participle || (CueAt(cue) == Cue.ImproveOver && IsNoun(cue))) && result.Count == 0 && !conditional && _proposedKey is not null && !_group && ResultsOpen(cue) is var head && head >= 0)
        {
            // "Experimental results show significant improvements in …, outperforming the previous HEX model": the
            // participle of a sentence that reports the paper's results, with no name before it, is the paper's own; so is
            // the gain it reports ("Results show up to 20% improvement in F1-measure over Random Forests").
            result.Add(new SubjectCandidate(head, _proposedKey, _proposedType, Modifier: false));
        }

        return result;
    }

    // The names a sentence opening "These algorithms …" or "Both methods …" takes up (the head before the cue, nothing named
    // or set off between): the two to four coordinated names the sentence before ends with ("Both" two), or null.
    private List<SubjectCandidate>? ListAnaphor(int cue)
    {
        if (!(Is(0, "these") || Is(0, "both")) || _t.Count < 3)
        {
            return null;
        }

        var head = Has(1, WordClass.SelfHead) ? 1 : _t[1].Kind == TokenKind.Word && char.IsLower(_text[_t[1].Start]) && _t[1].Class == WordClass.None && Has(2, WordClass.SelfHead) ? 2 : -1;
        if (head < 0 || head >= cue || !IsPluralSelfHead(head))
        {
            return null;
        }

        for (var k = head + 1; k < cue; k++)
        {
            if (_t[k].Kind == TokenKind.Entity || IsPunct(k, ','))
            {
                return null;
            }
        }

        var run = NamesEndingSentenceBefore();
        if (run is null || (Is(0, "both") && run.Count != 2))
        {
            return null;
        }

        TookUpNamesBefore = true;
        return run.ConvertAll(r => new SubjectCandidate(head, r.Key, r.Type, Modifier: false));
    }

    // The two to four techniques, coordinated by commas or "and"/"or", that end the sentence before this one, in order; or null.
    private List<EntityMention>? NamesEndingSentenceBefore()
    {
        var previous = SentenceBeforeStart(out var end);
        if (previous < 0)
        {
            return null;
        }

        var run = new List<EntityMention>(4);
        for (var m = _mentions.Count - 1; m >= 0; m--)
        {
            var mention = _mentions[m];
            if (mention.End > end)
            {
                continue;
            }

            if (mention.Start < previous)
            {
                break;
            }

            var gap = _text.AsSpan(mention.End, end - mention.End).Trim();
            var joins = run.Count == 0 ? gap.IsEmpty || gap is ")" : gap is "," or "and" or ", and" or "or" or ", or" || IsDefinitionGap(gap);
            if (!joins || !TakesClaims(mention.Type))
            {
                break;
            }

            if (!run.Exists(r => r.Key == mention.Key))
            {
                run.Add(mention);
            }

            end = mention.Start;
        }

        if (run.Count < 2 || run.Count > 4)
        {
            return null;
        }

        run.Reverse();
        return run;
    }

    // Where the sentence before this one starts, and at <paramref name="end"/> the full stop that ends it; -1 when the text
    // before does not end with one.
    private int SentenceBeforeStart(out int end)
    {
        var before = _text.AsSpan(0, _t[0].Start).TrimEnd();
        end = before.Length - 1;
        if (before.Length == 0 || before[^1] != '.')
        {
            return -1;
        }

        return before[..^1].LastIndexOf(". ") is var stop && stop >= 0 ? stop + 2 : 0;
    }

    // Between a long form and its letters, "(", or between letters and the next long form, "),", ") and".
    private static bool IsDefinitionGap(ReadOnlySpan<char> gap) => gap is "(" or ")," or ") and" or "), and" or ") or";

    // "our method performs much better than other three methods", "outperforms these two algorithms", "than all of them": a counted or
    // pointing plural head with no name takes up the techniques the sentence before ends with ("… three typical other
    // methods: UCF, ICF and RMF."), as many as it counts. Null when there are none or the count differs.
    private List<EntityMention>? ObjectAnaphor(int from)
    {
        if ((Is(from, "all") || Is(from, "each") || Is(from, "both")) && Is(from + 1, "of") && Is(from + 2, "them") || Is(from, "them") && Is(from + 1, "all"))
        {
            // "We compare FastFlow with … Cilk, OpenMP, and Intel TBB. … FastFlow is always more efficient than all of them".
            return NamesEndingSentenceBefore();
        }

        var k = from;
        if (Is(k, "the") || Is(k, "all"))
        {
            k++;
        }

        var pointing = false;
        var count = 0;
        for (var steps = 0; steps < 3 && k < _t.Count; steps++, k++)
        {
            if (Is(k, "these") || Is(k, "those") || Is(k, "above") || Is(k, "aforementioned"))
            {
                pointing = true;
            }
            else if (Is(k, "two") || Is(k, "three") || Is(k, "four"))
            {
                count = Is(k, "two") ? 2 : Is(k, "three") ? 3 : 4;
            }
            else if (!Is(k, "other"))
            {
                break;
            }
        }

        if (!(pointing || count > 0) || !(Is(k, "methods") || Is(k, "algorithms") || Is(k, "approaches") || Is(k, "techniques") || Is(k, "schemes") || Is(k, "baselines")))
        {
            return null;
        }

        var run = NamesEndingSentenceBefore();
        return run is not null && (count == 0 || run.Count == count) ? run : null;
    }

    // The head of a sentence opening "Experimental results show …", "Our experiments demonstrate …" (with no name before
    // the cue), or -1.
    private int ResultsOpen(int cue)
    {
        var k = 0;
        while (k < cue && k < 3 && _t[k].Kind == TokenKind.Word && !IsResultsNoun(k) && char.IsLetter(_text[_t[k].Start]) && (k > 0 || !Is(k, "the")) && _t[k].Class is WordClass.None or WordClass.SelfDeterminer)
        {
            k++;
        }

        if (!IsResultsNoun(k) || !ReportVerbs.Contains(Span(k + 1)))
        {
            return -1;
        }

        for (var j = k + 2; j < cue; j++)
        {
            if (_t[j].Kind == TokenKind.Entity && TakesClaims(_mentions[_t[j].Mention].Type) || Is(j, "that") || Has(j, WordClass.Pronoun))
            {
                return -1;
            }
        }

        return k;
    }

    // "Experimental results show …", "Results showed high accuracy compared to classical SOM".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "show", "shows", "showed", "demonstrate", "demonstrated", "indicate", "indicated", "reveal", "revealed", "confirm", "confirmed",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "This allows us to determine when ONMF should be preferred to k-means", "it is unclear when …": a question the
    // sentence asks, not a claim it makes.
    private bool IsEmbeddedWhen(int k) => Is(k, "when") && k > 0 && QuestionVerbs.Contains(Span(k - 1));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "determine", "determines", "decide", "know", "unclear", "understand", "ask", "predict", "identify", "explain", "characterize",
        "characterise", "investigate", "examine", "discuss", "clarify", "tell", "indicate", "indicates", "suggest", "suggests",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private bool IsResultsNoun(int k) => Is(k, "results") || Is(k, "experiments") || Is(k, "evaluations") || Is(k, "simulations");

    private List<SubjectCandidate> FindClauseSubject(int cue, bool participle, out bool conditional)
    {
        conditional = false;
        var result = new List<SubjectCandidate>(2);
        var hi = cue;
        for (var extension = 0; extension < 3 && hi > 0; extension++)
        {
            var lo = hi - 1;
            // "if the inputs differ, then XAIC outperforms AIC": the claim is the consequence, after ", then".
            while (lo >= 0 && !(IsPunct(lo, ';') || IsPunct(lo, ':') || IsPunct(lo, '?') || Has(lo, WordClass.Boundary) || (Is(lo, "then") && IsPunct(lo - 1, ',')) || IsItemNumber(lo)))
            {
                lo--;
            }

            var boundary = lo;
            lo++;
            if (boundary >= 0 && (Has(boundary, WordClass.Conditional) || IsEmbeddedWhen(boundary)))
            {
                conditional = true;
                return result;
            }

            if (boundary > 0 && (Is(boundary, "which") || Is(boundary, "who")) && IsPunct(boundary - 1, ',') && PredicateJoinedAfter(boundary, hi))
            {
                // "APG improves results for μSAM, which is used as the base model, and is competitive with CellPoseSAM":
                // the relative clause is an aside; the predicate after ", and" shares the main clause's subject.
                hi = boundary - 1;
                continue;
            }

            Collect(lo, hi);
            if (ChooseSubject(lo, hi, participle, result))
            {
                return result;
            }

            // "X, a method that outperforms Y" / "X, which beats Y" / "SlicingBandits, which … achieves a gain compared to
            // UnchainedBandits": the relative clause's antecedent, before any subject of the clause around it.
            if (boundary >= 0 && (Is(boundary, "that") || Is(boundary, "which") || Is(boundary, "who")) && Antecedent(boundary) is { } a)
            {
                result.Add(a);
                return result;
            }

            if (boundary < 0 || !(participle || Has(boundary, WordClass.SoftBoundary)) || IsItemNumber(boundary))
            {
                return result;
            }

            hi = boundary;
        }

        return result;
    }

    // "1) the NDA is more effective …, 2) when compared to … MFCCs, the ASR features …": an item number opens a clause of its own.
    private bool IsItemNumber(int k) =>
        IsPunct(k, ')') && IsNumberWord(k - 1) && Span(k - 1).Length == 1 && (k < 2 || IsPunct(k - 2, ',') || IsPunct(k - 2, ':') || IsPunct(k - 2, ';') || Is(k - 2, "and"));

    // "also", "consistently": an adverb by class or by its "-ly".
    private bool IsAdverbial(int k) => Has(k, WordClass.Adverb) || (_t[k].Kind == TokenKind.Word && Span(k).EndsWith("ly", StringComparison.Ordinal));

    // ", and is competitive with", ", and consistently outperforms": a comma, a coordinator and the verb, with no subject between.
    private bool PredicateJoinedAfter(int from, int cue)
    {
        for (var c = cue - 1; c > from; c--)
        {
            if (IsPunct(c, ',') && Has(c + 1, WordClass.Coordinator))
            {
                for (var k = c + 2; k < cue; k++)
                {
                    if (!(IsBe(k) || IsAdverbial(k)))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    private List<SubjectCandidate> SubjectAfter(int from)
    {
        var result = new List<SubjectCandidate>(1);
        var to = from;
        for (var segment = 0; segment < 3; segment++)
        {
            to = from;
            while (to < _t.Count && to < from + 12 && !IsPunct(to, ',') && CueAt(to) == Cue.None && !Has(to, WordClass.Boundary))
            {
                to++;
            }

            // "compared with ELM and other methods such as OP-ELM, GASEN-ELM and LSBoost, LARSEN-ELM improves": a
            // segment that ends at a comma without a verb is still the list; the subject opens the clause after it.
            if (!IsPunct(to, ',') || SegmentHasVerb(from, to))
            {
                break;
            }

            from = to + 1;
        }

        Collect(from, to);
        ChooseSubject(from, to, participle: true, result);
        return result;
    }

    private bool SegmentHasVerb(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Has(k, WordClass.Verb) || IsBe(k))
            {
                return true;
            }
        }

        return false;
    }

    // "Although RBM-EDA requires larger population sizes …, it outperforms BOA": "it" right after a concessive clause
    // that opens the sentence stands for that clause's subject, when it is a name: the name's token, or -1.
    private int ConcessiveSubject(int it)
    {
        var j = Is(0, "even") ? 1 : 0;
        if (!IsPunct(it - 1, ',') || !(Is(j, "although") || Is(j, "though") || Is(j, "while") || Is(j, "whereas")))
        {
            return -1;
        }

        j += Is(j + 1, "the") ? 2 : 1;
        if (j >= it - 1 || _t[j].Kind != TokenKind.Entity || !TakesClaims(_mentions[_t[j].Mention].Type))
        {
            return -1;
        }

        var verb = j + 1;
        while (verb < it && Has(verb, WordClass.NounTail))
        {
            verb++;
        }

        if (verb >= it || _t[verb].Kind != TokenKind.Word || !char.IsLower(_text[_t[verb].Start]) || Has(verb, WordClass.Preposition | WordClass.Coordinator))
        {
            return -1;
        }

        for (var m = j + 1; m < it - 1; m++)
        {
            if (IsPunct(m, ',') || _t[m].Kind == TokenKind.Entity && TakesClaims(_mentions[_t[m].Mention].Type))
            {
                // One clause, naming no other technique.
                return -1;
            }
        }

        return j;
    }

    // "Our discovered model family, BigNASModels, achieve …": the name set off by commas is the self-reference's own.
    private bool NamedByAppositive(int head, int hi)
    {
        var k = head + 1;
        while (k < hi && k <= head + 2 && Has(k, WordClass.NounTail))
        {
            k++;
        }

        return IsPunct(k, ',') && k + 2 < hi && _t[k + 1].Kind == TokenKind.Entity && IsPunct(k + 2, ',');
    }

    private void Collect(int lo, int hi)
    {
        _candidates.Clear();
        for (var k = lo; k < hi; k++)
        {
            if (_t[k].Kind == TokenKind.Entity)
            {
                // A dataset, metric or task takes no claim: it is passed over like a modifier, so the search goes on to the
                // subject that can ("The CRC aided SCL decoding algorithm has better … than", "… on UCF50 and HMDB51, we
                // show that the proposed …").
                _candidates.Add(Candidate(k) with
                {
                    Modifier = !TakesClaims(_mentions[_t[k].Mention].Type) || IsFragment(k) || IsModifier(k, lo) || (InSelfReference(k) && !NamesSelfReference(k)) || IsMeasureOfName(k) || (IsVariantMention(k) && !IsOwnName(k)) || IsProposedVariantOfKnown(k) || NetworksItTrains(k)
                        || IsEarlierObject(k),
                });
            }
            else if (Is(k, "it") && ConcessiveSubject(k) is var antecedent && antecedent >= 0)
            {
                _candidates.Add(Candidate(antecedent) with { Token = k });
            }
            else if (Is(k, "latter") && Is(k - 1, "the") && k - 1 >= lo && LatterOf(k - 1) is var latter && latter >= 0)
            {
                // "the latter is always superior to belief propagation": the technique named last before it.
                _candidates.Add(Candidate(latter) with { Token = k });
            }
            else if (Has(k, WordClass.Pronoun) && (Is(k, "we") || k == lo || IsPunct(k - 1, ',') || Has(k - 1, WordClass.Boundary)) && !IsExpletiveIt(k))
            {
                _candidates.Add(new SubjectCandidate(k, SelfKey(k), _proposedType, IsModifier(k, lo)));
            }
            else if (IsSelfHeadAfterDeterminer(k) && !(k > lo && NamesSelfReference(k - 1)) && !IsExemplified(k)
                && !(k + 1 < hi && (_t[k + 1].Kind == TokenKind.Entity || (IsPunct(k + 1, '(') && k + 2 < hi && _t[k + 2].Kind == TokenKind.Entity) || NamedByAppositive(k, hi))))
            {
                _candidates.Add(new SubjectCandidate(k, SelfKey(k), _proposedType, IsModifier(SelfDeterminerOf(k) is var d && d >= 0 ? d : k - 1, lo)));
            }
        }
    }

    // "New frameworks such as Apache Spark … often outperforming traditional frameworks like Hadoop MapReduce": a head its
    // examples follow is theirs, not the paper's own.
    private bool IsExemplified(int k) => (Is(k + 1, "such") && Is(k + 2, "as")) || (Is(k + 1, "like") && k + 2 < _t.Count && _t[k + 2].Kind == TokenKind.Entity);

    // "The proposed K-Means algorithm is compared with K-Means, SWK-Means …": a name every list knows, called proposed
    // but not what the paper proposes, stands for an unnamed variant of it.
    private bool IsProposedVariantOfKnown(int k)
    {
        var m = _mentions[_t[k].Mention];
        if (!(Is(k - 1, "proposed") && m.Origin.StartsWith("lexicon", StringComparison.Ordinal) && !string.Equals(m.Key, _proposedKey, StringComparison.Ordinal)))
        {
            return false;
        }

        // Only when the sentence also names the original: "our proposed IDE converges faster than IGA" keeps IDE.
        for (var j = k + 1; j < _t.Count; j++)
        {
            if (_t[j].Kind == TokenKind.Entity && string.Equals(_mentions[_t[j].Mention].Key, m.Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "It is shown that …, SM-SD offers …": an "it" that only opens a "that" clause refers to nothing.
    private bool IsExpletiveIt(int k)
    {
        if (!Is(k, "it"))
        {
            return false;
        }

        for (var j = k + 1; j < _t.Count && j <= k + 5; j++)
        {
            if (Is(j, "that"))
            {
                return true;
            }

            if (_t[j].Kind != TokenKind.Word || CueAt(j) != Cue.None)
            {
                return false;
            }
        }

        return false;
    }

    private bool ChooseSubject(int lo, int hi, bool participle, List<SubjectCandidate> result)
    {
        // Segments between commas; a participle takes the first that names a subject. A finite verb takes the
        // nearest, passing back over asides ("Our method, even without fine-tuning, outperforms") but not over a
        // segment that opens a clause of its own ("…, and a simple index on ITDA dictionaries outperforms").
        int bestStart = -1, bestEnd = -1;
        if (participle)
        {
            var segStart = lo;
            var depth = 0;
            for (var k = lo; k <= hi; k++)
            {
                depth += k < hi && IsPunct(k, '(') ? 1 : k < hi && IsPunct(k, ')') && depth > 0 ? -1 : 0;
                if (k == hi || (IsPunct(k, ',') && depth == 0))
                {
                    if (HasFreeCandidate(segStart, k))
                    {
                        (bestStart, bestEnd) = (segStart, k);
                        break;
                    }

                    segStart = k + 1;
                }
            }
        }
        else
        {
            var segEnd = hi;
            var depth = 0;
            for (var k = hi - 1; k >= lo - 1; k--)
            {
                // A comma inside a parenthesised list ("models (e.g., GPT-4, Claude 3)") splits nothing.
                depth += k >= lo && IsPunct(k, ')') ? 1 : k >= lo && IsPunct(k, '(') && depth > 0 ? -1 : 0;
                if (k == lo - 1 || (IsPunct(k, ',') && depth == 0))
                {
                    if (k >= lo && IsAppositiveToName(k, segEnd))
                    {
                        // "kernel partial least squares, a nonlinear partial least squares (PLS) algorithm, outperforms PLS": an
                        // appositive set off by commas after a name describes it; the subject is the name before it.
                        segEnd = k;
                        continue;
                    }

                    if (HasFreeCandidate(k + 1, segEnd))
                    {
                        (bestStart, bestEnd) = (k + 1, segEnd);
                        break;
                    }

                    if (OpensClause(k + 1, segEnd))
                    {
                        break;
                    }

                    segEnd = k;
                }
            }
        }

        if (bestStart < 0)
        {
            return false;
        }

        (bestStart, bestEnd) = WidenToList(bestStart, bestEnd, lo, hi);

        // "we show X outperforms Y": the reported claim's subject follows the reporting verb.
        var from = bestStart;
        for (var k = bestEnd - 1; k >= bestStart; k--)
        {
            // Not a passive with its own phrase: "The performance of Mi-UCT is demonstrated on the games of Go and NoGo, and has
            // shown to outperform the plain UCT" reports nothing about NoGo.
            if (Has(k, WordClass.Reporting) && HasFreeCandidate(k + 1, bestEnd) && !(IsBe(k - 1) && Has(k + 1, WordClass.Preposition)))
            {
                from = k + 1;
                break;
            }

            if ((Is(k, "because") || Is(k, "since") || (Is(k, "as") && k >= 1 && _t[k - 1].Kind == TokenKind.Word && !Is(k - 1, "such") && !Is(k - 1, "well")
                && !Is(k - 1, "same") && !Is(k - 1, "so") && !Has(k - 1, WordClass.Reporting))) && k + 1 < bestEnd && _t[k + 1].Kind == TokenKind.Entity && HasFreeCandidate(k + 1, bestEnd))
            {
                // "our design has merit as EmptyHeaded outperforms MonetDB": a clause of reason has its own subject.
                from = k + 1;
                break;
            }
        }

        SubjectCandidate? chosen = null;
        foreach (var c in _candidates)
        {
            if (c.Token < from || c.Token >= bestEnd || c.Modifier)
            {
                continue;
            }

            if (chosen is null)
            {
                chosen = c;
                result.Add(c);
                continue;
            }

            // "X and Y (both) outperform Z": coordinated subjects.
            if (Coordinated(result[^1].Token, c.Token) && c.Key != result[^1].Key)
            {
                result.Add(c);
            }
            else if (c.Key != chosen.Value.Key)
            {
                break;
            }
        }

        // An unresolved self-reference ("our method" in a paper proposing two things) gives no subject.
        result.RemoveAll(c => c.Key is null);
        return true;
    }

    // "The Genetic Algorithm, Simulated Annealing and tabu search are compared to …": the commas of a list of names
    // split no clause; the segment takes in the names listed before and after it, when the list closes with "and"/"or".
    private (int Start, int End) WidenToList(int start, int end, int lo, int hi)
    {
        var s = start;
        while (s - 1 > lo && IsPunct(s - 1, ',') && LoneName(s - 1, lo) is var p && p >= 0)
        {
            s = p;
        }

        var e = end;
        while (e < hi && IsPunct(e, ',') && e + 1 < hi && (Has(e + 1, WordClass.Determiner) ? e + 2 : e + 1) is var n && n < hi && _t[n].Kind == TokenKind.Entity
            && (n + 1 >= hi || IsPunct(n + 1, ',') || Has(n + 1, WordClass.Coordinator)))
        {
            var next = n + 1;
            while (next < hi && !IsPunct(next, ','))
            {
                next++;
            }

            e = next;
        }

        if (s == start && e == end)
        {
            return (start, end);
        }

        for (var k = s; k < e; k++)
        {
            if (Has(k, WordClass.Coordinator) && k + 1 < e && (_t[k + 1].Kind == TokenKind.Entity || (Has(k + 1, WordClass.Determiner) && k + 2 < e && _t[k + 2].Kind == TokenKind.Entity)))
            {
                return (s, e);
            }
        }

        return (start, end);
    }

    // The start of a segment that is a single name (after an optional determiner) and ends at the comma at `comma`, or -1.
    private int LoneName(int comma, int lo)
    {
        var k = comma - 1;
        if (k < lo || _t[k].Kind != TokenKind.Entity)
        {
            return -1;
        }

        var first = k - 1 >= lo && Has(k - 1, WordClass.Determiner) ? k - 1 : k;
        return first == lo || IsPunct(first - 1, ',') ? first : -1;
    }

    // ", a boosting algorithm," right after a name and closed by a comma.
    private bool IsAppositiveToName(int comma, int end) =>
        comma >= 1 && _t[comma - 1].Kind == TokenKind.Entity && end < _t.Count && IsPunct(end, ',') && (Is(comma + 1, "a") || Is(comma + 1, "an")) && end - comma <= 12;

    // A segment that begins with a determiner or a coordinator and a noun phrase has a subject of its own.
    private bool OpensClause(int from, int to)
    {
        var k = from;
        if (k < to && Has(k, WordClass.Coordinator))
        {
            k++;
        }

        return k < to && _t[k].Kind == TokenKind.Word && (Has(k, WordClass.Determiner) || Has(k, WordClass.SelfDeterminer))
            && !Has(k, WordClass.Adverb);
    }

    // "the SICStus Prolog implementation of chronological backtracking": a name (and a word) before "implementation of" a name.
    private bool ImplementsWhatFollows(int k)
    {
        for (var j = k + 1; j <= k + 2 && j + 2 < _t.Count; j++)
        {
            if ((Is(j, "implementation") || Is(j, "implementations")) && Is(j + 1, "of") && _t[j + 2].Kind == TokenKind.Entity)
            {
                return true;
            }

            if (_t[j].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    // "Our method gets better accuracy than … quadratic pseudo-boolean optimization (QPBO), and is competitive with TRWS":
    // what an earlier claim of the sentence was compared against is not the subject of the next predicate.
    private bool IsEarlierObject(int k)
    {
        for (var i = _firstDraft; i < _claims.Count; i++)
        {
            var d = _claims[i];
            if (d.Cue < k && d.Excluded.Contains(k))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasFreeCandidate(int from, int to)
    {
        foreach (var c in _candidates)
        {
            if (c.Token >= from && c.Token < to && !c.Modifier)
            {
                return true;
            }
        }

        return false;
    }

    private bool Coordinated(int a, int b)
    {
        var coordinator = false;
        for (var k = a + 1; k < b; k++)
        {
            if (IsPunct(k, '(') && k + 2 < b && IsPunct(k + 2, ')') && _t[a].Kind == TokenKind.Entity && _t[k + 1].Kind == TokenKind.Entity
                && string.Equals(_mentions[_t[k + 1].Mention].Key, _mentions[_t[a].Mention].Key, StringComparison.Ordinal))
            {
                // "time sharing (TS) and superposition transmission (ST) schemes": a name's short form in parentheses.
                k += 2;
                continue;
            }

            if (Has(k, WordClass.Coordinator) || IsPunct(k, ','))
            {
                coordinator = true;
            }
            else if (!(Has(k, WordClass.Determiner) || Has(k, WordClass.NounTail) || Has(k, WordClass.SelfHead) || Has(k, WordClass.SelfDeterminer)
                || (_t[k].Kind == TokenKind.Word && Span(k).Contains('-'))))
            {
                return false;
            }
        }

        return coordinator;
    }

    // "Our decoder", "the proposed method", "our new fast algorithm": the head noun opens a phrase for the paper's own thing
    // (at most two words between), at the clause's start.
    private bool OwnHeadOpens(int head, int lo)
    {
        for (var j = head - 1; j >= lo && j >= head - 3; j--)
        {
            if (Is(j, "our") || Is(j, "Our") || (Is(j, "proposed") && (Is(j - 1, "the") || Is(j - 1, "The"))))
            {
                // The phrase opens at "our", or at the article before "proposed".
                var opener = Is(j, "proposed") && j > lo ? j - 1 : j;
                return opener == lo || IsPunct(opener - 1, ',') || Has(opener - 1, WordClass.Boundary);
            }

            if (_t[j].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the name at <paramref name="k"/> sits in a prepositional or gerund phrase (or is coordinated with one that does).</summary>
    private bool IsModifier(int k, int lo)
    {
        if (HeadsItsVerb(k, lo))
        {
            return false;
        }

        var words = 0;
        for (var j = k - 1; j >= lo; j--)
        {
            var tok = _t[j];
            if (tok.Kind == TokenKind.Entity)
            {
                // Two names in a row ("LLaMA-7B LoRA"): a compound, its head decides.
                return false;
            }

            if (tok.Kind == TokenKind.Punct)
            {
                var c = _text[tok.Start];
                if (c is ',' or '/' or '&')
                {
                    // A list comma only when the list goes on after this name ("A, B, and C"); otherwise the comma
                    // ends an introductory phrase ("On MMLU, X outperforms Y").
                    return (c != ',' || ListGoesOn(k)) && PreviousConjunct(j, lo) is var p && p >= 0 && IsModifier(p, lo);
                }

                if (c is '-' or '%' or '×' or '+' or '.' or '~')
                {
                    // Inside the noun phrase: "a 25% ratio", "self-speculative".
                    continue;
                }

                if (c == '(')
                {
                    if (j - 1 >= lo && _t[j - 1].Kind == TokenKind.Word && Has(j - 1, WordClass.NounTail | WordClass.SelfHead) && Has(j + 1, WordClass.ListIntro))
                    {
                        // "several large language models (e.g., GPT-4, Claude 3) are able to …": the listed members
                        // take the role of the head they exemplify.
                        return IsModifier(j - 1, lo);
                    }

                    if (j - 2 >= lo && IsPunct(k + 1, ')') && Has(j - 1, WordClass.SelfHead) && !Span(j - 1).EndsWith('s') && OwnHeadOpens(j - 1, lo))
                    {
                        // "Our decoder (Masked VByte) is 2 to 4 times faster than …", "the proposed method (FooNet) outperforms
                        // …": the name of the paper's own thing, given in brackets after it, is the subject.
                        return false;
                    }

                    // "Low-Rank Adaptation (LoRA)": an alias shares its name's role; any other aside is no subject.
                    return !(j - 1 >= lo && _t[j - 1].Kind == TokenKind.Entity) || IsModifier(j - 1, lo);
                }

                return false;
            }

            if (Is(j, "with") && IsAbsoluteWith(k))
            {
                // "but with GMM performing better than the standard RBF by less than 1%": "with" and a participle make a
                // clause whose subject the name is.
                return false;
            }

            if ((Is(j, "e.g") || Is(j, "i.e")) && IsPunct(j - 1, '('))
            {
                // "the very simple methods (e.g. LSH and ITQ) often outperform …": the parenthesis decides, below.
                continue;
            }

            if (Is(j, "as") && Is(j - 1, "such") && j - 2 >= lo && _t[j - 2].Kind == TokenKind.Word && Has(j - 2, WordClass.NounTail | WordClass.SelfHead))
            {
                // "Simple methods such as LSH and ITQ often outperform …": the listed members take the role of the head they
                // exemplify, as in parentheses.
                return IsModifier(j - 2, lo);
            }

            if ((Is(j, "with") || Is(j, "using")) && j - 1 >= lo && _t[j - 1].Kind == TokenKind.Word && char.IsLower(_text[_t[j - 1].Start])
                && !Has(j - 1, WordClass.Verb | WordClass.Determiner | WordClass.Reporting | WordClass.Boundary) && !(Has(j - 1, WordClass.Preposition) && !Has(j - 1, WordClass.Gerund))
                && CueFollows(k + 1, k + 3)
                && !(Is(k + 1, "versus") || Is(k + 1, "vs")))
            {
                // "predicting existing music using RProp outperforms Back propagation through time": what a task is done with,
                // right before the verb, is what the claim is about ("routines using RFPF versus routines using …" pairs
                // the phrases, not the name).
                return false;
            }

            if (Is(j, "of") && (Is(j - 1, "implementation") || Is(j - 1, "implementations")))
            {
                // "a basic implementation of the resulting BCCD algorithm already outperforms FCI": what an implementation is
                // of is what the claim is about.
                return false;
            }

            if (Is(j, "based") && IsPunct(j - 1, '-') && _t[j - 1].End == _t[j].Start && j == k - 1)
            {
                // "GMM-based SCS is shown to lead to improved results": the compound says which SCS; it makes no phrase
                // the name is the object of.
                return false;
            }

            if (Has(j, WordClass.Preposition))
            {
                // "X as well as Y outperform Z" coordinates; "does not perform as well as n-gram models but outperforms
                // …" compares, and what it is compared with is no subject.
                return (!(Is(j, "as") && !Is(j - 1, "such")) || ComparedAsWellAs(j)) && !OpensWithPerformanceOf(j, lo);
            }

            if ((Is(j, "both") || Is(j, "the")) && j - 1 >= lo && _t[j - 1].Kind == TokenKind.Word && Span(j - 1).EndsWith('s') && char.IsLower(_text[_t[j - 1].Start])
                && (_t[j - 1].Class & ~(WordClass.NounTail | WordClass.SelfHead)) == 0)
            {
                // "without any added optimizations both LogicBlox and EmptyHeaded outperform": a new noun phrase starts.
                return false;
            }

            if (Has(j, WordClass.Coordinator))
            {
                // "OS-SART is comparable to EST, and the ADSIR outperforms EST": after a comma, a name its own verb follows
                // opens a clause; it is no conjunct of the object before.
                if (IsPunct(j - 1, ',') && CueFollows(k + 1, k + 3))
                {
                    return false;
                }

                return PreviousConjunct(j, lo) is var p && p >= 0 && IsModifier(p, lo);
            }

            if (Has(j, WordClass.Boundary) || Has(j, WordClass.Reporting) || Has(j, WordClass.Pronoun))
            {
                return false;
            }

            if (Has(j, WordClass.Verb) && !Has(j, WordClass.Reporting))
            {
                // "achieves a better DMT", "we fine-tune LLaMA": the object of a verb is not its subject either.
                return true;
            }

            if ((Is(j, "just") || Is(j, "only") || Is(j, "merely")) && j - 1 >= lo && Has(j - 1, WordClass.Preposition) && !Has(j - 1, WordClass.Gerund))
            {
                // "at the computational cost of just one singular value decomposition, thus producing results faster than":
                // a focusing adverb inside a prepositional phrase leaves the name in it.
                return true;
            }

            if (Has(j, WordClass.Adverb) && !Has(j, WordClass.Determiner))
            {
                // An auxiliary or adverb before the name: it is the subject.
                return false;
            }

            if (!Has(j, WordClass.Determiner) && ++words > 3)
            {
                return false;
            }
        }

        return false;
    }

    // The name is followed by a participle that is, or leads straight to, the comparison: "with GMM performing better than".
    private bool IsAbsoluteWith(int k)
    {
        var v = k + 1;
        if (v >= _t.Count || _t[v].Kind != TokenKind.Word || _t[v].Length <= 4 || !Span(v).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (var c = v; c < _t.Count && c <= v + 2; c++)
        {
            if (CueAt(c) != Cue.None)
            {
                return true;
            }
        }

        return false;
    }

    // "In our experiments MMS clearly outperforms PRM", "On all tasks X beats Y": a name between a common noun and
    // its finite verb opens the clause, though the sentence began with a phrase and no comma closed it.
    private bool HeadsItsVerb(int k, int lo)
    {
        const WordClass NotANoun = WordClass.Preposition | WordClass.Determiner | WordClass.Adverb | WordClass.Boundary | WordClass.Coordinator
            | WordClass.Reporting | WordClass.Pronoun | WordClass.Verb | WordClass.SelfDeterminer;
        var j = k + 1;
        if (k - 1 >= lo && (Is(k - 1, "allows") || Is(k - 1, "allow") || Is(k - 1, "allowed") || Is(k - 1, "enables") || Is(k - 1, "enable")
            || Is(k - 1, "enabled") || Is(k - 1, "helps") || Is(k - 1, "help")) && Is(k + 1, "to"))
        {
            // "This careful tuning allows Sapporo2 to be faster than Sapporo1": the name is what the infinitive says of it.
            j = k + 2;
        }
        else if (k - 1 < lo || _t[k - 1].Kind != TokenKind.Word || !char.IsLower(_text[_t[k - 1].Start]) || Has(k - 1, NotANoun))
        {
            return false;
        }

        return CueFollows(j, k + 3);
    }

    // A comparison cue at j, after adverbs and "is" up to limit, that is no participle: the name before it is its subject.
    private bool CueFollows(int j, int limit)
    {
        while (j < _t.Count && j <= limit && _t[j].Kind == TokenKind.Word && CueAt(j) == Cue.None && (IsAdverbial(j) || IsBe(j)))
        {
            j++;
        }

        if (IsBe(j - 1) && MarginBeforeCue(j) is var past && past > j)
        {
            // "spectrum sensing with kernel PCA is about 4 dB better than PCA": a margin between the verb and the comparative.
            j = past;
        }

        return j < _t.Count && CueAt(j) != Cue.None && !Span(j).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    // "about 4 dB", "12%", "2.5 times": the token after a short margin, or j when there is none.
    private int MarginBeforeCue(int j)
    {
        var k = Is(j, "up") && Is(j + 1, "to") ? j + 2
            : Is(j, "about") || Is(j, "approximately") || Is(j, "roughly") || Is(j, "nearly") ? j + 1
            : j;
        if (!IsNumberWord(k))
        {
            return j;
        }

        k++;
        if (IsPunct(k, '%') || Is(k, "dB") || Is(k, "times") || Is(k, "percent"))
        {
            k++;
        }

        return CueAt(k) != Cue.None ? k : j;
    }

    // "performs as well as n-gram models", "2.5 times as fast as the genetic algorithm": the name after "as … as" is what
    // something is compared with ("X as well as Y" alone coordinates).
    private bool ComparedAsWellAs(int j) =>
        Is(j - 2, "as") && j >= 3 && _t[j - 3].Kind == TokenKind.Word
        && ((Is(j - 1, "well") || Is(j - 1, "good")) && (IsBe(j - 3) || StartsWith(j - 3, "perform") || Is(j - 3, "do") || Is(j - 3, "does"))
            || _t[j - 1].Kind == TokenKind.Word && char.IsLower(_text[_t[j - 1].Start]) && (Is(j - 3, "times") || Is(j - 3, "twice")));

    // "the accuracy of Adam": a metric measuring the name after it is no subject.
    private bool IsMeasureOfName(int k)
    {
        if (_mentions[_t[k].Mention].Type != EntityType.Metric)
        {
            return false;
        }

        // "the accuracy performance of GRRF": the metric qualifies a measure noun before "of".
        var of = Has(k + 1, WordClass.PerformanceNoun) ? k + 2 : k + 1;
        return Is(of, "of") && of + 1 < _t.Count && _t[of + 1].Kind == TokenKind.Entity;
    }

    // "The performance of PAMI is superior to …", "The results obtained by SLS are similar or better than …": at the
    // head of its clause, the measure of a name stands for the name.
    private bool OpensWithPerformanceOf(int prep, int lo)
    {
        var p = prep - 1;
        if (Is(prep, "by") && Has(p, WordClass.Producing))
        {
            p--;
        }
        else if (!Is(prep, "of"))
        {
            return false;
        }

        var measure = p >= 0 && (Has(p, WordClass.PerformanceNoun) || (_t[p].Kind == TokenKind.Entity && _mentions[_t[p].Mention].Type == EntityType.Metric)
            || (Is(prep, "of") && (Is(p, "version") || Is(p, "variant") || Is(p, "implementation") || ThatOfFollows(prep))));
        if (p < lo || !measure)
        {
            return false;
        }

        // "the performance of", "the Kalman-like version of": a few modifiers may come between.
        var the = p - 1;
        // "the accuracy performance of GRRF": a metric may qualify the measure.
        // "each version of the PSO algorithm achieves notably better … than the standard Backpropagation (BP)".
        // "we demonstrate our adapted version of PPR can significantly outperform the basic PR".
        bool Opens(int k) => Is(k, "the") || Is(k, "each") || Is(k, "every") || (Is(k, "our") && Is(p, "version"));
        while (the >= lo && the >= p - 4 && !Opens(the) && (_t[the].Kind == TokenKind.Word || IsPunct(the, '-') || IsMetric(the))
            && !Has(the, WordClass.Boundary | WordClass.Reporting | WordClass.Preposition | WordClass.Verb))
        {
            the--;
        }

        // "We have experimentally shown that performance of DQRRR is better than RR", "Specifically for the Cuprite dataset,
        // performance of the proposed method is approximately 10% better than the VCA": a bare measure at the clause's head.
        // "it shows that convergence behavior of HLMS is much better than TLMS": a plain word or two may qualify the bare measure.
        var bare = p - 1;
        while (bare >= lo && bare >= p - 2 && _t[bare].Kind == TokenKind.Word && (_t[bare].Class == WordClass.None || _t[bare].Class == WordClass.PerformanceNoun) && char.IsLower(_text[_t[bare].Start]))
        {
            bare--;
        }

        var before = Opens(the) ? the - 1 : bare;
        if (!Opens(the) && (before >= lo && !Is(before, "that") && !IsPunct(before, ',') || Is(prep, "by") || !IsMeasure(p)))
        {
            return false;
        }

        // "Both synthetic and real oil fields are considered, and the performance of MCS is compared to …": a clause of its own.
        return before < lo || IsPunct(before, ',') || Is(before, "that") || Has(before, WordClass.Reporting) || (Opens(the) && Is(before, "and") && IsPunct(before - 1, ','));
    }

    // "the aggregate bisection bandwidth of DiFS … is much better than that of ECMP": the object's "that of" says the noun
    // before "of" is what is measured, whatever noun it is.
    private bool ThatOfFollows(int prep)
    {
        for (var j = prep + 2; j + 1 < _t.Count; j++)
        {
            if ((Is(j, "that") || Is(j, "those")) && Is(j + 1, "of") && (Is(j - 1, "than") || Is(j - 1, "to") || Is(j - 1, "with")))
            {
                return true;
            }
        }

        return false;
    }

    // The name before a coordinator or list comma ("on A and B models", "with A, B, and C"), or -1.
    private int PreviousConjunct(int j, int lo)
    {
        var words = 0;
        for (var p = j - 1; p >= lo; p--)
        {
            if (_t[p].Kind == TokenKind.Entity)
            {
                return p;
            }

            if (IsPunct(p, ',') || IsPunct(p, ')') || Has(p, WordClass.Coordinator))
            {
                continue;
            }

            if (_t[p].Kind != TokenKind.Word || !(Has(p, WordClass.NounTail) || Has(p, WordClass.Determiner)) || ++words > 2)
            {
                return -1;
            }
        }

        return -1;
    }

    // After the name at k (and its generic head nouns), does a list comma or coordinator follow?
    private bool ListGoesOn(int k)
    {
        for (var n = k + 1; n < _t.Count && n <= k + 3; n++)
        {
            if (IsPunct(n, ',') || Has(n, WordClass.Coordinator) || IsPunct(n, '/'))
            {
                return true;
            }

            if (!Has(n, WordClass.NounTail))
            {
                return false;
            }
        }

        return false;
    }

    // "provide estimates", "find solutions", "produce classifiers": the production verb right before a plural noun of
    // results (one lower-case word may stand between), or null.
    private int? ProducedBy(int noun)
    {
        if (noun < 1 || !ProductNouns.Contains(Span(noun)))
        {
            return null;
        }

        var v = noun - 1;
        if (_t[v].Kind == TokenKind.Word && !ProducingVerbs.Contains(Span(v)) && char.IsLower(_text[_t[v].Start]) && !Has(v, WordClass.Preposition | WordClass.Verb))
        {
            v--;
        }

        return v >= 1 && ProducingVerbs.Contains(Span(v)) ? v : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProductNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "estimates", "solutions", "predictions", "reconstructions", "segmentations", "classifiers", "detectors", "translations", "codes",
        "bounds", "representations", "embeddings", "clusterings", "partitions", "schedules", "plans", "summaries", "rankings", "models",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProducingVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "provide", "provides", "provided", "produce", "produces", "produced", "find", "finds", "found", "yield", "yields", "yielded",
        "give", "gives", "gave", "generate", "generates", "generated", "obtain", "obtains", "obtained", "learn", "learns", "learned",
        "return", "returns", "returned", "deliver", "delivers", "delivered", "compute", "computes", "computed",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "YOLOv8x-pose as our strongest baseline": the name that "as our/the …" gives the role noun at j, or -1.
    private int AsRoleOf(int j)
    {
        for (var k = j - 1; k >= 2 && k >= j - 4; k--)
        {
            if (Is(k, "as"))
            {
                return (Is(k + 1, "our") || Is(k + 1, "the") || Is(k + 1, "a")) && _t[k - 1].Kind == TokenKind.Entity && TakesClaims(_mentions[_t[k - 1].Mention].Type) ? k - 1 : -1;
            }

            if (_t[k].Kind != TokenKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    private SubjectCandidate? Antecedent(int boundary)
    {
        var j = boundary - 1;
        if (IsPunct(j, ','))
        {
            j--;
        }

        if (j < 0 || Has(j, WordClass.Reporting))
        {
            return null;
        }

        if (_t[j].Kind == TokenKind.Entity)
        {
            // "We use YOLOv8x-pose, which in our tasks outperforms YOLO11x-pose": a clause set off by ", which" speaks of the
            // object before the comma; not of a name after a preposition ("save 76% … on DeiT-base transferred from DeiT-small,
            // which outperforms bert2BERT" speaks of the saving).
            var c = Candidate(j);
            // Without the comma the clause restricts the name right before it: "are obtained by kernel ELM which outperforms SVMs".
            var objectOfVerb = Is(boundary, "which") && (IsPunct(boundary - 1, ',') && j >= 1 && Has(j - 1, WordClass.Verb) && !Has(j - 1, WordClass.Preposition)
                || j == boundary - 1 && j >= 1 && (Has(j - 1, WordClass.Verb) && !Has(j - 1, WordClass.Preposition | WordClass.Reporting) || Is(j - 1, "by")))
                && TakesClaims(c.Type ?? EntityType.Task) && !IsFragment(j);
            return IsModifier(j, 0) && !objectOfVerb ? null : c;
        }

        if ((Is(j, "baseline") || Is(j, "reference") || Is(j, "backbone")) && Is(boundary, "which") && AsRoleOf(j) is var named && named >= 0)
        {
            // "Using YOLOv8x-pose as our strongest baseline, which in our tasks outperforms YOLO11x-pose": the role's name.
            return Candidate(named);
        }

        if (IsPunct(j, ')') && j >= 2 && _t[j - 1].Kind == TokenKind.Entity && IsPunct(j - 2, '('))
        {
            // "hierarchical long-short term memory recurrent network (HLSTM), which performs better than HSRN": the name
            // defined in the parenthesis.
            return IsModifier(j - 1, 0) ? null : Candidate(j - 1);
        }

        if (Has(j, WordClass.SelfHead) && j >= 4 && _t[j - 1].Kind == TokenKind.Entity && Is(j - 2, "another") && IsPunct(j - 3, ',')
            && _t[j - 4].Kind == TokenKind.Entity && !IsModifier(j - 4, 0))
        {
            // "survey propagation, another message passing technique that surpasses BP": the appositive's name.
            return Candidate(j - 4);
        }

        if (ProducedBy(j) is { } verb && FindSubject(verb, participle: false, out var conditional) is { Count: > 0 } producers && !conditional)
        {
            // "HiKF can provide estimates that are more accurate than EnKF", "the IB-EM algorithm manages to find solutions
            // that are superior to standard EM methods": what a method produces stands for the method.
            return producers[0];
        }

        // "an ANLM algorithm that adapts to the image gradients outperforms NLM": the name before the head noun (not
        // "survey propagation, another message passing technique that surpasses BP": a kind the appositive belongs to).
        if (Has(j, WordClass.SelfHead) && j >= 1 && _t[j - 1].Kind == TokenKind.Entity && !IsModifier(j - 1, 0) && !Is(j - 2, "another") && !Is(j - 2, "other"))
        {
            return Candidate(j - 1);
        }

        if (_proposedKey is not null && !_group && Has(j, WordClass.SelfHead) && IntroducedHere(j))
        {
            // "In this paper, we propose an algorithm that outperforms BPDN": what the paper introduces is its own entity.
            return new SubjectCandidate(j, _proposedKey, _proposedType, false);
        }

        // "GaLore, a training strategy that …" / "MEAP is a method that …".
        for (var k = j; k >= 0 && k >= j - 7; k--)
        {
            if (IsBe(k) && k + 1 <= j && _t[k + 1].Kind == TokenKind.Word && Span(k + 1).EndsWith("ed", StringComparison.Ordinal))
            {
                // "Forests of … (CO2) decision trees are created, which significantly outperform Random Forest": a passive
                // clause, not "X is a method that …"; its subject is no name found here.
                return null;
            }

            if (IsPunct(k, ',') || IsBe(k))
            {
                // "GaLore, a … that", "Gradient Low-Rank Projection (GaLore), a … that".
                var e = IsPunct(k - 1, ')') && k - 2 >= 0 && _t[k - 2].Kind == TokenKind.Entity ? k - 2 : k - 1;
                if (e >= 0 && _t[e].Kind == TokenKind.Entity)
                {
                    return IsModifier(e, 0) ? null : Candidate(e);
                }
            }

            if (_t[k].Kind != TokenKind.Word || (Has(k, WordClass.Preposition) && !Has(k, WordClass.Gerund)) || Has(k, WordClass.Boundary))
            {
                return null;
            }
        }

        return null;
    }

    // "we propose an algorithm", "we present a new approach", "this paper introduces a novel method": the head is what
    // the paper's verb of introduction introduces, with an article and at most two adjectives between (not "the aim
    // is to develop an algorithm which …").
    private bool IntroducedHere(int head)
    {
        var k = head - 1;
        while (k >= 0 && k >= head - 2 && _t[k].Kind == TokenKind.Word && !Has(k, WordClass.Determiner) && !Is(k, "a") && !Is(k, "an"))
        {
            k--;
        }

        return k >= 2 && (Is(k, "a") || Is(k, "an"))
            && (Is(k - 2, "we") && (Is(k - 1, "propose") || Is(k - 1, "present") || Is(k - 1, "introduce") || Is(k - 1, "develop"))
                || (Is(k - 2, "paper") || Is(k - 2, "work") || Is(k - 2, "article") || Is(k - 2, "letter"))
                    && (Is(k - 1, "proposes") || Is(k - 1, "presents") || Is(k - 1, "introduces") || Is(k - 1, "develops")));
    }

    /// <summary>
    /// A name glued into a larger word is not a side of the comparison: "LoRA-finetuned model" (a model),
    /// "AutoML-only approaches", "DeepSpeed-MoE" (another name).
    /// </summary>
    internal bool IsFragment(int k)
    {
        var tok = _t[k];
        if (k > 0 && _t[k - 1].End == tok.Start && IsPunct(k - 1, '-') && k > 1 && _t[k - 2].End == _t[k - 1].Start)
        {
            return true;
        }

        if (Is(k + 1, "based"))
        {
            // "the traditional GMM based Fisher vector encoding": written apart, still the modifier of what follows;
            // "compared to PCA based algorithm": a bare kind after it leaves the name as the technique meant; "better
            // compared to NSGA II based on the features like execution time": a participle phrase after the name.
            return !IsBareKind(k + 2) && !Is(k + 2, "on") && !Is(k + 2, "upon");
        }

        if (IsPunct(k + 1, '-') && Is(k + 2, "based") && _t[k + 1].Start == tok.End && _t[k + 2].Start == _t[k + 1].End && IsBareKind(k + 3))
        {
            // "outperforms HOG-based methods", "the MMSE-based system outperforms the conventional ZF-based system".
            return false;
        }

        return k + 2 < _t.Count && IsPunct(k + 1, '-') && _t[k + 1].Start == tok.End && _t[k + 2].Start == _t[k + 1].End
            && _t[k + 2].Kind != TokenKind.Punct;
    }

    // "methods", "approach", "system": the head after "X-based" names no technique of its own, so the phrase means X
    // (not "GMM based Fisher vector encoding"). The task it serves may stand between: "PSO based clustering
    // algorithms", "the proposed HSC-based scene text recognition method".
    private bool IsBareKind(int k)
    {
        for (var j = k; j < k + 3 && j < _t.Count; j++)
        {
            if (IsBareKindWord(j))
            {
                return true;
            }

            var task = _t[j].Kind == TokenKind.Entity && _mentions[_t[j].Mention].Type == EntityType.Task;
            var plain = _t[j].Kind == TokenKind.Word && (_t[j].Class & ~ComparisonWords.Gerund) == 0 && char.IsLower(_text[_t[j].Start]);
            if (!task && !plain)
            {
                return false;
            }
        }

        return false;
    }

    private bool IsBareKindWord(int k) =>
        k < _t.Count && _t[k].Kind == TokenKind.Word && BareKinds.Contains(Span(k))
        && !(k + 1 < _t.Count && _t[k + 1].Kind is TokenKind.Word or TokenKind.Entity && _t[k + 1].Start == _t[k].End + 1 && (Has(k + 1, WordClass.SelfHead) || _t[k + 1].Kind == TokenKind.Entity));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "method", "methods", "approach", "approaches", "algorithm", "algorithms", "technique", "techniques", "system", "systems",
        "scheme", "schemes", "model", "models", "classifier", "classifiers", "solution", "solutions", "estimator", "estimators",
        "network", "networks",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "popular MDP algorithms such as ILAO* and LRTDP": a name heading a category whose members are listed next is
    // not itself an object; its members are.
    private bool IsCategoryOfList(int k)
    {
        var j = k + 1;
        while (j < _t.Count && j <= k + 2 && _t[j].Kind == TokenKind.Word && Has(j, WordClass.NounTail | WordClass.SelfHead))
        {
            j++;
        }

        if (j == k + 1)
        {
            return false;
        }

        if (IsPunct(j, ',') || IsPunct(j, '('))
        {
            j++;
        }

        return Has(j, WordClass.ListIntro) && j + 1 < _t.Count && (_t[j + 1].Kind == TokenKind.Entity || (Is(j, "such") && Is(j + 1, "as")));
    }

    // "MoE training systems", "BERT surgery": a name modifying another head noun is not the object itself;
    // "CoT baselines", "Pythia models" (generic heads) and "GPT-4 significantly" are fine.
    private bool IsCompoundModifier(int k)
    {
        var n = k + 1;
        if (NamesTheTechnique(k) && !(n + 2 < _t.Count && (_t[n + 2].Kind == TokenKind.Entity || IsPunct(n + 2, '('))))
        {
            // "the popular CombMNZ fusion algorithm", "the FIFO scheduling algorithm": a single technique noun heads the
            // phrase the name opens, so the phrase is that technique (not "the MoE training algorithm DeepSpeed").
            return false;
        }

        if (n + 1 < _t.Count && Has(n, WordClass.Gerund) && Has(n + 1, WordClass.SelfHead | WordClass.NounTail))
        {
            // "MoE training systems", "LoRA fine-tuning methods".
            return true;
        }

        if (Has(n, WordClass.PerformanceNoun) && !Has(n, WordClass.NounTail | WordClass.SelfHead))
        {
            // "significantly exceeding VSM performance on both tasks": the name's own result, so the name is what is beaten.
            return false;
        }

        return n < _t.Count && _t[n].Kind == TokenKind.Word && char.IsLower(_text[_t[n].Start])
            && (_t[n].Class & (WordClass.NounTail | WordClass.SelfHead | WordClass.Coordinator | WordClass.ObjectStop | WordClass.Preposition
                | WordClass.Adverb | WordClass.Boundary | WordClass.ListIntro | WordClass.Negator)) == 0
            && CueAt(n) == Cue.None && !IsReducedRelative(n) && !(IsAdverbial(n) && Span(n).Length > 4 && !LyNouns.Contains(Span(n)));
    }

    // Nouns that end like adverbs: "LSTM anomaly detectors" is a kind of detector, not LSTM ("than SVB mainly because …" is SVB).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LyNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "anomaly", "anomalies", "assembly", "family", "supply", "reply", "monopoly", "rally", "butterfly",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "the accelerated pISTA converges faster than FISTA" in the paper proposing pISTA: a version of the paper's own
    // technique speaks for it.
    private bool IsOwnName(int k) => _proposedKey is not null && string.Equals(_mentions[_t[k].Mention].Key, _proposedKey, StringComparison.Ordinal);

    // "the state of the art Group Lasso algorithm", "Our Exploratory EM algorithm", "the component lasso": a word that
    // makes a variant stands before the name, so the phrase names another technique than the one recognised.
    private bool IsVariantMention(int k)
    {
        if (k + 2 < _t.Count && VariantParticiples.Contains(Span(k + 1)) && (Is(k + 2, "by") || Is(k + 2, "with")))
        {
            // "ALS accelerated by N-GMRES may outperform stand-alone ALS": a participle after the name makes the variant too.
            return true;
        }

        var p = k - 1;
        if (p < 1 || _t[p].Kind != TokenKind.Word || _t[p].End != _t[k].Start - 1)
        {
            return false;
        }

        if (char.IsUpper(_text[_t[p].Start]))
        {
            // A capitalised word inside the sentence, not opening it and not a determiner ("Group Lasso", "Exploratory EM").
            // A maker's name or a language ("OpenAI GPT-4", "English SentiWordNet") says whose or which language's, not
            // which variant; an all-capitals word is a prefix of the name itself ("TCP NewReno", "OP R-CNN").
            return (_t[p - 1].Kind is TokenKind.Word or TokenKind.Entity) && !Has(p, WordClass.Determiner | WordClass.SelfDeterminer)
                && Span(p).Length > 1 && !Span(p).ContainsAnyInRange('0', '9') && !Makers.Contains(Span(p)) && Span(p)[1..].ContainsAnyInRange('a', 'z');
        }

        return VariantWords.Contains(Span(p));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VariantParticiples = new HashSet<string>(StringComparer.Ordinal)
    {
        "accelerated", "augmented", "combined", "enhanced", "equipped", "extended", "improved", "modified", "boosted", "coupled",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Makers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "OpenAI", "Google", "Google's", "Meta", "Meta's", "Microsoft", "Anthropic", "Facebook", "Amazon", "Apple", "NVIDIA", "Alibaba", "Baidu",
        "Huawei", "Tencent", "DeepMind", "HuggingFace", "IBM", "Salesforce", "Mistral", "Cohere", "xAI", "Zhipu", "Stanford", "Berkeley", "OpenAI's",
        "English", "Chinese", "German", "French", "Spanish", "Japanese", "Arabic", "Russian", "Korean", "Hindi", "Portuguese", "Italian",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VariantWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "group", "fused", "component", "relaxed", "decayed", "weighted", "regularized", "regularised", "accelerated",
        "asynchronous", "incremental", "hierarchical", "modified", "extended", "approximate", "randomized", "randomised", "constrained",
        "multi-task", "multitask", "adaptive", "split-merge", "kernel", "deep", "sparse", "robust", "online", "partial", "generalized",
        "generalised", "structured", "latent", "conditional", "stochastic", "nonlinear", "non-linear",
        "graphical", "fuzzy", "quantum", "kernelized", "nonparametric", "non-parametric", "discriminative", "semi-supervised",
        "multi-objective", "multiobjective",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "backpropagation NNs generally predict better than decision trees": the networks a method trains, a class of them.
    private bool NetworksItTrains(int k) =>
        _mentions[_t[k].Mention].Type == EntityType.Method && (Is(k + 1, "NNs") || Is(k + 1, "ANNs") || (Is(k + 1, "neural") && (Is(k + 2, "networks") || Is(k + 2, "nets"))));

    // "other GAs", "multi-subject fMRI ICA methods", "a SSL method based on …": a kind of technique, not the named one.
    private bool IsClassMention(int k)
    {
        if (Is(k - 1, "other") || Is(k - 2, "other") && _t[k - 1].Kind == TokenKind.Word && char.IsLower(_text[_t[k - 1].Start]) && _t[k - 1].Class == WordClass.None)
        {
            // "with other heuristical GP optimization approaches": a kind of technique, not the named one.
            return true;
        }

        var n = k + 1;
        if (NetworksItTrains(k))
        {
            return true;
        }

        if (Is(n, "variants"))
        {
            // "the SAM2 variants" are the variants of a name, not the name; "conventional FDM or FVM variants" share the head.
            return !((Is(k - 1, "and") || Is(k - 1, "or")) && k >= 2 && _t[k - 2].Kind == TokenKind.Entity);
        }

        if (Is(n, "methods") || Is(n, "algorithms") || Is(n, "approaches") || Is(n, "techniques"))
        {
            // "outperforms standard CF approaches", "can outperform most concurrent SBL algorithms", "superior to previous
            // Adaboost approaches": a plural head after a technique's name speaks of it in its forms, and the name stands for
            // them, when a list knows the name as a technique or the words before say the forms are its usual ones; "the
            // existing HDA methods", "previously reported RAB algorithms" are as often the methods of an area the letters name.
            // "conventional FDM or FVM methods": two names share the plural head, each one of them.
            return !((Is(k - 1, "and") || Is(k - 1, "or")) && k >= 2 && _t[k - 2].Kind == TokenKind.Entity)
                && !(k >= 1 && _t[k - 1].Kind == TokenKind.Word && Canonical.Contains(Span(k - 1)))
                && !_mentions[_t[k].Mention].Origin.StartsWith("lexicon", StringComparison.Ordinal);
        }

        var singularHead = Is(n, "method") || Is(n, "algorithm") || Is(n, "approach") || Is(n, "technique") || Is(n, "variant") || Is(n, "model")
            || Is(n, "library") || Is(n, "implementation") || Is(n, "program") || Is(n, "tool") || Is(n, "engine");
        if (!singularHead)
        {
            return false;
        }

        // "an SVM method"; "in comparison to a localized PCA model": an indefinite article, with no word between or with
        // words that are not the usual form's ("a standard SVM classifier" is SVM), makes a kind of it, not the name.
        var a = k - 1;
        while (a >= k - 2 && a >= 0 && _t[a].Kind == TokenKind.Word && char.IsLower(_text[_t[a].Start]) && _t[a].Class == WordClass.None && !Canonical.Contains(Span(a)))
        {
            if (Span(a).EndsWith("ly", StringComparison.Ordinal) || Provenance.Contains(Span(a)))
            {
                // "than a recently published Tabu Search approach": a particular one, set apart by when or where it appeared.
                return false;
            }

            a--;
        }

        return (Is(a, "a") || Is(a, "an")) && (a < k - 1 || !Is(n, "model"));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Provenance = new HashSet<string>(StringComparer.Ordinal)
    {
        "published", "proposed", "reported", "described", "presented", "introduced", "developed", "known", "used", "cited",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Canonical =
        new HashSet<string>(ComparisonWords.PlainFormAdjectives, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private bool NamesTheTechnique(int k)
    {
        var d = k - 1;
        while (d >= 0 && _t[d].Kind == TokenKind.Word && !Has(d, WordClass.Determiner) && char.IsLower(_text[_t[d].Start]) && d >= k - 3 && CueAt(d) == Cue.None)
        {
            d--;
        }

        if (!(Is(d, "the") || Is(d, "a") || Is(d, "an")))
        {
            return false;
        }

        for (var j = k + 1; j < _t.Count && j <= k + 2 && _t[j].Kind == TokenKind.Word && char.IsLower(_text[_t[j].Start]); j++)
        {
            if (Is(j, "algorithm") || Is(j, "method") || Is(j, "approach") || Is(j, "technique") || Is(j, "scheme") || Is(j, "protocol")
                || Is(j, "estimator") || Is(j, "classifier") || Is(j, "decoder") || Is(j, "detector") || Is(j, "tracker") || Is(j, "planner")
                || Is(j, "solver") || Is(j, "optimizer") || Is(j, "heuristic") || Is(j, "parser") || Is(j, "tagger") || Is(j, "learner") || Is(j, "sampler")
                || Is(j, "model") || Is(j, "system") || Is(j, "framework") || Is(j, "implementation") || Is(j, "filter"))
            {
                return true;
            }
        }

        return false;
    }

    // "the Bundle-Size Pricing (BSP) introduced by Chu et al.": a participle with its own phrase describes the name.
    private bool IsReducedRelative(int n) =>
        Span(n).EndsWith("ed", StringComparison.Ordinal) && n + 1 < _t.Count && Has(n + 1, WordClass.Preposition) && !Is(n + 1, "of");

    private SubjectCandidate Candidate(int k)
    {
        var m = _mentions[_t[k].Mention];
        return new SubjectCandidate(k, m.Key, m.Type, false);
    }

    private SubjectCandidate? Resolve(int k)
    {
        if (_t[k].Kind == TokenKind.Entity)
        {
            return Candidate(k);
        }

        return _proposedKey is null ? null : new SubjectCandidate(k, SelfKey(k), _proposedType, false);
    }

    // The paper's own entity a self-reference at k stands for: with several proposed together, only a plural one stands for them.
    private string? SelfKey(int k) => !_group || IsPluralSelfHead(k) ? _proposedKey : null;

    private bool IsPluralSelfHead(int k) =>
        Has(k, WordClass.SelfHead) && Span(k).EndsWith('s') && !Span(k).EndsWith("ss", StringComparison.Ordinal);

    // "our method", "the proposed approach", "our innovative layer-wise weight averaging technique".
    private bool IsSelfHeadAfterDeterminer(int k) => (Has(k, WordClass.SelfHead) && SelfDeterminerOf(k) >= 0) || IsOurResults(k) || IsBothOfOurs(k);

    // "Moreover, both algorithms significantly outperform classical GP-UCB": with two entities proposed, "both" and a plural
    // head are they.
    private bool IsBothOfOurs(int k) => _group && Is(k - 1, "both") && IsPluralSelfHead(k);

    // "Our results outperform afopt-max and FP-max", "our experimental results are better than those of …": our results stand
    // for the paper's technique; "our" is required ("a comparison between NFIS and SOM results" is of theirs).
    private bool IsOurResults(int k) =>
        _proposedKey is not null && !_group && (Is(k, "results") || Is(k, "result"))
        && (Is(k - 1, "our") || (Is(k - 2, "our") && _t[k - 1].Kind == TokenKind.Word && _t[k - 1].Class == WordClass.None));

    // "our layer-wise weight averaging technique": a name inside our own noun phrase describes it, it is not the subject.
    private bool InSelfReference(int k) =>
        k + 1 < _t.Count && Has(k + 1, WordClass.SelfHead) && (SelfDeterminerOf(k + 1) is var d && d >= 0) && !Is(d, "this") && !Is(d, "these");

    // "our proposed SVMcompare algorithm outperforms SVMrank": with no single proposed entity to stand for "our algorithm",
    // a written name (not a lower-case technique like "our weight averaging technique") right before the head is its name.
    private bool NamesSelfReference(int k) =>
        (_proposedKey is null || _group) && _t[k].Kind == TokenKind.Entity && InSelfReference(k) && !IsFragment(k)
        && _text.AsSpan(_t[k].Start, _t[k].End - _t[k].Start).ContainsAnyInRange('A', 'Z');

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareHeads = new HashSet<string>(StringComparer.Ordinal)
    {
        "algorithm", "method", "approach", "model", "framework", "technique", "scheme", "system", "classifier",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The model or method named last before this sentence is the paper's proposed entity.
    private bool LastTechniqueBeforeIsProposed()
    {
        if (_proposedKey is null || _t.Count == 0)
        {
            return false;
        }

        var start = _t[0].Start;
        var previous = SentenceBeforeStart(out _) is var p && p >= 0 ? p : start;
        int? first = null;
        for (var m = _mentions.Count - 1; m >= 0; m--)
        {
            if (_mentions[m].End <= start && TakesClaims(_mentions[m].Type))
            {
                if (string.Equals(_mentions[m].Key, _proposedKey, StringComparison.Ordinal) && first is null)
                {
                    return true;
                }

                if (_mentions[m].Start < previous)
                {
                    break;
                }

                first = m;
            }
        }

        // "To estimate the log likelihood SLIPCOVER performs Expectation Maximization with EMBLEM. The algorithm …": the
        // paper's own technique is the subject of the sentence before, ahead of the ones it uses ("We propose NOMP, a
        // generalization of OMP. The algorithm …" leaves it open).
        return first is { } f && string.Equals(_mentions[f].Key, _proposedKey, StringComparison.Ordinal)
            && SubjectVerb().IsMatch(_text.AsSpan(_mentions[f].End, Math.Min(24, start - _mentions[f].End)));
    }

    [GeneratedRegex(@"^ (?:also |then |first |further |thus )?(?:is|was|has|can|does|performs|uses|employs|combines|applies|exploits|relies|builds|learns|runs|searches|finds|computes|optimizes|generates)\b")]
    private static partial Regex SubjectVerb();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EarlierWork = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "recently", "previously", "originally", "earlier", "formerly", "already",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private int SelfDeterminerOf(int head)
    {
        if (head == 1 && Is(0, "the") && BareHeads.Contains(Span(head)) && LastTechniqueBeforeIsProposed())
        {
            // "SLIPCOVER … is evaluated on real data. The algorithm has been tested on five real world datasets and compared
            // with SLIPCASE, …": a sentence opening with the bare kind, when the technique named last is the paper's own.
            return 0;
        }

        for (var j = head - 1; j >= 0 && j >= head - 5; j--)
        {
            if (Has(j, WordClass.SelfDeterminer))
            {
                // "this/these" refer back too loosely unless they directly precede the head noun; "the previously
                // proposed method", "the recently developed method of Lee" are earlier work.
                return ((Is(j, "this") || Is(j, "these")) && j != head - 1) || EarlierWork.Contains(Span(j - 1)) ? -1 : j;
            }

            if ((_t[j].Kind == TokenKind.Entity && j != head - 1) || _t[j].Kind == TokenKind.Punct || (Has(j, WordClass.Preposition) && !Has(j, WordClass.Gerund)) || Has(j, WordClass.Boundary)
                || (Has(j, WordClass.Adverb) && !Has(j, WordClass.Determiner)))
            {
                return -1;
            }
        }

        return -1;
    }

    // ---- Negation and hedging -------------------------------------------------------------------------

    // "with no significant advantage of the ENN over the IINC", "error floors … cancel the advantage of FBMC over OFDM": the
    // noun of advantage denied or taken away by the words right before it.
    private bool DeniedNoun(int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 3 && _t[k].Kind != TokenKind.Punct; k--)
        {
            if (Is(k, "no") || Is(k, "without") || StartsWith(k, "cancel") || StartsWith(k, "eliminat") || StartsWith(k, "negat") || Is(k, "lose") || Is(k, "loses")
                || Is(k, "lost") || StartsWith(k, "eras") || StartsWith(k, "offset"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNegated(int cue, int from)
    {
        // "does not outperform", "fails to match", "cannot beat", "without outperforming", "no better than";
        // a comma ends the scope ("X, even without tuning, outperforms Y" is a claim), and "not only" is no negation.
        for (var k = cue - 1; k >= Math.Max(0, from) && k >= cue - 6; k--)
        {
            if (IsPunct(k, ','))
            {
                break;
            }

            if (!Has(k, WordClass.Negator))
            {
                continue;
            }

            if ((Is(k, "not") && (Is(k + 1, "only") || Is(k + 1, "just"))) || ((Is(k, "without") || Is(k, "no")) && k < cue - 2))
            {
                continue;
            }

            return true;
        }

        return Is(cue + 1, "neither") || (Is(cue + 1, "no") && !Is(cue + 2, "longer")) || IsPunct(_t.Count - 1, '?') || InNegatedRelative(cue, from);
    }

    // "there is no application formula where the quality of A is better than B": the clause hangs off a negated noun.
    private bool InNegatedRelative(int cue, int from)
    {
        for (var k = cue - 1; k >= Math.Max(0, from - 8) && k >= cue - 14; k--)
        {
            if (_t[k].Kind == TokenKind.Punct)
            {
                return false;
            }

            if (Is(k, "where") || Is(k, "which") || Is(k, "that") || Is(k, "whose"))
            {
                for (var j = k - 1; j >= 0 && j >= k - 4 && _t[j].Kind != TokenKind.Punct; j--)
                {
                    if (Is(j, "no") || Is(j, "none"))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private bool IsHedged(int from, int to)
    {
        if (OpinionBefore(from))
        {
            return true;
        }

        for (var k = Math.Max(0, from); k < to && k < _t.Count; k++)
        {
            if (!Has(k, WordClass.Hedge))
            {
                continue;
            }

            if (Is(k, "some") || Is(k, "certain"))
            {
                var next = k + 1 < _t.Count ? Span(k + 1) : default;
                if (next.StartsWith("case", StringComparison.OrdinalIgnoreCase) || next.StartsWith("setting", StringComparison.OrdinalIgnoreCase)
                    || next.StartsWith("scenario", StringComparison.OrdinalIgnoreCase) || next.StartsWith("task", StringComparison.OrdinalIgnoreCase)
                    || next.StartsWith("dataset", StringComparison.OrdinalIgnoreCase) || next.StartsWith("benchmark", StringComparison.OrdinalIgnoreCase)
                    || next.StartsWith("target", StringComparison.OrdinalIgnoreCase) || next.StartsWith("condition", StringComparison.OrdinalIgnoreCase)
                    || next.StartsWith("regime", StringComparison.OrdinalIgnoreCase) || next.StartsWith("configuration", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                continue;
            }

            if ((Is(k, "tend") || Is(k, "tends")) && !Is(k + 1, "to"))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    // "It seems likely that the ADMM algorithm will be faster …", "We conjecture that …": the claim is reported as an opinion
    // ("we can say that AODV outperforms DSR" asserts it).
    private bool OpinionBefore(int from)
    {
        for (var j = from - 1; j >= 1 && j >= from - 4; j--)
        {
            if (Is(j, "that"))
            {
                for (var k = j - 1; k >= 0 && k >= j - 3; k--)
                {
                    if (Has(k, WordClass.Opinion))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // ---- Token helpers --------------------------------------------------------------------------------

    private ReadOnlySpan<char> Span(int k) => k >= 0 && k < _t.Count ? _text.AsSpan(_t[k].Start, _t[k].Length) : default;

    private bool Is(int k, string word) =>
        k >= 0 && k < _t.Count && _t[k].Kind != TokenKind.Entity && _t[k].Length == word.Length && Span(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool StartsWith(int k, string prefix) =>
        k >= 0 && k < _t.Count && _t[k].Kind == TokenKind.Word && Span(k).StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private Cue CueAt(int k) => k >= 0 && k < _t.Count ? _t[k].Cue : Cue.None;

    private bool Has(int k, WordClass c) => k >= 0 && k < _t.Count && (_t[k].Class & c) != 0;

    private bool IsPunct(int k, char c) => k >= 0 && k < _t.Count && _t[k].Kind == TokenKind.Punct && _text[_t[k].Start] == c;

    private bool IsMetric(int k) => k >= 0 && k < _t.Count && _t[k].Kind == TokenKind.Entity && _mentions[_t[k].Mention].Type == EntityType.Metric;

    private bool IsBe(int k) =>
        Is(k, "is") || Is(k, "are") || Is(k, "was") || Is(k, "were") || Is(k, "be") || Is(k, "been") || Is(k, "being") || Is(k, "get") || Is(k, "gets");

    private bool IsNoun(int k) => StartsWith(k, "improvement") || StartsWith(k, "gain") || StartsWith(k, "advantage") || StartsWith(k, "speed");
}
