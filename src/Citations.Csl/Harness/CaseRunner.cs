using System.Text;
using System.Text.Json;
using Citations.Csl.Data;
using Citations.Csl.Evaluation;
using Citations.Csl.Locale;
using Citations.Csl.Output;
using Citations.Csl.Style;

namespace Citations.Csl.Harness;

/// <summary>
/// Runs one test case in the JSON form of the CSL processor test protocol
/// ({"mode", "csl", "items", "citationItems" | "citations", "bibentries", "bibsection", "modeFlags"})
/// and returns the rendering exactly as the suite's RESULT section shows it. Used by
/// <c>citations csl-run</c> and by the conformance tests.
/// </summary>
public static class CaseRunner
{
    /// <summary>Parsed styles by XML text: suites reuse styles, and parsing dominates small cases.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CslStyle> StyleCache = new();

    public static string Run(string requestJson, ILocaleProvider defaultLocales)
    {
        using var doc = JsonDocument.Parse(requestJson, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 256 });
        return Run(doc.RootElement, defaultLocales);
    }

    public static string Run(JsonElement req, ILocaleProvider defaultLocales)
    {
        if (req.ValueKind != JsonValueKind.Object) throw new CslException("request is not a JSON object");
        var mode = Str(req, "mode") ?? "citation";
        var flags = new HashSet<string>();
        if (req.TryGetProperty("modeFlags", out var mf) && mf.ValueKind == JsonValueKind.Array)
            foreach (var f in mf.EnumerateArray()) if (f.GetString() is { } s) flags.Add(s);
        if (mode.Contains('-'))
        {
            var parts = mode.Split('-');
            mode = parts[0];
            foreach (var p in parts.Skip(1)) flags.Add(p);
        }
        var csl = Str(req, "csl") ?? throw new CslException("request has no \"csl\"");
        var style = StyleCache.Count < 2000 ? StyleCache.GetOrAdd(csl, StyleParser.Parse) : StyleParser.Parse(csl);
        ILocaleProvider locales = Str(req, "localesDir") is { } dir ? new FolderLocaleProvider(dir) : defaultLocales;
        var processor = new CslProcessor(style, SharedCache(locales), Str(req, "locale") is { } l && style.DefaultLocale is null ? null : null);
        var items = req.TryGetProperty("items", out var it) ? CslJsonReader.ReadItems(it) : new List<Reference>();
        var format = flags.Contains("rtf") ? OutputFormat.Rtf : flags.Contains("plain") ? OutputFormat.Text : OutputFormat.FromName(Str(req, "format")) ?? OutputFormat.Html;

        var options = new RenderOptions { Format = format, NoSort = flags.Contains("nosort") };
        var clusters = new List<ClusterInput>();
        bool citationsMode = false;
        int lastCallIndex = -1;
        if (req.TryGetProperty("citationItems", out var ci) && ci.ValueKind == JsonValueKind.Array)
        {
            options.ComputePositions = false;
            int n = 0;
            foreach (var cluster in ci.EnumerateArray())
            {
                n++;
                var c = new ClusterInput { NoteIndex = n };
                if (cluster.ValueKind == JsonValueKind.Array)
                    foreach (var cite in cluster.EnumerateArray()) c.Cites.Add(ReadCite(cite));
                clusters.Add(c);
            }
        }
        else if (req.TryGetProperty("citations", out var cs) && cs.ValueKind == JsonValueKind.Array)
        {
            citationsMode = true;
            clusters = ReplayCitations(cs, out lastCallIndex);
        }

        if (req.TryGetProperty("bibentries", out var be) && be.ValueKind == JsonValueKind.Array && be.GetArrayLength() > 0)
        {
            var last = be[be.GetArrayLength() - 1];
            options.BibliographyIds = last.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToList();
        }
        else if (!citationsMode)
        {
            options.BibliographyIds = items.Select(i => i.Id).ToList();
        }

        var registryOnly = clusters.Count == 0;
        if (registryOnly && mode == "citation")
        {
            var c = new ClusterInput { NoteIndex = 1 };
            foreach (var i in items) c.Cites.Add(new CiteInput { Id = i.Id });
            clusters.Add(c);
            options.ComputePositions = false;
            options.CiteAllInRegistryOrder = true;
        }
        options.Bibliography = mode == "bibliography";
        var result = processor.Render(items, clusters, options);

        if (mode == "bibliography")
        {
            var entries = result.BibliographyEntries;
            var ids = result.BibliographyIds;
            if (req.TryGetProperty("bibsection", out var bs) && bs.ValueKind == JsonValueKind.Object)
            {
                var byId = items.ToDictionary(x => x.Id, x => x);
                var keep = new List<string>();
                for (int i = 0; i < ids.Count; i++)
                    if (BibSection.Accept(bs, byId[ids[i]])) keep.Add(entries[i]);
                entries = keep;
            }
            if (entries.Count == 0) return "";
            var sb = new StringBuilder(format.BibStart);
            foreach (var e in entries) sb.Append(format.BibEntry(e));
            sb.Append(format.BibEnd);
            return sb.ToString();
        }
        if (citationsMode)
        {
            var lines = new List<string>();
            for (int i = 0; i < result.Clusters.Count; i++)
                lines.Add((i == lastCallIndex ? ">>" : "..") + $"[{i}] " + result.Clusters[i]);
            return string.Join("\n", lines);
        }
        return string.Join("\n", result.Clusters);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ILocaleProvider, LocaleCache> Caches = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LocaleCache> FolderCaches = new();

    private static LocaleCache SharedCache(ILocaleProvider p) => Caches.GetValue(p, x => new LocaleCache(x));

    /// <summary>Replays processCitationCluster calls: the final document order and each citation's last version.</summary>
    private static List<ClusterInput> ReplayCitations(JsonElement calls, out int lastIndex)
    {
        var latest = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        List<(string id, int note)> order = new();
        string? lastId = null;
        foreach (var call in calls.EnumerateArray())
        {
            if (call.ValueKind != JsonValueKind.Array || call.GetArrayLength() == 0) continue;
            var citation = call[0];
            var id = Str(citation, "citationID") ?? $"auto-{latest.Count}";
            latest[id] = citation;
            int note = 0;
            if (citation.TryGetProperty("properties", out var props) && props.TryGetProperty("noteIndex", out var ni) && ni.TryGetInt32(out var nv)) note = nv;
            var newOrder = new List<(string, int)>();
            if (call.GetArrayLength() > 1) foreach (var p in call[1].EnumerateArray()) newOrder.Add((p[0].GetString()!, p.GetArrayLength() > 1 && p[1].TryGetInt32(out var x) ? x : 0));
            newOrder.Add((id, note));
            if (call.GetArrayLength() > 2) foreach (var p in call[2].EnumerateArray()) newOrder.Add((p[0].GetString()!, p.GetArrayLength() > 1 && p[1].TryGetInt32(out var x) ? x : 0));
            order = newOrder;
            lastId = id;
        }
        var clusters = new List<ClusterInput>();
        lastIndex = -1;
        foreach (var (id, note) in order)
        {
            if (!latest.TryGetValue(id, out var citation)) continue;
            var c = new ClusterInput { Id = id, NoteIndex = note };
            if (citation.TryGetProperty("citationItems", out var items) && items.ValueKind == JsonValueKind.Array)
                foreach (var cite in items.EnumerateArray()) c.Cites.Add(ReadCite(cite));
            if (citation.TryGetProperty("properties", out var props) && props.TryGetProperty("unsorted", out var us) && us.ValueKind == JsonValueKind.True) c.Unsorted = true;
            if (id == lastId) lastIndex = clusters.Count;
            clusters.Add(c);
        }
        return clusters;
    }

    public static CiteInput ReadCite(JsonElement e)
    {
        var c = new CiteInput();
        if (e.ValueKind != JsonValueKind.Object) return c;
        foreach (var p in e.EnumerateObject())
        {
            var v = p.Value;
            switch (p.Name)
            {
                case "id": c.Id = v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText(); break;
                case "locator": c.Locator = v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null; break;
                case "label": c.Label = v.ValueKind == JsonValueKind.String ? v.GetString() : null; break;
                case "prefix": c.Prefix = v.ValueKind == JsonValueKind.String ? v.GetString() : null; break;
                case "suffix": c.Suffix = v.ValueKind == JsonValueKind.String ? v.GetString() : null; break;
                case "suppress-author": c.SuppressAuthor = v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.Number && v.GetRawText() != "0"); break;
                case "author-only": c.AuthorOnly = v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.Number && v.GetRawText() != "0"); break;
                case "position": if (v.TryGetInt32(out var pos) && pos >= 0 && pos <= 3) c.Position = (CitePosition)pos; break;
                case "near-note": c.NearNote = v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.String && v.GetString() == "true"); break;
                case "first-reference-note-number": if (v.TryGetInt32(out var fr)) c.FirstReferenceNoteNumber = fr; break;
            }
        }
        return c;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>bibsection filters (select / include / exclude / quash on field values).</summary>
