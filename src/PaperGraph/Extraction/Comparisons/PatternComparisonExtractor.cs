using System.Text.RegularExpressions;
using PaperGraph.Domain;
using PaperGraph.Extraction.Quantities;
using PaperGraph.Extraction.Text;

namespace PaperGraph.Extraction.Comparisons;

/// <summary>
/// Finds comparison claims sentence by sentence: a comparative cue, the subject before it (a named
/// entity, or "our method"/"it"/"we" resolved to the paper's one proposed entity), every named entity
/// of the coordinated object after it, and the metric, dataset, model and margin the same sentence
/// states. Negated cues give nothing; hedged ones are kept and marked. Precision first: a claim is
/// made only between models and methods, and only when the object is a named entity.
/// </summary>
public sealed partial class PatternComparisonExtractor : IComparisonExtractor
{
    /// <inheritdoc />
    public IReadOnlyList<Comparison> Extract(Paper paper, RecognizedEntities entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var text = entities.Text;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entities.Entities)
        {
            names[e.Key] = e.Name;
        }

        string? proposed = entities.Proposes.Count == 1 ? entities.Proposes[0] : null;
        var claims = new List<Comparison>();
        var seen = new HashSet<(string, string, ComparisonOutcome)>();
        foreach (var (start, length) in SentenceSplitter.Split(text))
        {
            var sentence = text.Substring(start, length);
            if (!ComparisonCues.MayCompare(sentence))
            {
                continue;
            }

            var mentions = entities.Mentions.Where(m => m.Start >= start && m.End <= start + length)
                .Select(m => m with { Start = m.Start - start }).ToList();
            foreach (var cue in ComparisonCues.Find(sentence))
            {
                if (ComparisonCues.IsNegated(sentence, cue.Start))
                {
                    continue;
                }

                var hedged = ComparisonCues.IsHedged(sentence, cue.Start);
                var before = SubjectBefore(sentence, mentions, cue, proposed);
                var after = ObjectsAfter(sentence, mentions, cue.End);
                if (before is null || after.Count == 0)
                {
                    continue;
                }

                foreach (var other in after)
                {
                    var (winner, loser) = cue.Reversed ? (other, before.Value) : (before.Value, other);
                    if (winner.Key == loser.Key || !Comparable(winner.Type, loser.Type))
                    {
                        continue;
                    }

                    if (!seen.Add((winner.Key, loser.Key, cue.Outcome)))
                    {
                        continue;
                    }

                    var (metric, dataset, onModel) = Qualifiers(mentions, winner.Key, loser.Key);
                    claims.Add(new Comparison(
                        names.GetValueOrDefault(winner.Key, winner.Surface), winner.Key,
                        names.GetValueOrDefault(loser.Key, loser.Surface), loser.Key,
                        cue.Outcome, sentence, start, length,
                        metric is null ? null : names.GetValueOrDefault(metric.Key, metric.Surface),
                        dataset is null ? null : names.GetValueOrDefault(dataset.Key, dataset.Surface),
                        onModel is null ? null : names.GetValueOrDefault(onModel.Key, onModel.Surface),
                        Margin(sentence, cue.End),
                        hedged));
                }
            }
        }

