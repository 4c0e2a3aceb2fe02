using System.Globalization;
using System.Text.Json;

namespace Citations.Csl.Data;

/// <summary>
/// Reads CSL-JSON into <see cref="Reference"/>s. Lenient like citeproc-js: numbers where strings
/// are expected are converted, dates given as strings are parsed as raw dates, names given as
/// strings become literal names; anything unusable is dropped with a warning, never thrown.
/// </summary>
public static class CslJsonReader
{
    public static readonly HashSet<string> NameVariables = new(StringComparer.Ordinal)
    {
        "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor", "curator",
        "director", "editor", "editorial-director", "editortranslator", "executive-producer", "guest", "host",
        "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer",
        "recipient", "reviewed-author", "script-writer", "series-creator", "translator",
    };

    public static readonly HashSet<string> DateVariables = new(StringComparer.Ordinal)
    {
        "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["shortTitle"] = "title-short",
        ["journalAbbreviation"] = "container-title-short",
    };

    /// <summary>Parses a JSON array of items (or a single item object). Throws <see cref="JsonException"/> only for text that is not JSON.</summary>
    public static List<Reference> ReadItems(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        return ReadItems(doc.RootElement);
    }

    public static List<Reference> ReadItems(JsonElement root)
    {
        var list = new List<Reference>();
        if (root.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var el in root.EnumerateArray())
            {
                i++;
                if (el.ValueKind == JsonValueKind.Object) list.Add(ReadItem(el, i));
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            // An object keyed by id is also accepted.
            if (root.TryGetProperty("id", out _) || root.TryGetProperty("type", out _)) list.Add(ReadItem(root, 1));
            else
            {
                int i = 0;
                foreach (var p in root.EnumerateObject())
                    if (p.Value.ValueKind == JsonValueKind.Object) list.Add(ReadItem(p.Value, ++i, p.Name));
            }
        }
        return list;
    }

