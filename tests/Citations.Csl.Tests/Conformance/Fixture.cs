using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Citations.Csl.Tests.Conformance;

/// <summary>
/// One fixture of the CSL processor test suite (the "humans" .txt format): sections between
/// ">>== NAME ==>>" and "&lt;&lt;== NAME ==&lt;&lt;", read as the official runners read them.
/// </summary>
public sealed partial class Fixture
{
    public required string Name;
    public required Dictionary<string, string> Sections;

    private static readonly HashSet<string> JsonSections = ["INPUT", "INPUT2", "CITATION-ITEMS", "CITATIONS", "BIBENTRIES", "BIBSECTION", "OPTIONS", "ABBREVIATIONS", "LANGPARAMS", "MULTIAFFIX"];

    [GeneratedRegex(@"^.*>>=+\s*([A-Z][A-Z0-9-]*)\s*=+>>")]
    private static partial Regex Open();

    [GeneratedRegex(@"^.*<<=+\s*([A-Z][A-Z0-9-]*)\s*=+<<")]
    private static partial Regex Close();

    public static Fixture Parse(string path)
    {
        var raw = File.ReadAllText(path).TrimStart('\uFEFF');
        var sections = new Dictionary<string, string>();
        string? cur = null;
        var buf = new List<string>();
        foreach (var l in Regex.Split(raw, "\r\n|\n|\r"))
        {
            var line = l.TrimStart('\uFEFF');
            Match m;
            if (cur is null && (m = Open().Match(line)).Success) { cur = m.Groups[1].Value; buf.Clear(); }
            else if (cur is not null && (m = Close().Match(line)).Success) { sections[cur] = string.Join("\n", buf); cur = null; }
            else if (cur is not null) buf.Add(line);
        }
        return new Fixture { Name = Path.GetFileNameWithoutExtension(path), Sections = sections };
    }

    public string Mode => Sections["MODE"].Trim();
    public string Result => Sections["RESULT"];
    public bool HasCitations => Sections.ContainsKey("CITATIONS");

    /// <summary>The processor-neutral request, as lib/request.js builds it.</summary>
    public string ToRequestJson(string? localesDir)
    {
        var parts = Mode.Split('-');
        var req = new JsonObject
        {
            ["protocol"] = 1,
            ["name"] = Name,
            ["mode"] = parts[0],
            ["format"] = "html",
            ["csl"] = Sections["CSL"],
        };
        var m = Regex.Match(Sections["CSL"], "<style\\b[^>]*?\\bdefault-locale\\s*=\\s*[\"']([^\"']+)[\"']");
        req["locale"] = m.Success ? m.Groups[1].Value : "en-US";
        req["items"] = JsonNode.Parse(Sections["INPUT"]);
        if (parts.Length > 1) req["modeFlags"] = new JsonArray(parts.Skip(1).Select(p => (JsonNode)JsonValue.Create(p)!).ToArray());
        if (localesDir is not null) req["localesDir"] = localesDir;
        if (Sections.TryGetValue("CITATION-ITEMS", out var ci)) req["citationItems"] = JsonNode.Parse(ci);
        if (Sections.TryGetValue("CITATIONS", out var cs)) req["citations"] = JsonNode.Parse(cs);
        if (Sections.TryGetValue("BIBENTRIES", out var be)) req["bibentries"] = JsonNode.Parse(be);
        if (Sections.TryGetValue("BIBSECTION", out var bs)) req["bibsection"] = JsonNode.Parse(bs);
        return req.ToJsonString();
    }
}

/// <summary>The harness's normalized verdict (lib/compare.js): entity spellings unified, bibliography whitespace ignored, CITATIONS markers dropped.</summary>
public static partial class Verdict
{
    [GeneratedRegex(@">\n*\s*<(/?)div")]
    private static partial Regex DivSpace();

    [GeneratedRegex(@"^(?:\.\.|>>)?\[\d+\] ?")]
    private static partial Regex Marker();

    private static string Newlines(string s) => s.Replace("\r\n", "\n").Replace('\r', '\n');

    public static string NormaliseHtml(string s)
    {
        var r = Newlines(s)
            .Replace("&#x2f;", "/").Replace("&#x27;", "'").Replace("&#39;", "'")
            .Replace("&#60;", "&lt;").Replace("&#62;", "&gt;").Replace("&quot;", "\"").Replace("&#34;", "\"")
            .Replace("&#38;", "&amp;").Replace("</sup><sup>", "");
        r = DivSpace().Replace(r, ">\n<$1div");
        return r.TrimEnd();
    }

    public static string Normalize(string s, bool citations)
    {
        var r = NormaliseHtml(s);
        if (citations) r = string.Join("\n", r.Split('\n').Select(l => Marker().Replace(l, "")));
        return r;
    }

    public static bool Passes(string actual, string expected, bool citations) =>
        Newlines(actual) == Newlines(expected) || Normalize(actual, citations) == Normalize(expected, citations);
}
