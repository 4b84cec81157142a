using System.Text.RegularExpressions;
using PaperGraph.Domain;
using PaperGraph.Extraction.Quantities;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Comparisons;

/// <summary>
/// Finds comparison claims with grammatical patterns over the recognised entity mentions, sentence by
/// sentence: "X outperforms/surpasses/beats Y", "X achieves better … than Y", "Y is outperformed by X",
/// "Y lags behind X", "X is comparable to / on par with / competitive with / matches Y", "we compare X with Y",
/// "X vs. Y", "compared to Y". Coordinated objects give one claim each; metric, dataset, model and margin
/// qualifiers are attached; negated claims are dropped and hedged ones marked. Sentences without a
/// comparative cue are skipped after one vectorised scan. Precision first: a construction it does not
/// understand gives no claim. Pure and thread-safe.
/// </summary>
public sealed partial class PatternComparisonExtractor : IComparisonExtractor
{
    /// <inheritdoc />
    public IReadOnlyList<Comparison> Extract(Paper paper, RecognizedEntities entities)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(entities);
        var text = entities.Text;
        string? proposedKey = entities.Proposes.Count == 1 ? entities.Proposes[0] : null;
        var proposedType = proposedKey is null ? null : Find(entities.Entities, proposedKey)?.Type;
        var groupType = proposedKey is null ? GroupType(entities) : null;
        var group = groupType is not null;
        if (group)
        {
            // "The proposed alignment methods outperform DTW": two or three entities of one kind proposed together are
            // what a plural self-reference stands for; each of them gets the claim.
            proposedKey = GroupKey;
            proposedType = groupType;
        }
        else if (proposedType is null)
        {
            proposedKey = null;
        }

        // One mention is enough when "our method" can stand for the paper's own entity, which only the title may name.
        if (entities.Mentions.Count < (proposedKey is null ? 2 : 1) || text.AsSpan().IndexOfAny(ComparisonWords.CueProbe) < 0)
        {
            return [];
        }

        var analyzer = new SentenceAnalyzer(text, entities.Mentions, proposedKey, proposedType, group);
        var tokens = new List<SentenceToken>(64);
        var drafts = new List<ClaimDraft>();
        List<Comparison>? result = null;
        HashSet<(string, string, ComparisonOutcome)>? seen = null;
        var cursor = 0;
        var first = 0;
        var mentions = entities.Mentions;
        var prior = -1;
        foreach (var (start, length) in SentenceSplitter.Split(text))
        {
            var before = prior;
            prior = start;
            // A claim needs two names in the sentence, or one and a self-reference the paper resolves, or one and a plural
            // head that takes up the names before ("These algorithms outperform SGD", "… more efficient than all of them").
            while (first < mentions.Count && mentions[first].Start < start)
            {
                first++;
            }

            var last = first;
            while (last < mentions.Count && mentions[last].End <= start + length)
            {
                last++;
            }

            var sentence = text.AsSpan(start, length);
            var needed = proposedKey is null && !sentence.StartsWith("These ", StringComparison.Ordinal) && !sentence.StartsWith("Both ", StringComparison.Ordinal)
                && !sentence.Contains(" of them", StringComparison.Ordinal) && !sentence.Contains(" them all", StringComparison.Ordinal) ? 2 : 1;
            if (last - first < needed || sentence.IndexOfAny(ComparisonWords.CueProbe) < 0)
            {
                continue;
            }

            TokenizedSentence.Tokenize(text, start, start + length, entities.Mentions, ref cursor, tokens);
            drafts.Clear();
            analyzer.Analyze(tokens, drafts);
            if (drafts.Count == 0)
            {
                continue;
            }

            if (group)
            {
                Ungroup(drafts, entities.Proposes);
            }

            // "… algorithms like SAG, SVRG, SAGA. These algorithms have been shown to outperform SGD": names taken up from the
            // sentence before make that sentence part of the evidence.
            var from = analyzer.TookUpNamesBefore && before >= 0 ? before : start;
            var evidence = TrimEnd(text, from, start + length - from);
            for (var k = drafts.Count - 1; k >= 0; k--)
            {
                if (drafts[k].Outcome == ComparisonOutcome.Comparable && drafts[k].Cue < tokens.Count
                    && ParityThenFaster().IsMatch(text.AsSpan(tokens[drafts[k].Cue].End, start + length - tokens[drafts[k].Cue].End)))
                {
                    // "our approach delivers accuracy comparable to the most popular MCMC method, but operates more than an
                    // order of magnitude faster": as good, and faster, is a win as well as a tie.
                    drafts.Insert(k + 1, drafts[k] with { Outcome = ComparisonOutcome.Outperforms });
                }
            }

            IReadOnlyList<QuantityMatch>? quantities = null;
            foreach (var draft in drafts)
            {
                // A comparison without a winner has no direction: the paper's own entity comes first ("a comparative study
                // between the conventional FCM and proposed ISFCM" is ISFCM compared with FCM).
                var d = draft.Outcome == ComparisonOutcome.Compared && entities.Proposes.Contains(draft.ObjectKey) && !entities.Proposes.Contains(draft.SubjectKey)
                    ? draft with { SubjectKey = draft.ObjectKey, ObjectKey = draft.SubjectKey }
                    : draft;

                seen ??= [];
                if (!seen.Add((d.SubjectKey, d.ObjectKey, d.Outcome)))
                {
                    continue;
                }

                quantities ??= QuantityRecognizer.FindAll(text, start, length);
                var subject = Find(entities.Entities, d.SubjectKey);
                var obj = Find(entities.Entities, d.ObjectKey);
                if (subject is null || obj is null)
                {
                    continue;
                }

                (result ??= []).Add(new Comparison(
                    subject.Name,
                    subject.Key,
                    obj.Name,
                    obj.Key,
                    d.Outcome,
                    evidence,
                    from,
                    evidence.Length,
                    Qualifier(entities, tokens, d, drafts, EntityType.Metric, modifierOnly: false),
                    Qualifier(entities, tokens, d, drafts, EntityType.Dataset, modifierOnly: false),
                    Qualifier(entities, tokens, d, drafts, EntityType.Model, modifierOnly: true),
                    Margin(text, tokens, d, quantities),
                    d.Hedged));
            }
        }

