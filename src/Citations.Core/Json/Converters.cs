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
