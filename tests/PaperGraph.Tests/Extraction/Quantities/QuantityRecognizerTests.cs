using PaperGraph.Domain;
using PaperGraph.Extraction.Quantities;

namespace PaperGraph.Tests.Extraction.Quantities;

public sealed class QuantityRecognizerTests
{
    [Theory]
    [InlineData("7B", 7e9, "", "7B")]
    [InlineData("4.7 billion", 4.7e9, "", "4.7 billion")]
    [InlineData("4.7 Billion parameters", 4.7e9, "parameters", "4.7 Billion parameters")]
    [InlineData("70M", 7e7, "", "70M")]
    [InlineData("1T tokens", 1e12, "tokens", "1T tokens")]
    [InlineData("100K", 1e5, "", "100K")]
    [InlineData("11.77 percentage points", 11.77, "pp", "11.77 percentage points")]
    [InlineData("30.0%", 30, "%", "30.0%")]
    [InlineData("30 percent", 30, "%", "30 percent")]
    [InlineData("2.5×", 2.5, "x", "2.5×")]
    [InlineData("3x faster", 3, "x", "3x faster")]
    [InlineData("1.4times", 1.4, "x", "1.4times")]
    [InlineData("10-fold", 10, "x", "10-fold")]
    [InlineData("3.1 lower perplexity", 3.1, "perplexity", "3.1 lower perplexity")]
    [InlineData("2 points", 2, "points", "2 points")]
    [InlineData("1.5 BLEU points", 1.5, "BLEU", "1.5 BLEU points")]
    [InlineData("+2.1 AP", 2.1, "AP", "+2.1 AP")]
    [InlineData("up to 10x", 10, "x", "up to 10x")]
    [InlineData("4-bit", 4, "bit", "4-bit")]
    [InlineData("1,000,000", 1e6, "", "1,000,000")]
    [InlineData("three times", 3, "x", "three times")]
    [InlineData("24 GB", 24, "GB", "24 GB")]
    public void ParsesValueScaleAndUnit(string text, double value, string unit, string written)
    {
        Assert.True(QuantityRecognizer.TryParse(text, out var q));
        Assert.Equal(value, q.Value, 6);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(written, q.Text);
    }

    [Theory]
    [InlineData("outperforming NTP by 11.77 percentage points.", "11.77 percentage points")]
    [InlineData("models from 70M to 7B demonstrate", "70M|7B")]
    [InlineData("a 50% compressed LLaMa-2 7B model", "50%|7B")]
    [InlineData("LLaMA-7B and GPT-3.5 on C4", "")]
    [InlineData("Mixtral 8x7B", "")]
    [InlineData("requires 25-30% of the storage", "25|30%")]
    [InlineData("speedups of 1.18times-1.22times on 1458 layers", "1.18times|1.22times|1458")]
    [InlineData("is 2.5× faster than", "2.5× faster")]
    public void FindsEveryQuantityAndNoNameDigits(string text, string expected)
    {
        var found = QuantityRecognizer.FindAll(text).Select(m => text.Substring(m.Start, m.Length)).ToList();
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), found);
        Assert.All(QuantityRecognizer.FindAll(text), m => Assert.Equal(text.Substring(m.Start, m.Length), m.Quantity.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("GPT4")]
    [InlineData("two")]
    [InlineData("seven models")]
    public void RejectsTextThatIsNoQuantity(string text)
    {
        Assert.False(QuantityRecognizer.TryParse(text, out _));
    }

    [Fact]
    public void FindAllRespectsTheRange()
    {
        const string text = "7B then 13B then 70B";
        var found = QuantityRecognizer.FindAll(text, 5, 10);
        var q = Assert.Single(found);
        Assert.Equal(new Quantity(13e9, "", "13B"), q.Quantity);
    }
}
