using Citations.Api.Hosting;

// The API on its own (dotnet run --project src/Citations.Api); `citations serve` runs the same application.
ApiHost.Build(args).Run();
