using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --filter '*'   (docs/benchmarks.md)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- profile        (time per pipeline step)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- profile-search (the same with CorpusGenSearch on)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- builds [n]     (whole-process dotnet build timings)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- builds-memory  (only the generator's peak memory on 50 MB)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- shape [n] [variants|-] [dump folder]  (what the generated shape costs the compiler)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- property-cost [n]  (what a property costs the compiler by its body)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- first-access   (where the first access of an article goes)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- synthetic DIR  (the 50 MB corpus as files, for corpusgen)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- search [runs]  (search vs Lucene.Net: start-up, size, warm latency)
if (args.Length == 2 && args[0] == "synthetic")
{
    var written = CorpusGen.Benchmarks.Builds.SyntheticCorpusBuild.WriteCorpus(args[1]);
    System.Console.WriteLine($"{written.Files} files, {written.Bytes} bytes in {written.CorpusDirectory}");
    return;
}

if (args.Length > 0 && args[0] == "profile-search")
{
    CorpusGen.Benchmarks.StepProfile.Run(repetitions: 3, search: true);
    return;
}

if (args.Length > 0 && args[0] == "profile")
{
    CorpusGen.Benchmarks.StepProfile.Run(repetitions: 10);
    CorpusGen.Benchmarks.ParseProfile.Run(repetitions: 10);
    CorpusGen.Benchmarks.CorpusStepProfile.Run(repetitions: 50);
    CorpusGen.Benchmarks.CompileProfile.Run(repetitions: 3);
    return;
}

if (args.Length > 0 && args[0].StartsWith(CorpusGen.Benchmarks.SearchReport.Mode, System.StringComparison.Ordinal))
{
    System.Environment.ExitCode = CorpusGen.Benchmarks.SearchReport.Run(args);
    return;
}

if (args.Length > 0 && args[0] == CorpusGen.Benchmarks.FirstAccessSteps.Mode)
{
    CorpusGen.Benchmarks.FirstAccessSteps.Run(rounds: 20);
    return;
}

if (args.Length > 0 && args[0] == CorpusGen.Benchmarks.Shape.PropertyCost.Mode)
{
    System.Environment.ExitCode = CorpusGen.Benchmarks.Shape.PropertyCost.Run(args);
    return;
}

if (args.Length > 0 && args[0] == CorpusGen.Benchmarks.Shape.ShapeCommand.Mode)
{
    System.Environment.ExitCode = CorpusGen.Benchmarks.Shape.ShapeCommand.Run(args);
    return;
}

if (args.Length > 0 && args[0].StartsWith(CorpusGen.Benchmarks.Builds.BuildsCommand.Mode, System.StringComparison.Ordinal))
{
    System.Environment.ExitCode = CorpusGen.Benchmarks.Builds.BuildsCommand.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusGen.Benchmarks.EmitShapeBenchmarks).Assembly).Run(args);
