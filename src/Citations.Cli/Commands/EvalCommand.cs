using System.CommandLine;
using System.Globalization;
using Citations.Core.Evaluation;

namespace Citations.Cli.Commands;

/// <summary><c>citations eval GOLD.jsonl…</c>: scores the parser against hand-made answers, field by field.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("gold") { Description = "Gold files (JSON Lines, see tests/gold/README.md).", Arity = ArgumentArity.OneOrMore };
        var mismatches = new Option<bool>("--mismatches") { Description = "Also list every field the parser got wrong." };
        var command = new Command("eval", "Score the citation parser against gold files: precision, recall and F1 per field.") { files, mismatches };
        command.SetAction((parse, _) =>
        {
            var gold = new List<GoldNote>();
            foreach (string path in parse.GetValue(files)!)
            {
                if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
                try { gold.AddRange(GoldNote.ReadLines(File.ReadLines(path), path)); }
                catch (FormatException e) { throw new UsageException(e.Message); }
            }
            var report = new GoldScorer().Score(gold);
            var w = parse.InvocationConfiguration.Output;
            Write(report, w);
            if (parse.GetValue(mismatches))
            {
                w.WriteLine();
                foreach (string m in report.Mismatches) w.WriteLine(m);
            }
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    static void Write(GoldReport r, TextWriter w)
    {
        string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
        w.WriteLine($"{r.Notes} notes; citations found: precision {F(r.Citations.Precision)}, recall {F(r.Citations.Recall)}, F1 {F(r.Citations.F1)}");
        w.WriteLine();
        w.WriteLine($"{"field",-32} {"P",6} {"R",6} {"F1",6} {"gold",6}");
        foreach (var (name, group) in new[] { ("bibliographic", ScoredFields.Bibliographic), ("archival", ScoredFields.Archival), ("back-references", ScoredFields.BackReferences) })
        {
            foreach (string field in group)
            {
                if (!r.Fields.TryGetValue(field, out var c)) continue;
                w.WriteLine($"{field,-32} {F(c.Precision),6} {F(c.Recall),6} {F(c.F1),6} {c.Support,6}");
            }
            var total = name switch { "bibliographic" => r.Bibliographic, "archival" => r.Archival, _ => r.BackReferences };
            w.WriteLine($"{"= " + name,-32} {F(total.Precision),6} {F(total.Recall),6} {F(total.F1),6} {total.Support,6}");
            w.WriteLine();
        }
    }
}
