using System.Text.Json;
using Citations.Csl;
using Citations.Csl.Data;
using Citations.Csl.Harness;
using Citations.Csl.Locale;
using Citations.Csl.Style;

namespace Citations.Cli.Commands;

/// <summary>Shared helpers of the CSL commands: style lookup by id or path, item files.</summary>
internal static class CslInput
{
    /// <summary>A style given as an id of the embedded styles (file name in styles/) or as a path to a .csl file.</summary>
    public static string LoadStyleXml(string idOrPath)
    {
        if (File.Exists(idOrPath)) return File.ReadAllText(idOrPath);
        if (idOrPath.IndexOfAny(['/', '\\']) >= 0 || idOrPath.Contains(".."))
            throw new UsageException($"style file not found: {idOrPath}");
        return EmbeddedResources.GetStyle(idOrPath)
               ?? throw new UsageException($"unknown style \"{idOrPath}\"; known: {string.Join(", ", EmbeddedResources.StyleIds)}");
    }

    public static ILocaleProvider Locales(string? dir)
    {
        if (dir is null) return EmbeddedResources.Locales;
        if (!Directory.Exists(dir)) throw new UsageException($"locales directory not found: {dir}");
        return new FolderLocaleProvider(dir);
    }

    public static CslProcessor Processor(string styleXml, ILocaleProvider locales)
    {
        try { return CslProcessor.FromXml(styleXml, locales); }
        catch (CslException e) { throw new UsageException(e.Message); }
    }

    /// <summary>Items, and optional clusters, from a CSL-JSON file: an array of items, or {"items": [...], "citations": [[cite…]…]}.</summary>
    public static (List<Reference> items, List<ClusterInput>? clusters) ReadItems(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"file not found: {path}");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items))
            {
                List<ClusterInput>? clusters = null;
                if (root.TryGetProperty("citations", out var cs) && cs.ValueKind == JsonValueKind.Array)
                {
                    clusters = new List<ClusterInput>();
                    int n = 0;
                    foreach (var c in cs.EnumerateArray())
                    {
                        n++;
                        var cl = new ClusterInput { NoteIndex = n };
                        var cites = c.ValueKind == JsonValueKind.Object && c.TryGetProperty("citationItems", out var ci) ? ci : c;
                        if (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("noteIndex", out var ni) && ni.TryGetInt32(out var nv)) cl.NoteIndex = nv;
                        if (cites.ValueKind == JsonValueKind.Array)
                            foreach (var cite in cites.EnumerateArray()) cl.Cites.Add(CaseRunner.ReadCite(cite));
                        clusters.Add(cl);
                    }
                }
                return (CslJsonReader.ReadItems(items), clusters);
            }
            if (root.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object))
                throw new UsageException($"{path}: expected a JSON array of CSL-JSON items");
            return (CslJsonReader.ReadItems(root), null);
        }
        catch (JsonException e)
        {
            throw new UsageException($"bad JSON in {path}: {e.Message}");
        }
    }
}
