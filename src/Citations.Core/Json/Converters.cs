using System.Text.Json;
using System.Text.Json.Serialization;
using Citations.Core.Model;

namespace Citations.Core.Model;

/// <summary>Writes <see cref="CitationRef"/> as the contract's "note:index" string.</summary>
public sealed class CitationRefJsonConverter : JsonConverter<CitationRef>
{
    public override CitationRef Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? s = reader.GetString();
        return CitationRef.TryParse(s, out var r) ? r : throw new JsonException($"'{s}' is not a citation reference of the form note:index");
    }

    public override void Write(Utf8JsonWriter writer, CitationRef value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>Writes <see cref="LineSpan"/> as <c>[first, last]</c>.</summary>
public sealed class LineSpanJsonConverter : JsonConverter<LineSpan>
{
    public override LineSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("a line span is an array [first, last]");
        reader.Read(); int first = reader.GetInt32();
        reader.Read(); int last = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("a line span has exactly two numbers");
        return new LineSpan(first, last);
    }

    public override void Write(Utf8JsonWriter writer, LineSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.First);
        writer.WriteNumberValue(value.Last);
        writer.WriteEndArray();
    }
}

/// <summary>CSL-JSON lets many "string" variables be numbers (volume 2, season 3): read either, write a string.</summary>
public sealed class FlexibleStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out long l) ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => throw new JsonException($"expected a string or a number, found {reader.TokenType}"),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Date parts may be numbers or numeric strings (<c>[["1943", "6"]]</c>): read either, write numbers.</summary>
public sealed class DatePartsConverter : JsonConverter<IReadOnlyList<IReadOnlyList<int>>>
{
    public override IReadOnlyList<IReadOnlyList<int>>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("date-parts is an array of arrays");
        var result = new List<IReadOnlyList<int>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("each date-part is an array");
            var parts = new List<int>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int v = reader.TokenType switch
                {
                    JsonTokenType.Number => reader.GetInt32(),
                    JsonTokenType.String when int.TryParse(reader.GetString(), out int s) => s,
                    _ => throw new JsonException("a date part is a number"),
                };
                parts.Add(v);
            }
            result.Add(parts);
        }
        return result;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<IReadOnlyList<int>> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var parts in value)
        {
            writer.WriteStartArray();
            foreach (int p in parts) writer.WriteNumberValue(p);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }
}
