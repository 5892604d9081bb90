using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>The results of a <c>builds</c> run as Markdown tables, ready to paste into docs/benchmarks.md.</summary>
internal sealed class BuildsReport
{
    private const double HandWrittenGoal = 1.15;
    private const double MemoryGoal = 3.0;

    private string _context = "";

    public int Iterations { get; init; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>CorpusGen, hand-written literals, EmbeddedResource (see <see cref="BbcBuildBenchmark.Run"/>).</summary>
    public IReadOnlyList<VariantResult>? Bbc { get; set; }

    public string? BbcFailure { get; set; }

    public int BbcFiles { get; set; }

    public long BbcBytes { get; set; }

    public SyntheticBuildResult? Synthetic { get; set; }

    public string? SyntheticFailure { get; set; }

    public MemoryResult? Memory { get; set; }

    public string? MemoryFailure { get; set; }

    public bool AllSucceeded =>
        Bbc is not null && Synthetic is { Succeeded: true } && Memory is not null &&
        BbcFailure is null && SyntheticFailure is null && MemoryFailure is null;

    /// <summary>What the numbers depend on: when, which SDK, which commit of the generator (and whether it was dirty).</summary>
    public void Describe(BuildLayout layout)
    {
        var sdk = ChildProcess.Dotnet(layout.RepoRoot, TimeSpan.FromMinutes(1), "--version").Output.Trim();
        var commit = Git(layout, "rev-parse", "--short", "HEAD") ?? "unknown";
        var dirty = Git(layout, "status", "--porcelain", "--", "src/CorpusGen") is { Length: > 0 } ? ", with uncommitted changes in src/CorpusGen" : "";
        _context = $"{DateTime.UtcNow:yyyy-MM-dd}, .NET SDK {sdk}, commit {commit}{dirty}, {Environment.ProcessorCount} cores";
    }

    public void Print(TextWriter writer)
    {
        writer.WriteLine("## Whole-process builds (`builds`)");
        writer.WriteLine();
        writer.WriteLine($"Run on {_context}; whole run {Elapsed.TotalMinutes:F1} min.");
        writer.WriteLine();
        PrintBbc(writer);
        PrintSynthetic(writer);
        PrintMemory(writer);
    }

    public void PrintBbcOnly(TextWriter writer)
    {
        writer.WriteLine($"## Whole-process BBC builds (`{BuildsCommand.BbcOnlyMode}`)");
        writer.WriteLine();
        writer.WriteLine($"Run on {_context}; whole run {Elapsed.TotalMinutes:F1} min.");
        writer.WriteLine();
        PrintBbc(writer);
    }

    private void PrintBbc(TextWriter writer)
    {
        writer.WriteLine($"### Consumer build of the BBC corpus ({BbcFiles:N0} files, {BbcBytes:N0} bytes)");
        writer.WriteLine();
        writer.WriteLine($"`dotnet build --no-restore -c Release` of a console app, Program.cs rewritten before each build so the compiler runs; " +
            $"one warm-up build, then {Iterations} measured builds per variant, interleaved; build servers kept alive. Whole-process wall clock.");
        writer.WriteLine();
        if (Bbc is null)
        {
            writer.WriteLine($"**Failed**: {FirstLine(BbcFailure)}");
            writer.WriteLine();
            return;
        }

        var (corpusGen, literals, resources, cached, search) = (Bbc[0], Bbc[1], Bbc[2], Bbc[3], Bbc[4]);
        writer.WriteLine("| variant | median | min | Csc task (median) | compiler server | warnings | the app prints |");
        writer.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var variant in new[] { literals, resources, corpusGen, cached, search })
        {
            writer.WriteLine($"| {variant.Project.Label} | {Seconds(variant.Builds.Median)} | {Seconds(variant.Builds.Min)} | " +
                $"{(variant.CscTask.Count > 0 ? Seconds(variant.CscTask.Median) : "n/a")} | {variant.ServerBuilds}/{variant.Builds.Count} builds | " +
                $"{variant.Warnings?.ToString("N0", CultureInfo.InvariantCulture) ?? "n/a"} | {Cell(variant.AppOutput)} |");
        }

        writer.WriteLine();
        writer.WriteLine("| ratio | median | min | Csc task (median) | goal |");
        writer.WriteLine("| --- | ---: | ---: | ---: | --- |");
        var toLiterals = Ratio(corpusGen.Builds.Median, literals.Builds.Median);
        writer.WriteLine($"| CorpusGen / hand-written literals | {toLiterals:F2}x | {Ratio(corpusGen.Builds.Min, literals.Builds.Min):F2}x | " +
            $"{CscRatio(corpusGen, literals)} | <= {HandWrittenGoal:F2}x (median): {Verdict(toLiterals <= HandWrittenGoal, toLiterals, HandWrittenGoal)} |");
        writer.WriteLine($"| CorpusGen / EmbeddedResource | {Ratio(corpusGen.Builds.Median, resources.Builds.Median):F2}x | " +
            $"{Ratio(corpusGen.Builds.Min, resources.Builds.Min):F2}x | {CscRatio(corpusGen, resources)} | |");
        writer.WriteLine($"| CorpusGen with the generator cache / hand-written literals | {Ratio(cached.Builds.Median, literals.Builds.Median):F2}x | " +
            $"{Ratio(cached.Builds.Min, literals.Builds.Min):F2}x | {CscRatio(cached, literals)} | |");
        writer.WriteLine($"| CorpusGen with the generator cache / without | {Ratio(cached.Builds.Median, corpusGen.Builds.Median):F2}x | " +
            $"{Ratio(cached.Builds.Min, corpusGen.Builds.Min):F2}x | {CscRatio(cached, corpusGen)} | |");
        var searchToLiterals = Ratio(search.Builds.Median, literals.Builds.Median);
        writer.WriteLine($"| CorpusGen with CorpusGenSearch / hand-written literals | {searchToLiterals:F2}x | {Ratio(search.Builds.Min, literals.Builds.Min):F2}x | " +
            $"{CscRatio(search, literals)} | on by default only if <= {HandWrittenGoal:F2}x (median): {Verdict(searchToLiterals <= HandWrittenGoal, searchToLiterals, HandWrittenGoal)} |");
        writer.WriteLine($"| CorpusGen with CorpusGenSearch / without | {Ratio(search.Builds.Median, corpusGen.Builds.Median):F2}x | " +
            $"{Ratio(search.Builds.Min, corpusGen.Builds.Min):F2}x | {CscRatio(search, corpusGen)} | |");
        writer.WriteLine();
    }

