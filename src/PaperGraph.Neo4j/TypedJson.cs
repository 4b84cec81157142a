using System.Globalization;
using System.Text.Json;

namespace PaperGraph.Neo4j;

/// <summary>
/// Reads values of the Query API's answers, in typed JSON (<c>application/vnd.neo4j.query</c>: every value
/// is <c>{"$type": "Integer", "_value": "42"}</c>, integers and floats as strings so 64-bit values survive)
/// or in plain JSON.
/// </summary>
internal static class TypedJson
{
    public static object? Read(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.String:
                return e.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Number:
                return e.TryGetInt64(out var l) ? l : e.GetDouble();
            case JsonValueKind.Array:
                return ReadList(e);
            case JsonValueKind.Object when e.TryGetProperty("$type", out var type) && e.TryGetProperty("_value", out var value):
                return ReadTyped(type.GetString(), value);
            default:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    map[p.Name] = Read(p.Value);
                }

                return map;
        }
    }

    private static List<object?> ReadList(JsonElement e)
    {
        var list = new List<object?>(e.GetArrayLength());
        foreach (var item in e.EnumerateArray())
        {
            list.Add(Read(item));
        }

        return list;
    }

    private static object? ReadTyped(string? type, JsonElement value) => type switch
    {
        "Null" => null,
        "Boolean" => value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.String && bool.Parse(value.GetString()!)),
        "Integer" => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
        "Float" => value.ValueKind == JsonValueKind.String ? ParseFloat(value.GetString()!) : value.GetDouble(),
        "List" => ReadList(value),
        "Map" => Read(value) is Dictionary<string, object?> m ? m : new Dictionary<string, object?>(),
        _ when value.ValueKind == JsonValueKind.String => value.GetString(),
        _ => Read(value),
    };

    private static double ParseFloat(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
