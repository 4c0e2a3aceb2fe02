using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Citations.Core.Json;
using Citations.Core.Model;

namespace Citations.Api.Json;

/// <summary>
/// The API's JSON: the output contract's options (<see cref="CitationsJson.Options"/>: unknown values left out,
/// text written as itself), source-generated for the API's own shapes and the core's.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Create();

    static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ApiJsonContext.Default, CitationsJson.Options.TypeInfoResolver),
        };
        options.MakeReadOnly();
        return options;
    }

    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DocumentResource))]
[JsonSerializable(typeof(DocumentList))]
[JsonSerializable(typeof(ReferenceResource))]
[JsonSerializable(typeof(ReferenceList))]
[JsonSerializable(typeof(NoteList))]
[JsonSerializable(typeof(FormatResult))]
[JsonSerializable(typeof(HealthAnswer))]
[JsonSerializable(typeof(List<NoteInput>))]
[JsonSerializable(typeof(List<NoteOutput>))]
[JsonSerializable(typeof(NoteOutput))]
[JsonSerializable(typeof(CslItem))]
[JsonSerializable(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
