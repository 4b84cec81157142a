using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperGraph.Survey;

/// <summary>Writes a survey plan as JSON for tools (camelCase, enums as names).</summary>
public static class SurveyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The plan as indented JSON.</summary>
    public static string Write(SurveyPlan plan) => JsonSerializer.Serialize(plan, Options);
}
