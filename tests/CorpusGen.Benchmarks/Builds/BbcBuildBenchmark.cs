using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>One consumer variant's measured builds and what its app printed.</summary>
internal sealed class VariantResult(ConsumerProject project)
{
    public ConsumerProject Project { get; } = project;

    public Timings Builds { get; } = new();

    /// <summary>Time in the Csc task of each measured build, from MSBuild's performance summary.</summary>
    public Timings CscTask { get; } = new();

    /// <summary>How many of the measured builds the compiler server compiled (all of them, when all is well).</summary>
    public int ServerBuilds { get; set; }

    public int? Warnings { get; set; }

    public string AppOutput { get; set; } = "";
}

/// <summary>
/// Consumer <c>dotnet build</c> of the BBC corpus compiled by CorpusGen, against the same corpus as hand-written
/// literals and as embedded resources, timed as whole processes in the same run.
/// </summary>
internal static class BbcBuildBenchmark
{
    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(10);

    /// <returns>CorpusGen, hand-written literals, EmbeddedResource, CorpusGen with the generator cache, CorpusGen with search, in that order.</returns>
    public static IReadOnlyList<VariantResult> Run(BuildLayout layout, int iterations)
    {
        var variants = new[]
        {
            new VariantResult(ConsumerProjects.BbcWithCorpusGen(layout)),
            new VariantResult(ConsumerProjects.BbcAsLiterals(layout)),
            new VariantResult(ConsumerProjects.BbcAsEmbeddedResources(layout)),
            new VariantResult(ConsumerProjects.BbcWithCorpusGen(layout, generatorCache: true)),
            new VariantResult(ConsumerProjects.BbcWithCorpusGenSearch(layout)),
        };

        foreach (var variant in variants)
        {
            variant.Project.Create();
            Check(variant.Project, "restore", variant.Project.Restore());
        }

        // One unmeasured build each: the first build of a project also writes obj/ caches and the build servers
        // start, load the generator and JIT it; none of that is what a developer pays on every build.
        foreach (var variant in variants)
        {
            variant.Project.Touch("warm-up");
            var warmUp = Check(variant.Project, "warm-up build", variant.Project.Build(s_buildTimeout));
            Progress($"{variant.Project.Name}: warm-up build {warmUp.Elapsed.TotalSeconds:F2} s");
        }

        // Interleaved (a, b, c, a, b, c, ...) so that drift in the machine's load hits every variant alike.
        for (var i = 1; i <= iterations; i++)
        {
            foreach (var variant in variants)
            {
                variant.Project.Touch($"measured build {i} of {iterations}");
                var build = Check(variant.Project, $"build {i}", variant.Project.Build(s_buildTimeout));
                variant.Builds.Add(build.Elapsed);
                var csc = MsBuildLog.CscTask(build.Output);
                if (csc is not null)
                {
                    variant.CscTask.Add(csc.Value);
                }

                var server = MsBuildLog.UsedCompilerServer(build.Output);
                variant.ServerBuilds += server ? 1 : 0;
                variant.Warnings = MsBuildLog.Warnings(build.Output);
                Progress($"{variant.Project.Name}: build {i}/{iterations} {build.Elapsed.TotalSeconds:F2} s " +
                    $"(Csc task {csc?.TotalSeconds:F2} s, {(server ? "compiler server" : "NO compiler server")})");
            }
        }

        foreach (var variant in variants)
        {
            var run = Check(variant.Project, "run", variant.Project.RunApp(TimeSpan.FromMinutes(2)));
            variant.AppOutput = run.Output.Trim();
            Progress($"{variant.Project.Name} prints: {variant.AppOutput}");
        }

        return variants;
    }

    private static ProcessResult Check(ConsumerProject project, string step, ProcessResult result)
    {
        if (!result.Succeeded)
        {
            var errors = MsBuildLog.Errors(result.Output);
            throw new BuildBenchmarkException(
                $"{project.Name} ({project.Label}): {step} failed." +
                (errors.Count > 0 ? "\nErrors:\n  " + string.Join("\n  ", errors.Take(50)) : "") +
                "\n" + result.Describe());
        }

        return result;
    }

    private static void Progress(string message) => Console.WriteLine("  " + message);
}
