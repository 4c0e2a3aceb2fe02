using System.Text.Json;
using System.Text.Json.Serialization;

namespace Citations.FakeCatalogs.Corpus;

/// <summary>
/// The fixture corpus: works (books, articles, chapters, reviews) with the catalogs that hold them, UK
/// archival records and FRUS volumes. Each fake endpoint renders these in its catalog's documented shape.
/// </summary>
public sealed record FakeCorpus
{
    [JsonPropertyName("works")] public IReadOnlyList<Work> Works { get; init; } = [];
    [JsonPropertyName("tna")] public IReadOnlyList<TnaRecord> Tna { get; init; } = [];
    [JsonPropertyName("frus")] public IReadOnlyList<FrusVolume> Frus { get; init; } = [];

    public int Count => Works.Count + Tna.Count + Frus.Count;

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The corpus shipped inside this assembly (<c>Corpus/corpus.json</c>).</summary>
    public static FakeCorpus Embedded()
    {
        using var stream = typeof(FakeCorpus).Assembly.GetManifestResourceStream("Citations.FakeCatalogs.Corpus.corpus.json")
            ?? throw new InvalidOperationException("embedded corpus.json missing");
        return JsonSerializer.Deserialize<FakeCorpus>(stream, Json) ?? throw new InvalidOperationException("corpus.json is empty");
    }

    public static FakeCorpus Parse(string json) => JsonSerializer.Deserialize<FakeCorpus>(json, Json) ?? new FakeCorpus();
}

/// <summary>A work as the catalogs know it; a book has one or more editions.</summary>
public sealed record Work
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>book, article, chapter, review (a review is a journal article whose title is the reviewed book's).</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("subtitle")] public string? Subtitle { get; init; }
    /// <summary>Other forms of the title a catalog's search index holds (a romanization of a Cyrillic title).</summary>
    [JsonPropertyName("aliases")] public IReadOnlyList<string> Aliases { get; init; } = [];
    [JsonPropertyName("authors")] public IReadOnlyList<Person> Authors { get; init; } = [];
    [JsonPropertyName("editors")] public IReadOnlyList<Person> Editors { get; init; } = [];
    [JsonPropertyName("catalogs")] public IReadOnlyList<string> Catalogs { get; init; } = [];
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }
    [JsonPropertyName("container")] public string? Container { get; init; }
    [JsonPropertyName("volume")] public string? Volume { get; init; }
    [JsonPropertyName("issue")] public string? Issue { get; init; }
    [JsonPropertyName("pages")] public string? Pages { get; init; }
    [JsonPropertyName("doi")] public string? Doi { get; init; }
    [JsonPropertyName("publisher")] public string? Publisher { get; init; }
    [JsonPropertyName("editions")] public IReadOnlyList<Edition> Editions { get; init; } = [];

    public bool In(string catalog) => Catalogs.Contains(catalog, StringComparer.OrdinalIgnoreCase);
    public string FullTitle => Subtitle is null ? Title : $"{Title}: {Subtitle}";
    public IEnumerable<int> Years => Editions.Count > 0 ? Editions.Select(e => e.Year) : Year is int y ? [y] : [];
    /// <summary>The numeric part of the id, used to mint the catalogs' own ids (OL…W, W…, C…).</summary>
    public int Number => int.Parse(new string(Id.Where(char.IsDigit).ToArray()));
}

public sealed record Person
{
    [JsonPropertyName("family")] public string? Family { get; init; }
    [JsonPropertyName("given")] public string? Given { get; init; }
    [JsonPropertyName("literal")] public string? Literal { get; init; }
    [JsonPropertyName("born")] public int? Born { get; init; }
    [JsonPropertyName("died")] public int? Died { get; init; }

    public string Display => Literal ?? (Given is null ? Family! : $"{Given} {Family}");
}

public sealed record Edition
{
    [JsonPropertyName("year")] public int Year { get; init; }
    [JsonPropertyName("publisher")] public string? Publisher { get; init; }
    [JsonPropertyName("place")] public string? Place { get; init; }
    [JsonPropertyName("isbn")] public string? Isbn { get; init; }
    [JsonPropertyName("oclc")] public string? Oclc { get; init; }
    [JsonPropertyName("lccn")] public string? Lccn { get; init; }
    [JsonPropertyName("edition")] public string? Name { get; init; }
}

public sealed record TnaRecord
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("reference")] public required string Reference { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("coveringDates")] public string? CoveringDates { get; init; }
    [JsonPropertyName("start")] public int? Start { get; init; }
    [JsonPropertyName("end")] public int? End { get; init; }
    [JsonPropertyName("level")] public int Level { get; init; } = 6;
}

public sealed record FrusVolume
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("published")] public int? Published { get; init; }
    [JsonPropertyName("documents")] public int Documents { get; init; }
}

/// <summary>Which corpus record a catalog's record id stands for: how the labelled set is scored.</summary>
public static class CorpusIdentity
{
    /// <summary>The corpus id (<c>w0012</c>, a TNA id, a FRUS volume id) behind <paramref name="recordId"/> of
    /// <paramref name="catalog"/> (a key of <see cref="FakeCatalogServer.CatalogKeys"/>), or null.</summary>
    public static string? Identify(this FakeCorpus corpus, string catalog, string recordId) => catalog switch
    {
        "openlibrary" => corpus.Works.FirstOrDefault(w => $"OL{w.Number}W" == recordId)?.Id,
        "openalex" => corpus.Works.FirstOrDefault(w => $"W{w.Number}" == recordId)?.Id,
        "crossref" => corpus.Works.FirstOrDefault(w => string.Equals(w.Doi, recordId, StringComparison.OrdinalIgnoreCase))?.Id,
        "loc" => corpus.Works.FirstOrDefault(w => w.Editions.Any(e => e.Lccn == recordId))?.Id,
        "tna" => corpus.Tna.FirstOrDefault(r => r.Id == recordId)?.Id,
        "frus" => corpus.Frus.FirstOrDefault(v => string.Equals(v.Id, recordId.Split('/')[0], StringComparison.OrdinalIgnoreCase))?.Id,
        _ => null,
    };
}
