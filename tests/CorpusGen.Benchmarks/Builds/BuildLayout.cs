using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>
/// Where everything is: the repository, the BBC corpus beside it, the Release build of the generator that the
/// consumer projects load as an analyzer, and the temporary folder the consumer projects are written to.
/// </summary>
internal sealed class BuildLayout
{
    private BuildLayout(string repoRoot, string bbcRoot, IReadOnlyList<string> bbcFiles)
    {
        RepoRoot = repoRoot;
        BbcRoot = bbcRoot;
        BbcFiles = bbcFiles;
    }

    public string RepoRoot { get; }

    /// <summary>The folder holding one folder per category (business, sport, ...), each with NNN.txt files.</summary>
    public string BbcRoot { get; }

    /// <summary>Every article file, &lt;category&gt;/NNN.txt, in ordinal path order.</summary>
    public IReadOnlyList<string> BbcFiles { get; }

    public string GeneratorProject => Path.Combine(RepoRoot, "src", "CorpusGen");

    public string GeneratorDll => Path.Combine(GeneratorProject, "bin", "Release", "netstandard2.0", "CorpusGen.dll");

    /// <summary>What the NuGet package imports: makes the generator's MSBuild properties visible to it.</summary>
    public string GeneratorProps => Path.Combine(GeneratorProject, "build", "CorpusGen.props");

    public static string TempRoot => Path.Combine(Path.GetTempPath(), "CorpusGen.Builds");

    /// <summary>Finds the repository and the BBC corpus, or throws with what is missing and where it was expected.</summary>
    public static BuildLayout Find()
    {
        var repoRoot = FindRepoRoot();
        var bbcRoot = Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "corpora", "bbc-news", "bbc"));
        if (!Directory.Exists(bbcRoot))
        {
            throw new BuildBenchmarkException(
                $"The BBC corpus is missing: expected {bbcRoot}{Path.DirectorySeparatorChar}<category>{Path.DirectorySeparatorChar}NNN.txt " +
                "(../shared/corpora/bbc-news beside the repository). The consumer build benchmark needs it.");
        }

        // Only <category>/*.txt: the corpus's own README.TXT at the top is not an article.
        var files = Directory.EnumerateDirectories(bbcRoot)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new BuildBenchmarkException($"The BBC corpus at {bbcRoot} has no <category>/*.txt files.");
        }

        return new BuildLayout(repoRoot, bbcRoot, files);
    }

    /// <summary>
    /// Builds the generator in Release, as the consumer projects reference its output directly. Up to date (and
    /// quick) when <c>dotnet run -c Release</c> has just built it as this project's reference.
    /// </summary>
    public void BuildGenerator()
    {
        var result = ChildProcess.Dotnet(RepoRoot, TimeSpan.FromMinutes(10), "build", GeneratorProject, "-c", "Release");
        if (!result.Succeeded || !File.Exists(GeneratorDll))
        {
            throw new BuildBenchmarkException("Building the generator in Release failed:\n" + result.Describe());
        }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorpusGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new BuildBenchmarkException("Run the benchmark from its build output inside the repository (CorpusGen.sln not found above " + AppContext.BaseDirectory + ").");
    }
}

/// <summary>A problem that ends the run with a message for the person running it, not a stack trace.</summary>
internal sealed class BuildBenchmarkException(string message) : Exception(message);
