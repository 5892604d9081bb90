using System;
using System.IO;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Where the repository and the shared real-data corpora are. Found from the test assembly's folder rather than the
/// working directory, because `dotnet test`, IDEs and CI each start the test host in a different directory.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_repoRoot = new(FindRepoRoot);

    /// <summary>The folder holding CorpusGen.sln.</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>
    /// ../shared beside the repository (every developer checkout and CI has it, a plain clone elsewhere does not),
    /// or null when absent.
    /// </summary>
    public static string? SharedDir
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The article the project started from; tests read its bytes exactly as committed.</summary>
    public static string SeedPath => Path.Combine(RepoRoot, "corpus", "000_4b3ca78899aa5c2a.txt");

    /// <summary>tests/CorpusGen.Tests/Snapshots, where <see cref="Snapshot"/> keeps verified files.</summary>
    public static string SnapshotsDir => Path.Combine(RepoRoot, "tests", "CorpusGen.Tests", "Snapshots");

    /// <summary>shared/corpora/<paramref name="name"/>, or null when it (or shared/ itself) is absent.</summary>
    public static string? SharedCorpusDir(string name)
    {
        if (SharedDir is not { } shared)
        {
            return null;
        }

        var path = Path.Combine(shared, "corpora", name);
        return Directory.Exists(path) ? path : null;
    }

    /// <summary>Why a test over shared/corpora/<paramref name="name"/> cannot run here, or null when it can.</summary>
    public static string? SharedCorpusSkipReason(string name) =>
        SharedCorpusDir(name) is null
            ? $"../shared/corpora/{name} is absent: this test needs the shared real-data corpora beside the repository"
            : null;

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorpusGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No CorpusGen.sln above {AppContext.BaseDirectory}: the tests must run from a build inside the repository.");
    }
}
