using System.Text.Json.Serialization;

namespace Citations.Core.Model;

/// <summary>
/// A structured reference: one CSL-JSON 1.0.2 item. Only the variables this project fills are
/// typed here; what CSL has no variable for lives in <see cref="Custom"/>.
/// </summary>
public sealed record CslItem
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("type")] public string Type { get; init; } = CslType.Document;

    [JsonPropertyName("author")] public IReadOnlyList<CslName>? Author { get; init; }
    [JsonPropertyName("editor")] public IReadOnlyList<CslName>? Editor { get; init; }
    [JsonPropertyName("translator")] public IReadOnlyList<CslName>? Translator { get; init; }
    [JsonPropertyName("recipient")] public IReadOnlyList<CslName>? Recipient { get; init; }
    [JsonPropertyName("interviewer")] public IReadOnlyList<CslName>? Interviewer { get; init; }
    [JsonPropertyName("container-author")] public IReadOnlyList<CslName>? ContainerAuthor { get; init; }

    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("title-short")] public string? TitleShort { get; init; }
    [JsonPropertyName("container-title")] public string? ContainerTitle { get; init; }
    [JsonPropertyName("collection-title")] public string? CollectionTitle { get; init; }
    [JsonPropertyName("collection-number"), JsonConverter(typeof(FlexibleStringConverter))] public string? CollectionNumber { get; init; }
    [JsonPropertyName("volume"), JsonConverter(typeof(FlexibleStringConverter))] public string? Volume { get; init; }
    [JsonPropertyName("volume-title")] public string? VolumeTitle { get; init; }
    [JsonPropertyName("number-of-volumes"), JsonConverter(typeof(FlexibleStringConverter))] public string? NumberOfVolumes { get; init; }
    [JsonPropertyName("issue"), JsonConverter(typeof(FlexibleStringConverter))] public string? Issue { get; init; }
    [JsonPropertyName("page"), JsonConverter(typeof(FlexibleStringConverter))] public string? Page { get; init; }
    [JsonPropertyName("edition"), JsonConverter(typeof(FlexibleStringConverter))] public string? Edition { get; init; }
    [JsonPropertyName("section"), JsonConverter(typeof(FlexibleStringConverter))] public string? Section { get; init; }
    [JsonPropertyName("publisher")] public string? Publisher { get; init; }
    [JsonPropertyName("publisher-place")] public string? PublisherPlace { get; init; }
    [JsonPropertyName("event-title")] public string? EventTitle { get; init; }
    [JsonPropertyName("event-place")] public string? EventPlace { get; init; }
    [JsonPropertyName("issued")] public CslDate? Issued { get; init; }
    [JsonPropertyName("event-date")] public CslDate? EventDate { get; init; }
    [JsonPropertyName("original-date")] public CslDate? OriginalDate { get; init; }

    [JsonPropertyName("archive")] public string? Archive { get; init; }
    [JsonPropertyName("archive_collection")] public string? ArchiveCollection { get; init; }
    [JsonPropertyName("archive_location")] public string? ArchiveLocation { get; init; }
    [JsonPropertyName("archive-place")] public string? ArchivePlace { get; init; }

    [JsonPropertyName("genre")] public string? Genre { get; init; }
    [JsonPropertyName("medium")] public string? Medium { get; init; }
    [JsonPropertyName("number"), JsonConverter(typeof(FlexibleStringConverter))] public string? Number { get; init; }
    [JsonPropertyName("note")] public string? Note { get; init; }
    [JsonPropertyName("DOI")] public string? Doi { get; init; }
    [JsonPropertyName("ISBN")] public string? Isbn { get; init; }
    [JsonPropertyName("URL")] public string? Url { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }

    [JsonPropertyName("custom")] public ReferenceExtras? Custom { get; init; }

    [JsonIgnore] public ArchivalParts? Archival => Custom?.Archival;
}

/// <summary>The CSL 1.0.2 item types this project produces.</summary>
public static class CslType
{
    public const string Book = "book";
    public const string Chapter = "chapter";
    public const string ArticleJournal = "article-journal";
    public const string ArticleMagazine = "article-magazine";
    public const string ArticleNewspaper = "article-newspaper";
    public const string Thesis = "thesis";
    public const string Paper = "paper-conference";
    public const string Report = "report";
    public const string Manuscript = "manuscript";
    public const string Interview = "interview";
    public const string PersonalCommunication = "personal_communication";
    public const string Speech = "speech";
    public const string Collection = "collection";
    public const string Document = "document";
    public const string Webpage = "webpage";
}
