namespace PaperGraph.Extraction.Comparisons;

/// <summary>
/// A sentence as tokens: words, punctuation marks, and each entity mention as one token. Built only for
/// sentences that contain a comparative cue.
/// </summary>
internal static class TokenizedSentence
{
    /// <summary>Tokenises <c>text[start..end]</c>; <paramref name="cursor"/> walks the mentions (in text order) across calls.</summary>
    public static void Tokenize(string text, int start, int end, IReadOnlyList<EntityMention> mentions, ref int cursor, List<SentenceToken> into)
    {
        into.Clear();
        while (cursor < mentions.Count && mentions[cursor].Start < start)
        {
            cursor++;
        }

        var m = cursor;
        var i = start;
        while (i < end)
        {
            while (m < mentions.Count && mentions[m].Start < i)
            {
                m++;
            }

            if (m < mentions.Count && mentions[m].Start == i && mentions[m].End <= end)
            {
                into.Add(new SentenceToken(i, mentions[m].End, TokenKind.Entity, m, WordClass.None));
                i = mentions[m].End;
                m++;
                continue;
            }

            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                into.Add(new SentenceToken(i, i + 1, TokenKind.Punct, -1, WordClass.None));
                i++;
                continue;
            }

            var next = m < mentions.Count ? Math.Min(mentions[m].Start, end) : end;
            var j = i + 1;
            while (j < next)
            {
                var d = text[j];
                if (char.IsLetterOrDigit(d))
                {
                    j++;
                }
                else if (d is '-' or '\'' or '’' or '.' && j + 1 < next && char.IsLetterOrDigit(text[j + 1]))
                {
                    // Inner joiners keep "state-of-the-art", "11.77" and "e.g" whole.
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            var (cls, cue) = ComparisonWords.Lookup(text.AsSpan(i, j - i));
            into.Add(new SentenceToken(i, j, TokenKind.Word, -1, cls, cue));
            i = j;
        }
    }
}
