using PaperGraph.Domain;

namespace PaperGraph.Extraction.Entities;

/// <summary>
/// A known name followed by a capitalised technique noun is a longer name of its own: "LookAhead Decoding",
/// "FlashMLA Attention"; only after a coined word (CamelCase, capitals, digits). Lower-case heads ("LookAhead decoding") describe the
/// use of the name and stay apart; a run of capitalised words (a title-cased phrase) is left alone.
/// </summary>
internal static class NameTails
{
    /// <summary>New candidates spanning a mention (sorted by start) and the capitalised head noun after it.</summary>
    public static IEnumerable<Candidate> Find(string text, List<Candidate> mentions)
    {
        foreach (var m in mentions)
        {
            var surface = text[m.Start..m.End];
            if (m.Type is not (EntityType.Method or EntityType.Model) || surface.Contains(' ', StringComparison.Ordinal) || !CoinedNames.IsNameShaped(surface) || m.End + 2 >= text.Length || text[m.End] != ' ' || !char.IsAsciiLetterUpper(text[m.End + 1]))
            {
                continue;
            }

            var end = m.End + 2;
            while (end < text.Length && char.IsAsciiLetterLower(text[end]))
            {
                end++;
            }

            var head = text.AsSpan(m.End + 1, end - m.End - 1);
            if (!IsNamePart(head) || HeadNouns.Of(head.ToString().ToLowerInvariant()) != EntityType.Method || FollowedByCapitalised(text, end) || PrecededByCapitalised(text, m.Start))
            {
                continue;
            }

            var name = text[m.Start..end];
            yield return new Candidate(m.Start, end, EntityType.Method, name, "name-tail", 5);
        }
    }

    // "Decoding", "Attention", "Pruning" are part of a technique's name; "Algorithm", "Framework", "System" only say what it is.
    private static bool IsNamePart(ReadOnlySpan<char> head) =>
        head.Length >= 5 && (head.EndsWith("ing", StringComparison.Ordinal) || head.EndsWith("tion", StringComparison.Ordinal) || head is "Search" or "Descent");

    private static bool FollowedByCapitalised(string text, int end) =>
        end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-' || end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]));

    // "Efficient LookAhead Decoding": a title-cased phrase, not a name plus its head.
    private static bool PrecededByCapitalised(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.Length == 0 || !char.IsLetterOrDigit(before[^1]))
        {
            return false;
        }

        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]);
    }
}