    public static Reference ReadItem(JsonElement el, int ordinal = 0, string? fallbackId = null)
    {
        var r = new Reference();
        foreach (var p in el.EnumerateObject())
        {
            var key = Aliases.TryGetValue(p.Name, out var alias) ? alias : p.Name;
            var v = p.Value;
            switch (key)
            {
                case "id":
                    r.Id = ScalarString(v) ?? "";
                    continue;
                case "type":
                    r.Type = ScalarString(v) ?? "article";
                    continue;
            }
            if (NameVariables.Contains(key))
            {
                var names = ReadNames(v, r, key);
                if (names is not null) r.Names[key] = names;
                continue;
            }
            if (DateVariables.Contains(key))
            {
                var d = ReadDate(v, r, key);
                if (d is not null) r.Dates[key] = d;
                continue;
            }
            var s = ScalarString(v);
            if (s is not null)
            {
                if (!r.Fields.ContainsKey(key) || !Aliases.ContainsKey(p.Name)) r.Fields[key] = s;
            }
            else if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.Object
                     && (v[0].TryGetProperty("family", out _) || v[0].TryGetProperty("literal", out _)))
            {
                var names = ReadNames(v, r, key);
                if (names is not null) r.Names[key] = names;
            }
            else if (v.ValueKind == JsonValueKind.Object && (v.TryGetProperty("date-parts", out _) || v.TryGetProperty("raw", out _)))
            {
                var d = ReadDate(v, r, key);
                if (d is not null) r.Dates[key] = d;
            }
        }
        if (r.Id.Length == 0) r.Id = fallbackId ?? $"item-{ordinal}";
        // CSL 1.0.2 renamed "event" to "event-title": either name finds the value.
        if (r.Fields.TryGetValue("event", out var ev) && !r.Fields.ContainsKey("event-title")) r.Fields["event-title"] = ev;
        else if (r.Fields.TryGetValue("event-title", out var et) && !r.Fields.ContainsKey("event")) r.Fields["event"] = et;
        if (r.Fields.TryGetValue("note", out var note)) ApplyNoteFields(r, note);
        return r;
    }

    /// <summary>"Cheater syntax" in the note field: lines "original-date: 1900" or "{:original-date: 1900}" add variables.</summary>
    private static void ApplyNoteFields(Reference r, string note)
    {
        if (!note.Contains(':')) return;
        var lines = note.Split('\n');
        bool changed = false;
        var rest = new List<string>();
        foreach (var rawLine in lines)
        {
            var line = rawLine.Trim();
            string? k = null, val = null;
            if (line.StartsWith("{:") && line.EndsWith('}'))
            {
                int c = line.IndexOf(':', 2);
                if (c > 2) { k = line[2..c].Trim(); val = line[(c + 1)..^1].Trim(); }
            }
            else
            {
                int c = line.IndexOf(':');
                if (c > 0 && c < 40 && System.Text.RegularExpressions.Regex.IsMatch(line[..c], "^[a-z][a-z-]*$"))
                { k = line[..c]; val = line[(c + 1)..].Trim(); }
            }
            if (k is not null && val is not null && (NameVariables.Contains(k) || DateVariables.Contains(k) || k == "type" || KnownText(k)))
            {
                changed = true;
                if (k == "type") r.Type = val;
                else if (DateVariables.Contains(k)) { if (!r.Dates.ContainsKey(k)) r.Dates[k] = DateParser.Parse(val); }
                else if (NameVariables.Contains(k))
                {
                    var parts = val.Split("||");
                    var n = new Name { Family = parts[0].Trim(), Given = parts.Length > 1 ? parts[1].Trim() : null };
                    if (n.Given is null) { n.Literal = n.Family; n.Family = null; }
                    var list = r.Names.TryGetValue(k, out var existing) ? existing.ToList() : new List<Name>();
                    list.Add(n);
                    r.Names[k] = list.ToArray();
                }
                else if (!r.Fields.ContainsKey(k)) r.Fields[k] = val;
            }
            else rest.Add(rawLine);
        }
        if (changed) r.Fields["note"] = string.Join("\n", rest).Trim();
    }

    private static bool KnownText(string k) => k is "original-title" or "original-publisher" or "original-publisher-place" or "container-title"
        or "collection-title" or "publisher" or "publisher-place" or "archive" or "archive-place" or "authority" or "genre" or "medium"
        or "status" or "version" or "event-place" or "event-title" or "section" or "number" or "references" or "dimensions" or "scale" or "PMID" or "PMCID";

    private static string? ScalarString(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : v.GetRawText(),
        _ => null,
    };

    private static Name[]? ReadNames(JsonElement v, Reference r, string key)
    {
        if (v.ValueKind == JsonValueKind.String)
        {
            var s = v.GetString();
            return string.IsNullOrWhiteSpace(s) ? null : [new Name { Literal = s }];
        }
        if (v.ValueKind == JsonValueKind.Object) return ReadName(v) is { } one ? [one] : null;
        if (v.ValueKind != JsonValueKind.Array)
        {
            r.Warn($"\"{key}\" is not a list of names; ignored");
            return null;
        }
        var list = new List<Name>();
        foreach (var e in v.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                var s = e.GetString();
                if (!string.IsNullOrWhiteSpace(s)) list.Add(new Name { Literal = s });
            }
            else if (e.ValueKind == JsonValueKind.Object && ReadName(e) is { } n) list.Add(n);
        }
        return list.Count > 0 ? list.ToArray() : null;
    }

    private static Name? ReadName(JsonElement e)
    {
        var n = new Name();
        bool parse = true;
        foreach (var p in e.EnumerateObject())
        {
            var s = ScalarString(p.Value);
            switch (p.Name)
            {
                case "family": n.Family = s; break;
                case "given": n.Given = s; break;
                case "dropping-particle": n.DroppingParticle = s; break;
                case "non-dropping-particle": n.NonDroppingParticle = s; break;
                case "suffix": n.Suffix = s; break;
                case "literal": n.Literal = s; break;
                case "comma-suffix": n.CommaSuffix = IsTrue(p.Value); break;
                case "static-ordering": n.StaticOrdering = IsTrue(p.Value); break;
                case "parse-names": parse = IsTrue(p.Value); break;
                case "isInstitution": break;
            }
        }
        n.Family = n.Family?.Trim(' ', '\u00A0');
        n.Given = n.Given?.Trim(' ', '\u00A0');
        if (string.IsNullOrEmpty(n.Family)) n.Family = null;
        if (string.IsNullOrEmpty(n.Given)) n.Given = null;
        if (string.IsNullOrEmpty(n.Literal)) n.Literal = null;
        if (string.IsNullOrEmpty(n.Suffix)) n.Suffix = null;
        if (string.IsNullOrEmpty(n.DroppingParticle)) n.DroppingParticle = null;
        if (string.IsNullOrEmpty(n.NonDroppingParticle)) n.NonDroppingParticle = null;
        if (n.Literal is not null) { n.Family = n.Given = null; }
        if (n.Family is null && n.Given is null && n.Literal is null) return null;
        if (n.Family is null && n.Given is not null && n.Literal is null) { n.Literal = n.Given; n.Given = null; }
        if (parse && n.Literal is null) n.ParseParticles();
        return n;
    }

    private static bool IsTrue(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => v.TryGetInt32(out var i) && i != 0,
        JsonValueKind.String => v.GetString() is "true" or "1",
        _ => false,
    };

    private static DateValue? ReadDate(JsonElement v, Reference r, string key)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                var s = v.GetString();
                return string.IsNullOrWhiteSpace(s) ? null : DateParser.Parse(s);
            case JsonValueKind.Number:
                return v.TryGetInt32(out var y) ? new DateValue { Start = new DateParts(y, 0, 0) } : null;
            case JsonValueKind.Object:
                break;
            default:
                r.Warn($"\"{key}\" is not a date; ignored");
                return null;
        }
        var d = new DateValue();
        bool haveParts = false;
        string? raw = null;
        foreach (var p in v.EnumerateObject())
        {
            switch (p.Name)
            {
                case "date-parts":
                    if (p.Value.ValueKind == JsonValueKind.Array)
                    {
                        int i = 0;
                        foreach (var part in p.Value.EnumerateArray())
                        {
                            var dp = ReadParts(part);
                            if (dp is null) { i++; continue; }
                            if (i == 0) { d.Start = dp.Value; haveParts = !dp.Value.IsEmpty; }
                            else if (i == 1) d.End = dp.Value;
                            i++;
                        }
                    }
                    break;
                case "season":
                    d.Season = ScalarString(p.Value);
                    break;
                case "circa":
                    d.Circa = IsTrue(p.Value) || (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Length > 0);
                    break;
                case "literal":
                    d.Literal = ScalarString(p.Value);
                    break;
                case "raw":
                    raw = ScalarString(p.Value);
                    break;
                case "year":
                case "month":
                case "day":
                    break;
            }
        }
        if (!haveParts && v.TryGetProperty("year", out var yr) && int.TryParse(ScalarString(yr), out var yy))
        {
            int mo = v.TryGetProperty("month", out var mv) && int.TryParse(ScalarString(mv), out var m1) ? m1 : 0;
            int da = v.TryGetProperty("day", out var dv2) && int.TryParse(ScalarString(dv2), out var d1) ? d1 : 0;
            d.Start = new DateParts(yy, mo, da);
            haveParts = true;
        }
        if (!haveParts && raw is not null)
        {
            var parsed = DateParser.Parse(raw);
            parsed.Circa |= d.Circa;
            parsed.Season ??= d.Season;
            return parsed;
        }
        if (!haveParts && d.Literal is null && d.Season is null) return null;
        return d;
    }

    private static DateParts? ReadParts(JsonElement part)
    {
        if (part.ValueKind != JsonValueKind.Array) return null;
        var vals = new int[3];
        int n = 0;
        bool any = false;
        foreach (var x in part.EnumerateArray())
        {
            if (n >= 3) break;
            int val;
            if (x.ValueKind == JsonValueKind.Number && x.TryGetDouble(out var dbl)) val = (int)dbl;
            else if (x.ValueKind == JsonValueKind.String && int.TryParse(x.GetString()!.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var iv)) val = iv;
            else { n++; continue; }
            vals[n] = val;
            if (n == 0) any = true;
            n++;
        }
        if (!any) return new DateParts(0, 0, 0, false);
        int month = vals[1];
        if (month >= 13 && month <= 24) month = 13 + (month - 13) % 4; // seasons: 13–16, 17–20 and 21–24
        if (month < 0 || month > 16) month = 0;
        int day = vals[2];
        if (day < 0 || day > 31) day = 0;
        return new DateParts(vals[0], month, day);
    }
}
