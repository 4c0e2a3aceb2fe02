using System.Text;
using Citations.Api.Documents;
using Citations.Api.Idempotency;
using Citations.Api.Json;
using Citations.Api.Negotiation;
using Citations.Api.Problems;
using Citations.Api.Security;
using Citations.Core.Model;
using Citations.Core.Pipeline;
using Citations.Formats.Csl;
using Citations.Storage;
using Microsoft.Extensions.Options;

namespace Citations.Api.Endpoints;

/// <summary>Documents in the library: add one (parsed at once), read it, its notes, its references.</summary>
public static class DocumentsEndpoints
{
    public static void Map(RouteGroupBuilder v1)
    {
        v1.MapPost("/documents", AddAsync)
            .RequireAuthorization(ApiPolicies.Write)
            .AddEndpointFilter<IdempotencyFilter>()
            .WithName("AddDocument")
            .WithSummary("Add a document to the library and parse it")
            .WithDescription("The body is the document: text/plain, text/markdown or text/html (footnotes kept), UTF-8. ?name= (or Content-Disposition's filename) labels it. " +
                "201 with Location for a new document, 200 when the same text is already stored. Idempotency-Key makes a retry give the first response.")
            .Accepts<string>(DocumentInput.MediaTypes[0], DocumentInput.MediaTypes[1..])
            .Produces<DocumentResource>(201).Produces<DocumentResource>(200)
            .ProducesProblem(401).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);

        v1.MapGet("/documents", ListAsync).RequireAuthorization(ApiPolicies.Read)
            .WithName("ListDocuments").WithSummary("The library's documents, in the order they were added (?after=ID&limit=N)")
            .Produces<DocumentList>();

        v1.MapGet("/documents/{id:long}", GetAsync).RequireAuthorization(ApiPolicies.Read)
            .WithName("GetDocument").WithSummary("A document (Accept: text/plain gives its text as stored)")
            .Produces<DocumentResource>().Produces<string>(200, "text/plain").ProducesProblem(404);

        v1.MapGet("/documents/{id:long}/notes", NotesAsync).RequireAuthorization(ApiPolicies.Read)
            .WithName("GetDocumentNotes")
            .WithSummary("A document's notes with their citations")
            .WithDescription("JSON: each note with its citations (the output contract's). text/x-bibliography; style=ID: every note as the style writes it. " +
                "The reference formats (CSL-JSON, BibTeX, BibLaTeX, RIS) give the references the notes cite.")
            .Produces<NoteList>().ProducesProblem(404).ProducesProblem(406);

