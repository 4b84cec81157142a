using System.Globalization;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>Formats ratios for tables.</summary>
internal static class Percent
{
    /// <summary>0.8571 → "0.857".</summary>
    public static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
