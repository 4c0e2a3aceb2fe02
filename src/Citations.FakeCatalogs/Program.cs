using Citations.FakeCatalogs;

// Stand-alone fake catalogs for demos: dotnet run --project src/Citations.FakeCatalogs -- [--port N] [--latency MS]
int port = 0, latency = 0;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port": port = int.Parse(args[i + 1]); break;
        case "--latency": latency = int.Parse(args[i + 1]); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}; use --port N --latency MS"); return 2;
    }
}
await using var server = await FakeCatalogServer.StartAsync(port: port, latency: TimeSpan.FromMilliseconds(latency));
Console.WriteLine($"Fake catalogs on {server.Root} ({server.Corpus.Count} records). Point the CLI at them with:");
foreach (var (key, value) in server.ClientSettings())
    Console.WriteLine($"  export CITATIONS__{key.Replace(":", "__")}={value}");
Console.WriteLine("Faults: POST /_control/faults {\"catalog\":\"crossref\",\"kind\":\"TooManyRequests\",\"count\":3,\"retryAfterSeconds\":2}. Ctrl+C stops.");
await server.WaitForShutdownAsync();
return 0;
