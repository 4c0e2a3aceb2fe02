using System.CommandLine;
using System.Text;
using System.Text.Json;
using Citations.Core.Model;
using Citations.Core.Pipeline;
using Citations.Formats;

namespace Citations.Cli.Commands.Bench;

/// <summary>
/// <c>citations bench formats</c>: each writer on a library of references (those the seeds yield, over and over,
/// each with its own id), written as UTF-8 to a stream that only counts the bytes.
/// </summary>
public static class FormatsBench
{
    public static Command Create()
    {
        var count = new Option<int>("--items") { Description = "References written by each writer.", DefaultValueFactory = _ => 100_000 };
        var seeds = new Option<string>("--seeds") { Description = "The seed documents.", DefaultValueFactory = _ => "seeds" };
        var command = new Command("formats", "Writer throughput: BibTeX, BibLaTeX, RIS and CSL-JSON.") { count, seeds };
        command.SetAction(async (parse, _) =>
        {
            var o = parse.InvocationConfiguration.Output;
            string seedFolder = parse.GetValue(seeds)!;
            if (!Directory.Exists(seedFolder)) throw new UsageException($"{seedFolder}: no such folder (run from the repository root or give --seeds)");
            var extractor = new DocumentExtractor();
            var references = Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal)
                .SelectMany(path => extractor.Extract(File.ReadAllText(path), path).References).ToList();
            int n = parse.GetValue(count);
            var items = Enumerable.Range(0, n).Select(i => references[i % references.Count] with { Id = $"item{i}" }).ToList();
            var results = new Dictionary<string, object> { ["items"] = n };
            foreach (var writer in ReferenceWriters.All)
            {
                Write(writer, items.Take(10_000), new CountingStream()); // warm-up
                var bytes = new CountingStream();
                var (_, cost) = await Measurement.RunAsync(() => Task.FromResult(Write(writer, items, bytes)));
                o.WriteLine($"{writer.Name,-9} {n:N0} items in {cost.Wall.TotalMilliseconds,7:N0} ms ({n / cost.Wall.TotalSeconds,9:N0} items/s), " +
                    $"{bytes.Length / 1e6,6:N1} MB written, {cost.Allocated / 1e6,6:N0} MB allocated");
                results[$"{writer.Name}_items_per_second"] = Math.Round(n / cost.Wall.TotalSeconds);
            }
            o.WriteLine(JsonSerializer.Serialize(results));
            return ExitCodes.Ok;
        });
        return command;
    }

    static bool Write(IReferenceWriter writer, IEnumerable<CslItem> items, Stream stream)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
        writer.Write(items, text);
        return true;
    }

    sealed class CountingStream : Stream
    {
        long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
