using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --filter '*'   (docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(CorpusGen.Benchmarks.EmitShapeBenchmarks).Assembly).Run(args);
