using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --filter '*'   (docs/benchmarks.md)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- profile        (time per pipeline step)
if (args.Length > 0 && args[0] == "profile")
{
    CorpusGen.Benchmarks.StepProfile.Run(repetitions: 10);
    CorpusGen.Benchmarks.ParseProfile.Run(repetitions: 10);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusGen.Benchmarks.EmitShapeBenchmarks).Assembly).Run(args);
