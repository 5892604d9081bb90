using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Scale;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>What building the 50 MB synthetic corpus with <c>dotnet build</c> gave.</summary>
internal sealed class SyntheticBuildResult
{
    public required string CorpusDirectory { get; init; }

    public required int Files { get; init; }

    public required long Characters { get; init; }

    /// <summary>On disk, UTF-8: what the memory goal is a multiple of.</summary>
    public required long Bytes { get; init; }

    public required int UniqueTexts { get; init; }

    public ProcessResult? Restore { get; set; }

    public ProcessResult? FirstBuild { get; set; }

    public ProcessResult? SecondBuild { get; set; }

    public ProcessResult? Run { get; set; }

    /// <summary>The goal's baselines over the same files, each built fresh and then again with Program.cs touched.</summary>
    public List<(string Label, ProcessResult? First, ProcessResult? Second, string? Failure)> Baselines { get; } = new();

    /// <summary>Why it did not succeed (the build's exact errors), or null.</summary>
    public string? Failure { get; set; }

    public bool Succeeded => Failure is null;
}

/// <summary>
/// A real <c>dotnet build</c> of a console app over the deterministic 50M-character synthetic corpus of the scale
/// tests (StorageTests: same seed and size), to show that a corpus of that size builds and runs outside the test
/// host, and what the builds cost.
/// </summary>
internal static class SyntheticCorpusBuild
{
    public const int Seed = 20261129;
    public const long TotalCharacters = 50_000_000;

    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(30);

    public static SyntheticBuildResult Run(BuildLayout layout)
    {
        var project = ConsumerProjects.SyntheticWithCorpusGen(layout);
        project.Create();
        var result = WriteCorpus(project.Directory);
        Progress($"wrote {result.Files:N0} files, {result.Bytes:N0} bytes ({result.Characters:N0} characters, {result.UniqueTexts:N0} unique texts) to {result.CorpusDirectory}");

        result.Restore = project.Restore();
        if (!Succeeded(result, "restore", result.Restore))
        {
            return result;
        }

        // The first build of a fresh project (no obj/), then the everyday case: one source edited.
        result.FirstBuild = project.Build(s_buildTimeout);
        Progress($"first build {result.FirstBuild.Elapsed.TotalSeconds:F1} s, exit code {result.FirstBuild.ExitCode}");
        if (!Succeeded(result, "first build", result.FirstBuild))
        {
            return result;
        }

        project.Touch("second build");
        result.SecondBuild = project.Build(s_buildTimeout);
        Progress($"second build {result.SecondBuild.Elapsed.TotalSeconds:F1} s, exit code {result.SecondBuild.ExitCode}");
        if (!Succeeded(result, "second build", result.SecondBuild))
        {
            return result;
        }

        result.Run = project.RunApp(TimeSpan.FromMinutes(5));
        Progress($"app prints: {result.Run.Output.Trim()}");
        if (Succeeded(result, "run", result.Run))
        {
            // CorpusGen keeps one article per set of identical files, so it should count the unique texts.
            var expected = result.UniqueTexts.ToString(CultureInfo.InvariantCulture) + " articles";
            if (!result.Run.Output.StartsWith(expected, StringComparison.Ordinal))
            {
                result.Failure = $"the app printed \"{result.Run.Output.Trim()}\", expected it to start with \"{expected}\"";
            }
        }

        MeasureBaselines(layout, result);
        return result;
    }

    /// <summary>Hand-written u8 properties and EmbeddedResource over the same texts, built the same way.</summary>
    private static void MeasureBaselines(BuildLayout layout, SyntheticBuildResult result)
    {
        var unique = SyntheticCorpus.Generate(Seed, TotalCharacters).Select(f => f.Text).Distinct(StringComparer.Ordinal).ToList();
        foreach (var project in new[] { ConsumerProjects.SyntheticAsU8Properties(layout, unique), ConsumerProjects.SyntheticAsEmbeddedResources(layout) })
        {
            project.Create();
            if (project.Name == "SyntheticResources")
            {
                WriteCorpus(project.Directory);
            }

            var restore = project.Restore();
            var first = restore.Succeeded ? project.Build(s_buildTimeout) : null;
            ProcessResult? second = null;
            if (first is { Succeeded: true })
            {
                project.Touch("second build");
                second = project.Build(s_buildTimeout);
            }

            var failure = !restore.Succeeded ? "restore failed" : first is not { Succeeded: true } ? "first build failed" : second is not { Succeeded: true } ? "second build failed" : null;
            Progress($"{project.Label}: first build {first?.Elapsed.TotalSeconds:F1} s, second {second?.Elapsed.TotalSeconds:F1} s{(failure is null ? "" : ", " + failure)}");
            result.Baselines.Add((project.Label, first, second, failure));
        }
    }

    public static SyntheticBuildResult WriteCorpus(string projectDirectory)
    {
        var corpus = SyntheticCorpus.Generate(Seed, TotalCharacters);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        foreach (var file in corpus)
        {
            var path = Path.Combine(projectDirectory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, utf8);
            bytes += utf8.GetByteCount(file.Text);
        }

        return new SyntheticBuildResult
        {
            // The folder of .txt files (RelativePath is corpus/synthetic/NNNNNN.txt), what the memory child loads.
            CorpusDirectory = Path.Combine(projectDirectory, "corpus"),
            Files = corpus.Count,
            Characters = corpus.Sum(f => (long)f.Text.Length),
            Bytes = bytes,
            UniqueTexts = corpus.Select(f => f.Text).Distinct(StringComparer.Ordinal).Count(),
        };
    }

    private static bool Succeeded(SyntheticBuildResult result, string step, ProcessResult process)
    {
        if (process.Succeeded)
        {
            return true;
        }

        var errors = MsBuildLog.Errors(process.Output);
        result.Failure = $"{step} failed (exit code {process.ExitCode})" +
            (errors.Count > 0 ? ":\n  " + string.Join("\n  ", ErrorSummary(errors)) : ".\n" + process.Describe());
        Console.WriteLine("  " + result.Failure);
        return false;
    }

    /// <summary>The first errors verbatim and a count per error code, as thousands of one error are common at scale.</summary>
    private static IEnumerable<string> ErrorSummary(IReadOnlyList<string> errors)
    {
        foreach (var error in errors.Take(20))
        {
            yield return error;
        }

        var codes = errors
            .Select(e => e[(e.IndexOf(": error ", StringComparison.Ordinal) + 8)..].Split(':')[0])
            .GroupBy(code => code, StringComparer.Ordinal)
            .Select(g => $"{g.Key} x{g.Count()}");
        yield return $"({errors.Count} distinct error lines: {string.Join(", ", codes)})";
    }

    private static void Progress(string message) => Console.WriteLine("  " + message);
}