internal static class BibSection
{
    public static bool Accept(JsonElement bs, Reference r)
    {
        bool Match(JsonElement cond)
        {
            var field = cond.TryGetProperty("field", out var f) ? f.GetString() : null;
            var value = cond.TryGetProperty("value", out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
            if (field is null) return false;
            if (field == "type") return r.Type == value;
            if (string.IsNullOrEmpty(value)) return r.Get(field) is null && r.GetNames(field) is null && r.GetDate(field) is null;
            return r.Get(field) == value || (field == "categories" && (r.Get(field)?.Contains(value!) ?? false));
        }
        if (bs.TryGetProperty("select", out var sel) && sel.ValueKind == JsonValueKind.Array)
            if (!sel.EnumerateArray().All(Match)) return false;
        if (bs.TryGetProperty("include", out var inc) && inc.ValueKind == JsonValueKind.Array)
            if (!inc.EnumerateArray().Any(Match)) return false;
        if (bs.TryGetProperty("exclude", out var exc) && exc.ValueKind == JsonValueKind.Array)
            if (exc.EnumerateArray().Any(Match)) return false;
        if (bs.TryGetProperty("quash", out var q) && q.ValueKind == JsonValueKind.Array)
            if (q.EnumerateArray().All(Match)) return false;
        return true;
    }
}
