using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusGen.Tests.Consumers;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Infrastructure;

/// <summary>All process tests share one packed and installed tool.</summary>
[CollectionDefinition(Name)]
public sealed class ToolCollection : ICollectionFixture<ToolFixture>
{
    public const string Name = "Tool";
}

/// <summary>
/// Packs CorpusGen.Cli once per test run into a local feed and installs it as a user does
/// (<c>dotnet tool install --tool-path DIR --add-source FEED CorpusGen.Cli --version X</c>), so the process tests
/// run the real package: its target frameworks, its dependencies, its command name.
/// <para>
/// Layout of <see cref="Root"/> (under the system temp folder, deleted on dispose unless CORPUSGEN_KEEP_TOOL=1):
/// <c>pack/</c> a copy of Directory.Build.props, src/CorpusGen and src/CorpusGen.Cli (packing there never touches
/// the working tree's bin/ and obj/), <c>feed/</c> the .nupkg, <c>tool/</c> the tool path, and a folder per test
/// that asks for one. The version is unique to the run, so an older package in a cache can never be installed.
/// </para>
/// </summary>
public sealed class ToolFixture : IDisposable
{
    private static readonly string[] s_noServers = { "-nodeReuse:false", "-p:UseSharedCompilation=false" };
    private int _folders;

    public ToolFixture()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var processId = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        Root = Path.Combine(Path.GetTempPath(), "CorpusGen.Cli.Tests", stamp + "-" + processId);
        FeedDir = Path.Combine(Root, "feed");
        ToolDir = Path.Combine(Root, "tool");
        Directory.CreateDirectory(FeedDir);

        PackageVersion = PackWorkspace.RepositoryVersion() + "-test." + stamp + "." + processId;

        // Consumer projects built under Root must not pick up anything above the temp folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        var packDir = Path.Combine(Root, "pack");
        PackWorkspace.CopySources(packDir, "CorpusGen", "CorpusGen.Cli");
        GeneratorProject = Path.Combine(packDir, "src", "CorpusGen", "CorpusGen.csproj");
        var project = Path.Combine(packDir, "src", "CorpusGen.Cli", "CorpusGen.Cli.csproj");
        DotnetCli.RunChecked(packDir, new[] { "pack", project, "-c", "Release", "-o", FeedDir, "-p:Version=" + PackageVersion }.Concat(s_noServers).ToArray(), timeout: TimeSpan.FromMinutes(8));
        PackagePath = Path.Combine(FeedDir, "CorpusGen.Cli." + PackageVersion + ".nupkg");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException("dotnet pack did not produce " + PackagePath);
        }

        DotnetCli.RunChecked(Root, new[] { "tool", "install", "--tool-path", ToolDir, "--add-source", FeedDir, "CorpusGen.Cli", "--version", PackageVersion });
        ToolPath = Path.Combine(ToolDir, OperatingSystem.IsWindows() ? "corpusgen.exe" : "corpusgen");
        if (!File.Exists(ToolPath))
        {
            throw new InvalidOperationException("dotnet tool install did not produce " + ToolPath);
        }
    }

    public string Root { get; }

    public string FeedDir { get; }

    public string ToolDir { get; }

    /// <summary>The installed <c>corpusgen</c> launcher.</summary>
    public string ToolPath { get; }

    public string PackageVersion { get; }

    public string PackagePath { get; }

    /// <summary>The copy of src/CorpusGen the tool was packed from: consumer builds reference it as their analyzer.</summary>
    public string GeneratorProject { get; }

    /// <summary>A fresh, empty folder for one test's files.</summary>
    public string NewFolder(string name)
    {
        var number = System.Threading.Interlocked.Increment(ref _folders).ToString("D2", CultureInfo.InvariantCulture);
        var path = Path.Combine(Root, "work", number + "-" + name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Runs the installed tool in <paramref name="workingDirectory"/>, output redirected as in CI.</summary>
    public ToolRun Run(string workingDirectory, params string[] arguments) => ToolRun.Start(ToolPath, workingDirectory, arguments, null);

    public ToolRun Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        ToolRun.Start(ToolPath, workingDirectory, arguments, environment);

    public void Dispose() => PackWorkspace.Delete(Root, "CORPUSGEN_KEEP_TOOL");
}
