using System.Text;
using PaperGraph.Domain;
using PaperGraph.Extraction;

namespace PaperGraph.Tests.Extraction.Comparisons.Support;

/// <summary>
/// Builds a <see cref="RecognizedEntities"/> by hand, standing in for the entity recogniser: the text marks each
/// mention as <c>[surface|Type]</c>; <c>[surface|Type=Name]</c> resolves it to another name's entity (an alias);
/// a trailing <c>*</c> on the type (<c>[MEAP|Method*]</c>) marks the entity as proposed by the paper.
/// </summary>
internal static class EntityMarkup
{
    public static (Paper Paper, RecognizedEntities Entities) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var mentions = new List<EntityMention>();
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var proposes = new List<string>();
        var i = 0;
        while (i < markup.Length)
        {
            if (markup[i] != '[' || markup.IndexOf('|', i) is var bar && bar < 0 || markup.IndexOf(']', i) is var close && close < bar)
            {
                text.Append(markup[i++]);
                continue;
            }

            var surface = markup[(i + 1)..bar];
            var spec = markup[(bar + 1)..close];
            var proposed = spec.EndsWith('*');
            spec = spec.TrimEnd('*');
            var eq = spec.IndexOf('=', StringComparison.Ordinal);
            var type = Enum.Parse<EntityType>(eq < 0 ? spec : spec[..eq]);
            var name = eq < 0 ? surface : spec[(eq + 1)..];
            var key = EntityKey.For(type, name);
            mentions.Add(new EntityMention(text.Length, surface.Length, surface, type, key, "test"));
            if (!entities.ContainsKey(key))
            {
                entities[key] = new Entity(type, name, key, surface == name ? [] : [surface], 1, "test");
            }

            if (proposed && !proposes.Contains(key))
            {
                proposes.Add(key);
            }

            text.Append(surface);
            i = close + 1;
        }

        var s = text.ToString();
        var paper = new Paper("test", null, s, [], null, [], null, null, new SourceLocation("test", 1, 1));
        return (paper, new RecognizedEntities(s, mentions, entities.Values.ToList(), proposes));
    }
}