    private void PrintSynthetic(TextWriter writer)
    {
        writer.WriteLine($"### `dotnet build` of the 50 MB synthetic corpus with CorpusGen");
        writer.WriteLine();
        if (Synthetic is not { } s)
        {
            writer.WriteLine($"**Failed**: {FirstLine(SyntheticFailure)}");
            writer.WriteLine();
            return;
        }

        writer.WriteLine($"SyntheticCorpus seed {SyntheticCorpusBuild.Seed}, {SyntheticCorpusBuild.TotalCharacters:N0} characters (as StorageTests), " +
            "written as files into a console app's corpus/ folder, LangVersion latest.");
        writer.WriteLine();
        writer.WriteLine("| measurement | result |");
        writer.WriteLine("| --- | --- |");
        writer.WriteLine($"| corpus | {s.Files:N0} files, {s.Bytes:N0} bytes UTF-8 ({s.Characters:N0} characters), {s.UniqueTexts:N0} unique texts |");
        writer.WriteLine($"| restore | {Step(s.Restore)} |");
        writer.WriteLine($"| first build (fresh obj/) | {Step(s.FirstBuild)} |");
        writer.WriteLine($"| second build, Program.cs touched | {Step(s.SecondBuild)} |");
        writer.WriteLine($"| the app prints | {(s.Run is null ? "not run" : Cell(s.Run.Output.Trim()))} |");
        foreach (var (label, first, second, failure) in s.Baselines)
        {
            writer.WriteLine($"| {label}: first build / second build | {(first is null ? "n/a" : Step(first))} / {(second is null ? "n/a" : Step(second))}{(failure is null ? "" : " **" + failure + "**")} |");
            if (second is { Succeeded: true } && s.SecondBuild is { Succeeded: true } corpusGenSecond)
            {
                writer.WriteLine($"| CorpusGen second build / {label} | {Ratio(corpusGenSecond.Elapsed, second.Elapsed):F2}x{(label.Contains("u8", StringComparison.Ordinal) ? " (goal <= 1.15x)" : "")} |");
            }
        }

        writer.WriteLine($"| result | {(s.Succeeded ? "success: built and ran, one article per unique text" : "**failed**: " + Cell(FirstLine(s.Failure)))} |");
        writer.WriteLine();
        if (!s.Succeeded)
        {
            writer.WriteLine("```");
            writer.WriteLine(s.Failure);
            writer.WriteLine("```");
            writer.WriteLine();
        }
    }