        // A plain "compared" claim adds nothing when the abstract states a win or a tie for the same pair, in its sentence or
        // another ("We compare X with Y. … X outperforms Y"): one statement of it, not a second claim.
        result?.RemoveAll(c => c.Outcome == ComparisonOutcome.Compared
            && result.Exists(o => o.Outcome != ComparisonOutcome.Compared && SamePair(o.SubjectKey, o.ObjectKey, c.SubjectKey, c.ObjectKey)));
        return result ?? (IReadOnlyList<Comparison>)[];
    }

    private const string GroupKey = "\0proposed";

    // The one type of the two or three entities a paper proposes, when they share it and it takes claims.
    private static EntityType? GroupType(RecognizedEntities entities)
    {
        if (entities.Proposes.Count is < 2 or > 3)
        {
            return null;
        }

        EntityType? type = null;
        foreach (var key in entities.Proposes)
        {
            var t = Find(entities.Entities, key)?.Type;
            if (t is not (EntityType.Method or EntityType.Model) || (type is not null && t != type))
            {
                return null;
            }

            type = t;
        }

        return type;
    }

    // A claim of the proposed group becomes one claim per member; a member is not its own object, and the group no object.
    private static void Ungroup(List<ClaimDraft> drafts, IReadOnlyList<string> proposes)
    {
        var count = drafts.Count;
        for (var i = 0; i < count; i++)
        {
            var d = drafts[i];
            if (d.SubjectKey != GroupKey || proposes.Contains(d.ObjectKey))
            {
                continue;
            }

            foreach (var key in proposes)
            {
                drafts.Add(d with { SubjectKey = key });
            }
        }

        drafts.RemoveAll(d => d.SubjectKey == GroupKey || d.ObjectKey == GroupKey);
    }

    private static bool SamePair(string aSubject, string aObject, string bSubject, string bObject) =>
        (aSubject == bSubject && aObject == bObject) || (aSubject == bObject && aObject == bSubject);

    // A name that is a side of another claim of the sentence ("such as Pythia, INCITE and OpenLLaMA") qualifies none.
    private static bool IsSide(List<ClaimDraft> claims, string key)
    {
        foreach (var c in claims)
        {
            if (c.SubjectKey == key || c.ObjectKey == key)
            {
                return true;
            }
        }

        return false;
    }

    private static Entity? Find(IReadOnlyList<Entity> entities, string key)
    {
        foreach (var e in entities)
        {
            if (string.Equals(e.Key, key, StringComparison.Ordinal))
            {
                return e;
            }
        }

        return null;
    }

    private static string TrimEnd(string text, int start, int length)
    {
        while (length > 0 && char.IsWhiteSpace(text[start + length - 1]))
        {
            length--;
        }

        return text.Substring(start, length);
    }

    // The metric, dataset or model the sentence names besides the two sides: the nearest one to the claim.
    // A model qualifies only from inside a phrase ("on LLaMA-7B", "with Mistral-7B"), not as a bystander subject.
    private static string? Qualifier(RecognizedEntities entities, List<SentenceToken> tokens, ClaimDraft d, List<ClaimDraft> sentenceClaims, EntityType type, bool modifierOnly)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        for (var k = 0; k < tokens.Count; k++)
        {
            var tok = tokens[k];
            if (tok.Kind != TokenKind.Entity || d.Excluded.Contains(k))
            {
                continue;
            }

            var m = entities.Mentions[tok.Mention];
            // Nor a side under another type: "DPM" the dataset beside "outperforms DPMs" the method.
            if (m.Type != type || SameName(m.Key, d.SubjectKey) || SameName(m.Key, d.ObjectKey) || IsSide(sentenceClaims, m.Key))
            {
                continue;
            }

            if (modifierOnly && !(k > 0 && tokens[k - 1].Kind == TokenKind.Word && (tokens[k - 1].Class & WordClass.Preposition) != 0))
            {
                continue;
            }

            var distance = k < d.From ? d.From - k : k >= d.To ? k - d.To + 1 : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = Find(entities.Entities, m.Key)?.Name ?? m.Surface;
            }
        }

        return best;
    }

    // Two keys ("dataset:dpm", "method:dpm") of one name.
    private static bool SameName(string a, string b) => a.AsSpan(a.IndexOf(':', StringComparison.Ordinal) + 1).SequenceEqual(b.AsSpan(b.IndexOf(':', StringComparison.Ordinal) + 1));

    // "by 11.77 percentage points" after the cue, or a quantity glued to a comparative cue ("2.5× faster than").
    private static Quantity? Margin(string text, List<SentenceToken> tokens, ClaimDraft d, IReadOnlyList<QuantityMatch> quantities)
    {
        if (quantities.Count == 0)
        {
            return null;
        }

        var cue = tokens[d.Cue];
        var comparative = cue.Cue is Cue.Comparative or Cue.WorseComparative;
        var limit = d.To < tokens.Count ? tokens[Math.Min(tokens.Count - 1, d.To + 8)].End : tokens[^1].End;
        foreach (var q in quantities)
        {
            if (InsideEntity(tokens, q))
            {
                continue;
            }

            if (comparative && q.Start <= cue.Start && q.End >= cue.Start - 1)
            {
                return q.Quantity;
            }

            // "reduces memory by up to 50% compared to LoRA": a plain comparison may state its margin first.
            var from = d.Outcome == ComparisonOutcome.Compared || cue.Cue is Cue.Compare or Cue.Relative or Cue.Comparison ? tokens[d.From].Start : cue.End;
            if (q.Start > from && q.Start <= limit && PrecededByBy(text, q.Start))
            {
                return q.Quantity;
            }
        }

        return null;
    }

    private static bool InsideEntity(List<SentenceToken> tokens, QuantityMatch q)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Entity && t.Start < q.End && q.Start < t.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PrecededByBy(string text, int start)
    {
        var s = text.AsSpan(0, start).TrimEnd();
        foreach (var lead in (ReadOnlySpan<string>)[" by", " by a margin of", " by an average of", " by a large margin of", " by as much as"])
        {
            if (s.EndsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // After a parity cue, in the same sentence and joined to it (not another item of a list: "(ii)"), a gain in speed or
    // efficiency with nothing of its own to beat.
    [GeneratedRegex(@"^(?:(?!\((?:i{1,3}|iv|vi?|\d)\))[^.;])*?\b(?:but|while|with|and|yet)\b(?:(?!\((?:i{1,3}|iv|vi?|\d)\))[^.;]){0,60}?\b(?:faster|speed-?ups?|(?:advantages?|gains?) (?:of|in) (?:computational )?(?:efficiency|speed)|less (?:time|memory|computation))\b(?![^.;]{0,40}\bthan\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ParityThenFaster();
}
