using System.Text.RegularExpressions;
using Citations.Core.Model;

namespace Citations.Core.Notes;

/// <summary>A note marker found in the body: note number and where it stands.</summary>
public readonly record struct Marker(int Number, int Line, int Column)
{
    public Anchor ToAnchor(SourceText text)
    {
        string line = text.Line(Line);
        int end = Math.Min(line.Length, Column + Number.ToString().Length);
        int start = Math.Max(0, end - 60);
        // Start the context at a word boundary so it reads well.
        int space = line.IndexOf(' ', start);
        if (start > 0 && space >= 0 && space < end - 10) start = space + 1;
        return new Anchor { Line = Line, Column = Column + 1, Context = line[start..end] };
    }
}

/// <summary>
/// Finds note markers in body text: digits glued to a word or to punctuation ("GDR.21",
/// "basis.\"9", "Ulam,96"), digits glued to a year ("in 19202" = 1920 + note 2), or Unicode
/// superscripts. Candidates are many (years, folio numbers, "1.273"); the markers are the longest
/// chain of candidates whose numbers rise one by one through the text.
/// </summary>
public static partial class BodyMarkers
{
    // Digits right after a letter or closing punctuation, not inside a decimal number.
    // An opening quote (after a space) is not a place for a marker: 'as "11." or'.
    [GeneratedRegex(@"(?<=[\p{L}\.,;:!?""”’'\)\]])(?<!\d[\.,])(?<!(?:^|[\s(])[""“'‘])(?<n>\d{1,3})(?=[\s""”’'\)\]\.,;:]|--|[—–]|$)")]
    private static partial Regex GluedDigits();

    // "…within." 12" at a line end: a marker set off by one space after closing punctuation.
    [GeneratedRegex(@"(?<=[\.""”]) (?<n>\d{1,3})\s*$")]
    private static partial Regex SpacedDigitsAtLineEnd();

    // A year with the marker glued on: "in 19202 hinted" (1920 + 2).
    [GeneratedRegex(@"(?<![\d\-/])(?<year>1[5-9]\d\d|20\d\d)(?<n>\d{1,2})(?=[\s\.,;:]|$)")]
    private static partial Regex YearWithMarker();

    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex SuperscriptRun();

    /// <summary>Numeric markers glued to the text of the given body lines.</summary>
    public static IReadOnlyList<Marker> FindNumeric(SourceText text, Func<int, bool>? isBodyLine = null)
    {
        var candidates = new List<Marker>();
        for (int ln = 1; ln <= text.Count; ln++)
        {
            if (isBodyLine is not null && !isBodyLine(ln)) continue;
            string line = text.Line(ln);
            if (line.Length == 0) continue;
            var found = new List<Marker>();
            foreach (Match m in GluedDigits().Matches(line))
                found.Add(new Marker(int.Parse(m.Groups["n"].Value), ln, m.Groups["n"].Index));
            foreach (Match m in SpacedDigitsAtLineEnd().Matches(line))
                found.Add(new Marker(int.Parse(m.Groups["n"].Value), ln, m.Groups["n"].Index));
            foreach (Match m in YearWithMarker().Matches(line))
                found.Add(new Marker(int.Parse(m.Groups["n"].Value), ln, m.Groups["n"].Index));
            found.Sort((a, b) => a.Column.CompareTo(b.Column));
            candidates.AddRange(found);
        }
        return LongestRisingChain(candidates);
    }

    /// <summary>Unicode superscript markers in the given body lines ("Alliance.²").</summary>
    public static IReadOnlyList<Marker> FindSuperscript(SourceText text, Func<int, bool> isBodyLine)
    {
        var candidates = new List<Marker>();
        for (int ln = 1; ln <= text.Count; ln++)
        {
            if (!isBodyLine(ln)) continue;
            foreach (Match m in SuperscriptRun().Matches(text.Line(ln)))
                candidates.Add(new Marker(Superscripts.ToInt(m.Value), ln, m.Index));
        }
        return LongestRisingChain(candidates);
    }

    /// <summary>
    /// The chain of candidates, in text order, whose numbers rise by 1 (small gaps tolerated for
    /// a marker the text lost) with the best score; a chain starting at 1 is preferred.
    /// </summary>
    internal static IReadOnlyList<Marker> LongestRisingChain(IReadOnlyList<Marker> candidates)
    {
        const int MaxGap = 3;
        int n = candidates.Count;
        if (n == 0) return [];
        var score = new double[n];
        var previous = new int[n];
        // Best chain so far ending at each note number: (score, candidate index).
        var bestEndingAt = new Dictionary<int, (double Score, int Index)>();
        int bestIndex = -1;
        for (int i = 0; i < n; i++)
        {
            int v = candidates[i].Number;
            if (v <= 0) { score[i] = double.MinValue; previous[i] = -1; continue; }
            score[i] = v == 1 ? 1.0 : 0.3;
            previous[i] = -1;
            for (int gap = 1; gap <= MaxGap; gap++)
            {
                if (!bestEndingAt.TryGetValue(v - gap, out var p)) continue;
                double s = p.Score + (gap == 1 ? 1.0 : 0.4);
                if (s > score[i]) { score[i] = s; previous[i] = p.Index; }
            }
            if (!bestEndingAt.TryGetValue(v, out var current) || score[i] > current.Score)
                bestEndingAt[v] = (score[i], i);
            if (bestIndex < 0 || score[i] > score[bestIndex]) bestIndex = i;
        }
        var chain = new List<Marker>();
        for (int i = bestIndex; i >= 0; i = previous[i]) chain.Add(candidates[i]);
        chain.Reverse();
        // A lone weak candidate is no chain.
        return chain.Count == 1 && chain[0].Number != 1 ? [] : chain;
    }
}

public static class Superscripts
{
    const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static bool IsSuperscriptDigit(char c) => Digits.IndexOf(c) >= 0;

    public static int ToInt(string s)
    {
        int v = 0;
        foreach (char c in s)
        {
            int d = Digits.IndexOf(c);
            if (d < 0) break;
            v = v * 10 + d;
        }
        return v;
    }
}
