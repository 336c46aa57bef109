using BenchmarkDotNet.Running;
using DomainKit.Benchmarks.Generator;

// `-- consumers <folder> <types> <YamlDotNet.dll>`: write the two synthetic consumers that benchmarks/build-time.sh builds.
if (args.Length == 4 && args[0] == "consumers")
{
    SyntheticConsumers.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args[3]);
    return;
}
// `-- lsp-process <domainkit command…>`: the shipped language server as a process, on the synthetic workspace.
if (args.Length >= 2 && args[0] == "lsp-process")
{
    DomainKit.Benchmarks.LanguageServer.ServerProcessMeasure.Run(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
