using Citations.Cli;

return Cli.Run(Cli.CreateRoot(), args);