        v1.MapGet("/documents/{id:long}/references", ReferencesAsync).RequireAuthorization(ApiPolicies.Read)
            .WithName("GetDocumentReferences").WithSummary("The references a document cites, in any format (Accept or ?format=)")
            .Produces<ReferenceList>().ProducesProblem(404).ProducesProblem(406);
    }

    static async Task<StoredResult> AddAsync(RequestBody body, HttpRequest request, DocumentIntake intake, ILibraryStore store, CancellationToken cancellationToken)
    {
        var input = DocumentInput.From(body, request);
        var result = await intake.AddAsync(input.Name, input.Text, cancellationToken);
        var stored = await store.GetDocumentAsync(result.Id, cancellationToken) ?? throw new InvalidOperationException($"document {result.Id} vanished after it was added");
        byte[] json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Resource(stored.Summary, stored.Warnings), ApiJson.Info<DocumentResource>());
        return new StoredResult(result.Created ? 201 : 200, "application/json; charset=utf-8", json, result.Created ? Links.Document(result.Id) : null);
    }

    static async Task<IResult> ListAsync(long? after, int? limit, IOptions<ApiOptions> options, ILibraryStore store, CancellationToken cancellationToken)
    {
        var page = await store.ListDocumentsAsync(after, Paging.Limit(limit, options.Value), cancellationToken);
        string? next = page.Next is null ? null : $"/v1/documents?after={page.Next}&limit={Paging.Limit(limit, options.Value)}";
        return TypedResults.Json(new DocumentList(page.Items.Select(d => Resource(d, null)).ToList(), next), ApiJson.Info<DocumentList>());
    }

    static async Task<IResult> GetAsync(long id, HttpContext context, ILibraryStore store, CancellationToken cancellationToken)
    {
        var document = await store.GetDocumentAsync(id, cancellationToken) ?? throw Problem.NotFound($"no document {id}");
        context.Response.Headers.Vary = "Accept";
        if (WantsText(context.Request)) return Results.Text(document.Text, "text/plain; charset=utf-8", Encoding.UTF8);
        return TypedResults.Json(Resource(document.Summary, document.Warnings), ApiJson.Info<DocumentResource>());
    }

    /// <summary>Whether the client prefers the stored text to the JSON description.</summary>
    static bool WantsText(HttpRequest request) =>
        request.Query["format"].ToString().Equals("text", StringComparison.OrdinalIgnoreCase)
        || Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var types)
           && types.OrderByDescending(t => t.Quality ?? 1).FirstOrDefault() is { } best && best.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase);

    static async Task<IResult> NotesAsync(long id, HttpContext context, ILibraryStore store, CancellationToken cancellationToken)
    {
        var representation = Negotiator.Choose(context.Request);
        var document = await SummaryAsync(store, id, cancellationToken);
        var references = await store.GetDocumentReferencesAsync(id, cancellationToken);
        var byId = references.ToDictionary(r => r.Id);
        var notes = (await store.GetNotesAsync(id, cancellationToken)).Select(n => new ParsedNote
        {
            Number = n.Number,
            Text = n.Text,
            Lines = n.Lines,
            Confidence = n.Confidence,
            Flags = n.Flags,
            Error = n.Error,
            Citations = n.Citations.Select(c => new Citation
            {
                Item = byId.TryGetValue(c.ReferenceId, out var r) ? r.Item : new CslItem { Id = c.CiteKey },
                Locator = c.Locator, Label = c.Label, Position = c.Position, RefersTo = CitationRef.TryParse(c.RefersTo, out var to) ? to : null,
                Confidence = c.Confidence, Source = c.Source, Text = c.Text, Prefix = c.Prefix, Part = c.Part,
            }).ToList(),
        }).ToList();
        context.Response.Headers.Vary = "Accept";
        if (representation.Kind == RepresentationKind.Bibliography)
        {
            var extraction = new ExtractionResult { Document = new DocumentInfo { Name = document.Name }, Notes = notes, References = references.Select(r => r.Item).ToList() };
            var styled = StyledDocument.ForStyle(representation.Style!).Notes(extraction, out _);
            return Results.Text(string.Concat(styled.Select(n => $"{n.Number}. {n.Text}\n")), representation.ContentType, Encoding.UTF8);
        }
        return ReferenceOutput.Write(context, representation, references.Select(r => r.Item).ToList(), single: false,
            () => TypedResults.Json(new NoteList(id, notes), ApiJson.Info<NoteList>()));
    }

    static async Task<IResult> ReferencesAsync(long id, HttpContext context, ILibraryStore store, CancellationToken cancellationToken)
    {
        var representation = Negotiator.Choose(context.Request);
        await SummaryAsync(store, id, cancellationToken);
        var references = await store.GetDocumentReferencesAsync(id, cancellationToken);
        return ReferenceOutput.Write(context, representation, references.Select(r => r.Item).ToList(), single: false,
            () => TypedResults.Json(new ReferenceList(references.Select(ReferencesEndpoints.Resource).ToList(), null), ApiJson.Info<ReferenceList>()));
    }

    /// <summary>A document's summary without reading its text; 404 when there is no such document.</summary>
    static async Task<DocumentSummary> SummaryAsync(ILibraryStore store, long id, CancellationToken cancellationToken) =>
        (await store.ListDocumentsAsync(id - 1, 1, cancellationToken)).Items is [{ } d] && d.Id == id ? d : throw Problem.NotFound($"no document {id}");

    static DocumentResource Resource(DocumentSummary d, IReadOnlyList<string>? warnings) => new()
    {
        Id = d.Id,
        Name = d.Name,
        Sha256 = d.ContentHash,
        AddedAt = d.AddedAt,
        Status = d.SupersededBy is not null ? "superseded" : d.ParserVersion == ParserVersion.Current ? "parsed" : "pending",
        SupersededBy = d.SupersededBy,
        ParserVersion = d.ParserVersion,
        ParsedAt = d.ParsedAt,
        Layout = d.Layout,
        NoteCount = d.NoteCount,
        CitationCount = d.CitationCount,
        Warnings = warnings is { Count: > 0 } ? warnings : null,
        Links = new DocumentLinks(Links.Document(d.Id), Links.Document(d.Id) + "/notes", Links.Document(d.Id) + "/references"),
    };
}