        return claims;
    }

    private static bool IsActor(EntityType t) => t is EntityType.Model or EntityType.Method;

    private static bool Comparable(EntityType a, EntityType b) => IsActor(a) && IsActor(b);

    private static (string Key, string Surface, EntityType Type)? SubjectBefore(string sentence, List<EntityMention> mentions, ComparisonCue cue, string? proposed)
    {
        // "We compare X with Y": the first side stands inside the cue.
        if (cue.Outcome == ComparisonOutcome.Compared && mentions.FirstOrDefault(m => m.Start >= cue.Start && m.End <= cue.End && IsActor(m.Type)) is { } inside)
        {
            return (inside.Key, inside.Surface, inside.Type);
        }

        var candidates = mentions.Where(m => m.End <= cue.Start && IsActor(m.Type)).ToList();

        // "…, outperforming Y": the one doing it is the clause's subject, the first actor of the sentence.
        var actor = cue.Participle ? candidates.FirstOrDefault() : candidates.LastOrDefault(m => !IsQualifier(sentence, m));

        // "X versus Y" names both sides next to each other; anything further away is not this comparison.
        if (cue.Outcome == ComparisonOutcome.Compared && !sentence[cue.Start..cue.End].Contains("ompare", StringComparison.Ordinal))
        {
            return actor is not null && cue.Start - actor.End <= 3 ? (actor.Key, actor.Surface, actor.Type) : null;
        }
        var pronounAt = LastPronoun(sentence[..cue.Start]);
        if (proposed is not null && pronounAt >= 0 && (actor is null || pronounAt > actor.End))
        {
            return (proposed, proposed, TypeFromKey(proposed));
        }

        if (actor is null)
        {
            // "We outperform Y" / a participle with no named subject: the proposed entity, if there is exactly one.
            return proposed is not null && (cue.Participle || WeBefore().IsMatch(sentence[..cue.Start])) ? (proposed, proposed, TypeFromKey(proposed)) : null;
        }

        // The subject and its verb must be close: a long gap is another clause.
        var gap = sentence[actor.End..cue.Start];

        // "X, a method that is more efficient than Y": the relative clause describes X itself.
        var appositive = Appositive().IsMatch(gap);
        if (!cue.Participle && (gap.Length > 100 || !appositive && ClauseBreak().IsMatch(gap) || appositive && gap.Contains(';', StringComparison.Ordinal)))
        {
            return null;
        }

        return (actor.Key, actor.Surface, actor.Type);
    }

    // "on LLaMA-7B", "with GPT-2": a model named after these is what the comparison ran on, not a side.
    private static bool IsQualifier(string sentence, EntityMention m)
    {
        var before = sentence[Math.Max(0, m.Start - 12)..m.Start];
        return QualifierBefore().IsMatch(before);
    }

    private static List<(string Key, string Surface, EntityType Type)> ObjectsAfter(string sentence, List<EntityMention> mentions, int cueEnd)
    {
        var objects = new List<(string, string, EntityType)>();
        var last = cueEnd;
        foreach (var m in mentions.Where(m => m.Start >= cueEnd))
        {
            var gap = sentence[last..m.Start];
            var first = objects.Count == 0;
            if (first ? !LeadIn().IsMatch(gap) && !SuchAs().IsMatch(gap) && !Modifiers().IsMatch(gap) : !Coordination().IsMatch(gap))
            {
                break;
            }

            if (IsActor(m.Type))
            {
                objects.Add((m.Key, m.Surface, m.Type));
            }
            else if (first)
            {
                // The first thing named after the cue is a metric or dataset: "outperforms in perplexity on C4".
                break;
            }

            last = m.End;
        }

        return objects;
    }

    private static (EntityMention? Metric, EntityMention? Dataset, EntityMention? Model) Qualifiers(List<EntityMention> mentions, string winner, string loser) =>
        (mentions.FirstOrDefault(m => m.Type == EntityType.Metric),
         mentions.FirstOrDefault(m => m.Type == EntityType.Dataset),
         mentions.FirstOrDefault(m => m.Type == EntityType.Model && m.Key != winner && m.Key != loser));

    private static Quantity? Margin(string sentence, int cueEnd)
    {
        foreach (var q in QuantityRecognizer.Find(sentence))
        {
            if (q.Quantity.Unit is "params" || q.Quantity.Unit == "" && q.Quantity.Value >= 1000)
            {
                continue;
            }

            var before = sentence[Math.Max(0, q.Start - 12)..q.Start];
            var after = sentence[(q.Start + q.Length)..Math.Min(sentence.Length, q.Start + q.Length + 24)];
            if (q.Start >= cueEnd && MarginBefore().IsMatch(before) || MarginAfter().IsMatch(after) && q.Quantity.Unit != "")
            {
                return q.Quantity;
            }
        }

        return null;
    }

    private static int LastPronoun(string before)
    {
        var m = Pronoun().Matches(before);
        return m.Count == 0 ? -1 : m[^1].Index + m[^1].Length;
    }

    private static EntityType TypeFromKey(string key) =>
        Enum.TryParse<EntityType>(key[..key.IndexOf(':', StringComparison.Ordinal)], ignoreCase: true, out var t) ? t : EntityType.Method;

    [GeneratedRegex(@"\b(?:[Oo]ur\s+(?:\w+\s+){0,2}?(?:method|approach|model|framework|technique|algorithm|optimizer|system|solution|design)s?|[Tt]he\s+proposed\s+(?:\w+\s+){0,2}?\w+|\b[Ii]t|[Tt]his\s+(?:method|approach|model|framework|technique))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^\)?,\s+(?:a|an)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Appositive();

    // "… than the zero-shot, few-shot, and human-written CoT": a few modifiers, no clause or qualifier words.
    [GeneratedRegex(@"^[\s,]*(?:(?!(?:while|which|that|when|where|with|using|on|in|for|by|to|from|at|across|over|under|via|through|than|as|is|are|was|were)\b)[a-z][\w\-]*[\s,]+(?:and\s+|or\s+)?){0,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Modifiers();

    // "… common low-rank adaptation methods such as LoRA".
    [GeneratedRegex(@"^[\s,]*(?:the\s+)?(?:[a-z][\w\-]*\s+){0,7}(?:such\s+as|like|including|e\.g\.,?|namely)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SuchAs();

    [GeneratedRegex(@"\b[Ww]e\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WeBefore();

    [GeneratedRegex(@"[;:]|\b(?:while|whereas|although|but|which|that|where|when)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(?:on|with|for|using|of|to|in|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifierBefore();

    // Between the cue and the first object: a few words such as "both", "the strong baseline", "existing methods like".
    [GeneratedRegex(@"^[\s,]*(?:(?:both|the|a|an|strong|existing|prior|previous|standard|vanilla|conventional|traditional|popular|common|commonly|recent|typical|competitive|state-of-the-art|SOTA|leading|widely-used|widely|used|baselines?|methods?|approaches|techniques|models?|such|as|like|including|e\.g\.,?|i\.e\.,?|counterparts?|its|their|all|other|several|\(|performance|of|results)\s*,?\s*){0,8}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^\s*(?:,|and|or|as\s+well\s+as|,\s*and|,\s*or|/|\)|\(|the|both)?\s*(?:and|or|the)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();

    [GeneratedRegex(@"\b(?:by|of|up\s+to|over|to)\s+(?:up\s+to\s+)?(?:an?\s+)?(?:average\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarginBefore();

    [GeneratedRegex(@"^\s*(?:\w+\s+)?(?:faster|higher|lower|better|speed-?up|improvement|gains?|fewer|less|reduction|more)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarginAfter();
}