    public void PrintMemoryOnly(TextWriter writer) => PrintMemory(writer);

    private void PrintMemory(TextWriter writer)
    {
        writer.WriteLine("### Generator peak memory on the 50 MB synthetic corpus");
        writer.WriteLine();
        if (Memory is not { } m)
        {
            writer.WriteLine($"**Failed**: {FirstLine(MemoryFailure ?? "not run (no synthetic corpus)")}");
            writer.WriteLine();
            return;
        }

        writer.WriteLine("Each row is a child process (`builds-memory-child`) that loads the corpus as AdditionalText (SourceText.From), " +
            "creates a CSharpCompilation with the .NET 10 reference assemblies and a CSharpGeneratorDriver; only the second runs CorpusGen " +
            "(RunGenerators, then every generated text through GetRunResult). Peak = Process.PeakWorkingSet64 (the whole life of the process).");
        writer.WriteLine();
        writer.WriteLine("| process | peak working set | allocated (GC total) | GC heap at the end | generator run |");
        writer.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        writer.WriteLine($"| baseline: everything but the generator run | {Mb(m.Baseline.PeakWorkingSet)} | {Mb(m.Baseline.Allocated)} | {Mb(m.Baseline.HeapSize)} | |");
        writer.WriteLine($"| generator: CorpusGen run, {m.Generator.Get("generatedFiles"):N0} generated files, {m.Generator.Get("generatedChars"):N0} characters | " +
            $"{Mb(m.Generator.PeakWorkingSet)} | {Mb(m.Generator.Allocated)} | {Mb(m.Generator.HeapSize)} | {m.Generator.RunMilliseconds:N0} ms |");
        writer.WriteLine($"| **the generator's own** (difference) | **{Mb(m.GeneratorPeak)}** | {Mb(m.GeneratorAllocated)} | | |");
        writer.WriteLine();
        writer.WriteLine($"Generator peak / corpus size: {Mb(m.GeneratorPeak)} / {m.CorpusBytes:N0} bytes = **{m.PeakPerCorpusByte:F2}x**; " +
            $"goal <= {MemoryGoal:F0}x: {Verdict(m.PeakPerCorpusByte <= MemoryGoal, m.PeakPerCorpusByte, MemoryGoal)}.");
        writer.WriteLine();
    }

    private static string Step(ProcessResult? result)
    {
        if (result is null)
        {
            return "not run";
        }

        var text = Seconds(result.Elapsed);
        if (MsBuildLog.CscTask(result.Output) is { } csc)
        {
            text += $" (Csc task {Seconds(csc)}, {(MsBuildLog.UsedCompilerServer(result.Output) ? "compiler server" : "no compiler server")})";
        }

        if (MsBuildLog.Warnings(result.Output) is { } warnings)
        {
            text += $", {warnings:N0} warnings";
        }

        return result.Succeeded ? text : text + $", **exit code {result.ExitCode}**";
    }

    private static string CscRatio(VariantResult a, VariantResult b) =>
        a.CscTask.Count > 0 && b.CscTask.Count > 0 ? $"{Ratio(a.CscTask.Median, b.CscTask.Median):F2}x" : "n/a";

    private static double Ratio(TimeSpan a, TimeSpan b) => b == TimeSpan.Zero ? double.NaN : a / b;

    private static string Verdict(bool met, double value, double goal) =>
        met ? "met" : $"**missed** by {value / goal:F2}x";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s";

    private static string Mb(long bytes) => GeneratorMemory.Megabytes(bytes);

    private static string Cell(string text) => "`" + text.Replace("\n", " / ", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal) + "`";

    private static string FirstLine(string? text) => (text ?? "").Split('\n')[0];

    /// <summary>A read-only git query's output, or null when git is missing or fails.</summary>
    private static string? Git(BuildLayout layout, params string[] arguments)
    {
        try
        {
            var result = ChildProcess.Run("git", arguments, layout.RepoRoot, TimeSpan.FromMinutes(1));
            return result.Succeeded ? result.Output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
