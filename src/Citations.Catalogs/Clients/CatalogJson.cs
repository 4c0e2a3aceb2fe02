using System.Text.Json;
using System.Text.Json.Serialization;
using Citations.Catalogs.Resilience;

namespace Citations.Catalogs.Clients;

/// <summary>Reading catalog JSON: web defaults (case-insensitive), numbers that arrive as strings accepted.</summary>
static class CatalogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>The body as <typeparamref name="T"/>; a body that parses as JSON but not in the documented shape is malformed.</summary>
    public static T Read<T>(CatalogName catalog, CatalogResponse response)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(response.Body, Options)
                ?? throw new CatalogUnavailableException(catalog, "the answer was JSON null");
        }
        catch (JsonException e)
        {
            throw new CatalogUnavailableException(catalog, $"the answer is not in the documented shape: {e.Message}", e);
        }
    }

    public static string Q(string value) => Uri.EscapeDataString(value);
}
