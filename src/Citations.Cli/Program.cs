using System.CommandLine;
using Citations.Cli;
using Citations.Cli.Commands;

var root = new RootCommand("citations: footnotes to structured references, BibTeX and Chicago, for historians.");
foreach (var command in CommandCatalog.Create())
    root.Subcommands.Add(command);

return Cli.Run(root, args);
