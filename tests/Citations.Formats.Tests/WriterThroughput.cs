using System.Diagnostics;
using System.Text;
using Citations.Core.Model;
using Citations.Formats.Tests.Support;
using Xunit.Abstractions;

namespace Citations.Formats.Tests;

/// <summary>
/// How long each writer takes for 100,000 items (the gold items over and over, each with its own
/// id), written through a UTF-8 StreamWriter to a null stream. Run by hand:
/// <c>CITATIONS_BENCHMARK=1 dotnet test tests/Citations.Formats.Tests -c Release --filter WriterThroughput --logger "console;verbosity=detailed"</c>
/// </summary>
public class WriterThroughput(ITestOutputHelper output)
{
    const int ItemCount = 100_000;

    [BenchmarkFact]
    public void Writes_100000_items_in_each_format()
    {
        var gold = GoldItems.All;
        var items = Enumerable.Range(0, ItemCount).Select(i => gold[i % gold.Count] with { Id = $"item{i}" }).ToList();
        foreach (var writer in ReferenceWriters.All)
        {
            // Warm-up: lets tiered compilation reach its optimized code before the clock runs.
            Write(writer, items.Take(20_000));
            var bytes = new CountingStream();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            Write(writer, items, bytes);
            clock.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            output.WriteLine($"{writer.Name,-9} {ItemCount:N0} items in {clock.Elapsed.TotalMilliseconds,7:N0} ms, {bytes.Length / 1e6,6:N1} MB written, {allocated / 1e6,7:N0} MB allocated");
        }
    }

    static void Write(IReferenceWriter writer, IEnumerable<CslItem> items, Stream? stream = null)
    {
        using var text = new StreamWriter(stream ?? Stream.Null, new UTF8Encoding(false), bufferSize: 64 * 1024);
        writer.Write(items, text);
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

/// <summary>A measurement, not a check: runs only when CITATIONS_BENCHMARK=1.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CITATIONS_BENCHMARK") != "1") Skip = "a benchmark: run with CITATIONS_BENCHMARK=1";
    }
}
