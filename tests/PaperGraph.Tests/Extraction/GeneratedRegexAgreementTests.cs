using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperGraph.Extraction;
using PaperGraph.Tests.Support;

namespace PaperGraph.Tests.Extraction;

/// <summary>
/// Every source-generated pattern of the extractor, run over the 1,790 held-out abstracts in eval/silver, matches as the
/// regex interpreter does and never throws. The .NET 10 generator has shipped bugs in bounded lazy loops
/// (dotnet/runtime#129511): one pattern threw IndexOutOfRangeException on a single abstract and stopped a corpus run.
/// </summary>
public sealed class GeneratedRegexAgreementTests
{
    private static readonly Lazy<IReadOnlyList<string>> Texts = new(() =>
        Directory.GetFiles(Path.Combine(TestPaths.RepoRoot(), "eval", "silver"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .SelectMany(e => new[] { e.GetProperty("abstract").GetString(), e.TryGetProperty("title", out var t) ? t.GetString() : null })
            .OfType<string>()
            .ToList());

    public static TheoryData<string> Patterns()
    {
        var data = new TheoryData<string>();
        foreach (var m in GeneratedRegexMethods())
        {
            data.Add($"{m.DeclaringType!.Name}.{m.Name}");
        }

        return data;
    }

    private static IEnumerable<MethodInfo> GeneratedRegexMethods() =>
        typeof(IPaperExtractor).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null && m.GetParameters().Length == 0);

    [Fact]
    public void ThereArePatternsToCheck() => Assert.True(GeneratedRegexMethods().Count() > 100);

    [Theory]
    [MemberData(nameof(Patterns))]
    public void TheGeneratedPatternAgreesWithTheInterpreter(string name)
    {
        var method = GeneratedRegexMethods().Single(m => $"{m.DeclaringType!.Name}.{m.Name}" == name);
        var generated = (Regex)method.Invoke(null, null)!;
        var interpreted = new Regex(generated.ToString(), generated.Options & ~RegexOptions.Compiled, generated.MatchTimeout);
        foreach (var text in Texts.Value)
        {
            var expected = string.Join('|', interpreted.Matches(text).Select(m => $"{m.Index}:{m.Length}"));
            string actual;
            try
            {
                actual = string.Join('|', generated.Matches(text).Select(m => $"{m.Index}:{m.Length}"));
            }
            catch (Exception ex)
            {
                Assert.Fail($"{name} threw {ex.GetType().Name} on: {text[..Math.Min(200, text.Length)]}");
                return;
            }

            Assert.True(expected == actual, $"{name} matched {actual} where the interpreter matched {expected} on: {text[..Math.Min(200, text.Length)]}");
        }
    }
}
