using System.Globalization;

namespace PaperGraph.Neo4j;

/// <summary>One row of an answer, read by field name.</summary>
internal sealed class Neo4jRecord(IReadOnlyDictionary<string, int> fields, object?[] values)
{
    public object? this[string field] =>
        fields.TryGetValue(field, out var i) ? values[i] : throw new KeyNotFoundException($"the answer has no field '{field}'");

    public string String(string field) => NullableString(field) ?? throw new InvalidDataException($"field '{field}' is null");

    public string? NullableString(string field) => this[field] switch
    {
        null => null,
        string s => s,
        var o => Convert.ToString(o, CultureInfo.InvariantCulture),
    };

    public long Int64(string field) => NullableInt64(field) ?? throw new InvalidDataException($"field '{field}' is null");

    public long? NullableInt64(string field) => this[field] switch
    {
        null => null,
        long l => l,
        double d => (long)d,
        string s => long.Parse(s, CultureInfo.InvariantCulture),
        var o => Convert.ToInt64(o, CultureInfo.InvariantCulture),
    };

    public int Int32(string field) => checked((int)Int64(field));

    public int? NullableInt32(string field) => NullableInt64(field) is { } l ? checked((int)l) : null;

    public double? NullableDouble(string field) => this[field] switch
    {
        null => null,
        double d => d,
        long l => l,
        string s => double.Parse(s, CultureInfo.InvariantCulture),
        var o => Convert.ToDouble(o, CultureInfo.InvariantCulture),
    };

    public bool Bool(string field) => this[field] is true;

    public IReadOnlyList<string> StringList(string field) => this[field] switch
    {
        null => [],
        IReadOnlyList<object?> list => [.. list.Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "")],
        var o => throw new InvalidDataException($"field '{field}' is a {o.GetType().Name}, not a list"),
    };
}
