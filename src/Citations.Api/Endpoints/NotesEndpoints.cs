using System.Buffers;
using System.Text.Json;
using Citations.Api.Documents;
using Citations.Api.Json;
using Citations.Api.Negotiation;
using Citations.Api.Problems;
using Citations.Api.Security;
using Citations.Core.Model;
using Citations.Core.Pipeline;
using Citations.Core.Resolution;
using Microsoft.Extensions.Options;

namespace Citations.Api.Endpoints;

/// <summary><c>POST /v1/notes:parse</c>: notes in, citations out, back-references resolved within the request.</summary>
public static class NotesEndpoints
{
    public const string JsonLines = "application/jsonl";

    static readonly string[] Accepted = ["application/json", JsonLines, "application/x-ndjson", "application/jsonlines", "application/x-jsonlines"];

    /// <summary>Batches up to this size are parsed on the request's thread; larger ones through the parse gate.</summary>
    const int InlineNotes = 32;

    static readonly NoteParser Parser = new();

    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/notes:parse", ParseAsync)
            .RequireAuthorization(ApiPolicies.Read)
            .WithName("ParseNotes")
            .WithSummary("Parse notes into citations")
            .WithDescription("A JSON array of notes {\"n\", \"text\"} (optionally \"doc\"), or JSON Lines as `citations parse-notes` reads them. " +
                "Answers one output per note, in order, in the same framing: {\"n\", \"citations\"} or {\"n\", \"error\"}. " +
                "Notes of one doc form one sequence for Ibid., short forms and cross-references. ?resolve=true passes the references through the catalogs.")
            .Accepts<List<NoteInput>>("application/json", JsonLines)
            .Produces<List<NoteOutput>>(200, "application/json", JsonLines)
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415);
    }

    static async Task<IResult> ParseAsync(RequestBody body, bool? resolve, HttpContext context, ParseGate gate, IReferenceResolver resolver,
        IOptions<ApiOptions> options, CancellationToken cancellationToken)
    {
        string mediaType = body.Require(Accepted);
        bool lines = mediaType != "application/json";
        var notes = lines ? NoteBatch.FromJsonLines(body.Bytes) : NoteBatch.FromJsonArray(body.Bytes);
        int limit = options.Value.MaxNotesPerRequest;
        if (notes.Count > limit) throw Problem.TooLarge($"{notes.Count:N0} notes in one request; Api:MaxNotesPerRequest allows {limit:N0}: send them in several");
        var outputs = notes.Count <= InlineNotes ? NoteBatch.Parse(notes, Parser) : await gate.RunAsync(() => NoteBatch.Parse(notes, Parser), cancellationToken);
        if (resolve == true) outputs = await ResolveAsync(outputs, resolver, cancellationToken);
        return lines ? new JsonLinesResult(outputs) : TypedResults.Json(outputs, ApiJson.Info<List<NoteOutput>>());
    }

    /// <summary>Every distinct reference once through the resolver; each citation gets its reference's outcome.</summary>
    static async Task<List<NoteOutput>> ResolveAsync(List<NoteOutput> outputs, IReferenceResolver resolver, CancellationToken cancellationToken)
    {
        var items = outputs.SelectMany(o => o.Citations).Select(c => c.Item).Distinct<CslItem>(ReferenceEqualityComparer.Instance).ToList();
        if (items.Count == 0) return outputs;
        var outcomes = await resolver.ResolveAsync(items, cancellationToken: cancellationToken);
        var resolved = new Dictionary<CslItem, CslItem>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < items.Count; i++)
            if (outcomes[i].Status == ResolutionStatus.Resolved) resolved[items[i]] = outcomes[i].Item;
        return outputs.Select(o => o with { Citations = o.Citations.Select(c => resolved.TryGetValue(c.Item, out var r) ? c with { Item = r } : c).ToList() }).ToList();
    }

    /// <summary>One JSON object per line, as <c>citations parse-notes</c> writes them.</summary>
    sealed class JsonLinesResult(List<NoteOutput> outputs) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ApiJson.Options.Encoder }))
                foreach (var output in outputs)
                {
                    JsonSerializer.Serialize(writer, output, ApiJson.Info<NoteOutput>());
                    writer.Flush();
                    buffer.Write("\n"u8);
                    writer.Reset();
                }
            httpContext.Response.ContentType = JsonLines + "; charset=utf-8";
            httpContext.Response.ContentLength = buffer.WrittenCount;
            await httpContext.Response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
        }
    }
}
