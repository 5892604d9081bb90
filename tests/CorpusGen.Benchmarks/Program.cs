using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- --filter '*'   (docs/benchmarks.md)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- profile        (time per pipeline step)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- builds [n]     (whole-process dotnet build timings)
// dotnet run -c Release --project tests/CorpusGen.Benchmarks -- synthetic DIR  (the 50 MB corpus as files, for corpusgen)
if (args.Length == 2 && args[0] == "synthetic")
{
    var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    long bytes = 0;
    var files = CorpusGen.Tests.Scale.SyntheticCorpus.Generate(CorpusGen.Benchmarks.Builds.SyntheticCorpusBuild.Seed, CorpusGen.Benchmarks.Builds.SyntheticCorpusBuild.TotalCharacters);
    foreach (var file in files)
    {
        var path = System.IO.Path.Combine(args[1], file.RelativePath);
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, file.Text, utf8);
        bytes += utf8.GetByteCount(file.Text);
    }

    System.Console.WriteLine($"{files.Count} files, {bytes} bytes in {args[1]}");
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

if (args.Length > 0 && args[0].StartsWith(CorpusGen.Benchmarks.Builds.BuildsCommand.Mode, System.StringComparison.Ordinal))
{
    System.Environment.ExitCode = CorpusGen.Benchmarks.Builds.BuildsCommand.Run(args);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusGen.Benchmarks.EmitShapeBenchmarks).Assembly).Run(args);
