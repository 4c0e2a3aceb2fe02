using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Citations.Core.Model;

namespace Citations.Core.Json;

/// <summary>
/// The one set of JSON options for the output contract: unknown values left out, non-ASCII text
/// written as itself (scholars read this output), source-generated for speed.
/// </summary>
public static class CitationsJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: false);
    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            TypeInfoResolver = CitationsJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }

    public static string Serialize<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, indented ? Indented : Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CslItem))]
[JsonSerializable(typeof(IReadOnlyList<CslItem>))]
[JsonSerializable(typeof(List<CslItem>))]
[JsonSerializable(typeof(Citation))]
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(ParsedNote))]
[JsonSerializable(typeof(ExtractionResult))]
[JsonSerializable(typeof(NoteInput))]
[JsonSerializable(typeof(NoteOutput))]
[JsonSerializable(typeof(DocumentInfo))]
internal sealed partial class CitationsJsonContext : JsonSerializerContext;
