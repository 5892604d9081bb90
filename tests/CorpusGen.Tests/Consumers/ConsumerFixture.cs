using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>All consumer tests share one packed CorpusGen and one package cache, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerCollection : ICollectionFixture<ConsumerFixture>
{
    public const string Name = "Consumers";
}

/// <summary>
/// Packs the generator once per test run into a local feed, and sets up the folder every consumer project lives in.
/// <para>
/// Layout of <see cref="Root"/> (under the system temp folder, deleted on dispose unless
/// CORPUSGEN_KEEP_CONSUMERS=1): <c>pack/</c> a copy of the repository's Directory.Build.props and src/CorpusGen
/// (packing there never touches the working tree's bin/ and obj/), <c>feed/</c> the .nupkg, <c>packages/</c> the
/// NuGet global packages folder of every consumer command, <c>NuGet.config</c>, empty Directory.Build.props and
/// .targets (so nothing above the temp folder leaks into the consumers), and one folder per consumer project.
/// </para>
/// <para>
/// Restore and cache: the package gets a version unique to the run (<c>0.1.0-test.&lt;UTC time&gt;.&lt;pid&gt;</c>)
/// and consumers restore into the run's own <c>packages/</c> (NUGET_PACKAGES), so a CorpusGen extracted by an
/// earlier run or by hand can never be picked up, and nothing is left in the machine's global packages folder.
/// Anything else a consumer needs (NETStandard.Library for the netstandard2.0 library) is copied from the machine's
/// global packages folder, listed in NuGet.config as an offline local source, before the machine's own sources
/// (<c>dotnet nuget list source</c>) are asked. <c>&lt;clear/&gt;</c> keeps out every other NuGet.config.
/// </para>
/// <para>
/// Processes: every command runs without the MSBuild server, node reuse or the shared compiler (VBCSCompiler), so
/// nothing started here outlives its command and no build server needs shutting down (a <c>dotnet build-server
/// shutdown</c> would also stop servers that are not ours). On 2 cores a consumer build takes a few seconds
/// without the shared compiler, so it is not worth a process that lingers.
/// </para>
/// </summary>
public sealed class ConsumerFixture : IDisposable
{
    private static readonly string[] s_noServers = { "-nodeReuse:false", "-p:UseSharedCompilation=false" };
    private int _projects;

    public ConsumerFixture()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var processId = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        Root = Path.Combine(Path.GetTempPath(), "CorpusGen.Consumers", stamp + "-" + processId);
        FeedDir = Path.Combine(Root, "feed");
        PackagesDir = Path.Combine(Root, "packages");
        Directory.CreateDirectory(FeedDir);
        Directory.CreateDirectory(PackagesDir);

        BaseVersion = PackWorkspace.RepositoryVersion();
        PackageVersion = BaseVersion + "-test." + stamp + "." + processId;

        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "NuGet.config"), NuGetConfig(FeedDir, MachineGlobalPackagesFolder(), MachineSources()));

        var packDir = Path.Combine(Root, "pack");
        PackWorkspace.CopySources(packDir, "CorpusGen");

        // The copy uses the machine's usual global packages folder: the generator's own build dependencies are
        // already there from building the solution, and CorpusGen itself never goes through it.
        var project = Path.Combine(packDir, "src", "CorpusGen", "CorpusGen.csproj");
        PackResult = DotnetCli.RunChecked(
            packDir,
            new[] { "pack", project, "-c", "Release", "-o", FeedDir, "-p:Version=" + PackageVersion }.Concat(s_noServers).ToArray());
        PackagePath = Path.Combine(FeedDir, "CorpusGen." + PackageVersion + ".nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException("dotnet pack did not produce " + PackagePath + ":\n" + PackResult.Output);
        }
    }

    /// <summary>The run's folder; see the class comment for its layout.</summary>
    public string Root { get; }

    public string FeedDir { get; }

    /// <summary>NUGET_PACKAGES of every consumer command.</summary>
    public string PackagesDir { get; }

    /// <summary>The Version in the repository's Directory.Build.props, e.g. 0.1.0.</summary>
    public string BaseVersion { get; }

    /// <summary>The version of the package packed for this run.</summary>
    public string PackageVersion { get; }

    public string PackagePath { get; }

    internal CliResult PackResult { get; }

    /// <summary>A fresh, empty folder for one consumer project (or a solution of several).</summary>
    public string NewProjectFolder(string name)
    {
        var number = System.Threading.Interlocked.Increment(ref _projects).ToString("D2", CultureInfo.InvariantCulture);
        var path = Path.Combine(Root, number + "-" + name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs <c>dotnet</c> as a consumer: the run's packages folder, no servers left behind.</summary>
    internal CliResult Dotnet(string workingDirectory, params string[] arguments) =>
        DotnetCli.RunChecked(workingDirectory, WithoutServers(arguments), ConsumerEnvironment);

    /// <summary>As <see cref="Dotnet"/>, for a command that is expected to fail: the caller checks the result.</summary>
    internal CliResult DotnetUnchecked(string workingDirectory, params string[] arguments) =>
        DotnetCli.Run(workingDirectory, WithoutServers(arguments), ConsumerEnvironment);

    private static string[] WithoutServers(string[] arguments)
    {
        var msbuild = arguments.Length > 0 && arguments[0] is "build" or "restore" or "pack" or "publish" or "msbuild";
        return msbuild ? arguments.Concat(s_noServers).ToArray() : arguments;
    }

    private IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesDir,
    };

    public void Dispose() => PackWorkspace.Delete(Root, "CORPUSGEN_KEEP_CONSUMERS");

    /// <summary>
    /// The enabled sources the machine restores from, as `dotnet nuget list source` sees them in the repository,
    /// under their own names (so credentials configured for them still apply).
    /// </summary>
    private static IReadOnlyList<KeyValuePair<string, string>> MachineSources()
    {
        var result = DotnetCli.RunChecked(RepoPaths.RepoRoot, new[] { "nuget", "list", "source", "--format", "Detailed" });

        //   1.  nuget.org [Enabled]
        //       https://api.nuget.org/v3/index.json
        var lines = result.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var sources = new List<KeyValuePair<string, string>>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var header = System.Text.RegularExpressions.Regex.Match(lines[i], @"^\d+\.\s+(?<name>.+?)\s+\[Enabled\]$");
            if (header.Success)
            {
                sources.Add(new KeyValuePair<string, string>(header.Groups["name"].Value, lines[i + 1]));
            }
        }

        return sources;
    }

    private static string? MachineGlobalPackagesFolder()
    {
        var result = DotnetCli.Run(RepoPaths.RepoRoot, new[] { "nuget", "locals", "global-packages", "--list" });
        const string Prefix = "global-packages:";
        var line = result.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        var path = line?.Substring(Prefix.Length).Trim();
        return result.ExitCode == 0 && !string.IsNullOrEmpty(path) && Directory.Exists(path) ? path : null;
    }

    private static string NuGetConfig(string feed, string? globalPackages, IReadOnlyList<KeyValuePair<string, string>> machineSources)
    {
        static string Add(string key, string value) =>
            $"    <add key=\"{SecurityElement.Escape(key)}\" value=\"{SecurityElement.Escape(value)}\" />\n";

        var config = new StringBuilder();
        config.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n");
        config.Append(Add("corpusgen-test-feed", feed));
        if (globalPackages is not null)
        {
            config.Append(Add("machine-global-packages", globalPackages));
        }

        foreach (var source in machineSources)
        {
            config.Append(Add(source.Key, source.Value));
        }

        config.Append("  </packageSources>\n</configuration>\n");
        return config.ToString();
    }
}
