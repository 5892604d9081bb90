using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CorpusGen.Tests.Infrastructure;
using Xunit.Sdk;

namespace CorpusGen.Tests.Consumers;

/// <summary>One real SDK-style project on disk, restored, built and run with the dotnet CLI.</summary>
internal sealed class ConsumerProject
{
    private static readonly Regex s_warnings = new(@"^\s*(\d+) Warning\(s\)\s*$", RegexOptions.Multiline);
    private static readonly Regex s_errors = new(@"^\s*(\d+) Error\(s\)\s*$", RegexOptions.Multiline);
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConsumerFixture _fixture;

    public ConsumerProject(ConsumerFixture fixture, string directory, string assemblyName, string targetFramework = "net10.0")
    {
        _fixture = fixture;
        Directory = directory;
        AssemblyName = assemblyName;
        TargetFramework = targetFramework;
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory { get; }

    public string AssemblyName { get; }

    public string TargetFramework { get; }

    public string ProjectPath => Path.Combine(Directory, AssemblyName + ".csproj");

    /// <summary>obj/Debug/&lt;tfm&gt;/: where the compiler's output lands before it is copied to bin/.</summary>
    public string IntermediateDirectory => Path.Combine(Directory, "obj", "Debug", TargetFramework);

    /// <summary>Where EmitCompilerGeneratedFiles puts CorpusGen's output.</summary>
    public string GeneratedDirectory => Path.Combine(IntermediateDirectory, "generated", "CorpusGen", "CorpusGen.CorpusGenerator");

    public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", TargetFramework, AssemblyName + ".dll");

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes a file (UTF-8 without BOM, text exactly as given), creating folders.</summary>
    public ConsumerProject Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, s_utf8);
        return this;
    }

    public ConsumerProject WriteProject(string xml) => Write(AssemblyName + ".csproj", xml);

    /// <summary>Copies the repository's seed article, byte for byte.</summary>
    public ConsumerProject CopySeed(string relativePath)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(RepoPaths.SeedPath, path, overwrite: true);
        return this;
    }

    public CliResult Restore()
    {
        var result = _fixture.Dotnet(Directory, "restore", ProjectPath);
        if (Regex.IsMatch(result.Output, @":\s*warning\s+[A-Z]+[0-9]+"))
        {
            throw new XunitException("Restore reported a warning.\n" + result.Describe());
        }

        return result;
    }

    /// <summary>Builds (already restored) and fails unless the build succeeded with 0 warnings and 0 errors.</summary>
    public CliResult Build()
    {
        var result = _fixture.Dotnet(Directory, "build", ProjectPath, "--no-restore", "-c", "Debug");
        AssertCleanBuild(result);
        return result;
    }

    /// <summary>Runs the built app with the dotnet host and returns what it printed.</summary>
    public string Run()
    {
        if (!File.Exists(OutputAssembly))
        {
            throw new XunitException("Nothing to run: " + OutputAssembly + " does not exist.");
        }

        return _fixture.Dotnet(Directory, OutputAssembly).Output;
    }

    /// <summary>Fails with the whole build log unless MSBuild reported success, 0 warnings and 0 errors.</summary>
    public static void AssertCleanBuild(CliResult result)
    {
        var warnings = s_warnings.Matches(result.Output);
        var errors = s_errors.Matches(result.Output);
        var clean = result.Output.Contains("Build succeeded", StringComparison.Ordinal)
            && warnings.Count > 0 && warnings.All(m => m.Groups[1].Value == "0")
            && errors.Count > 0 && errors.All(m => m.Groups[1].Value == "0");
        if (!clean)
        {
            throw new XunitException("Expected a build with 0 warnings and 0 errors.\n" + result.Describe());
        }
    }

    /// <summary>The generated files' names, sorted ordinally.</summary>
    public string[] GeneratedFileNames() =>
        System.IO.Directory.Exists(GeneratedDirectory)
            ? System.IO.Directory.GetFiles(GeneratedDirectory).Select(Path.GetFileName).Select(n => n!).OrderBy(n => n, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();

    public string ReadGenerated(string fileName) => File.ReadAllText(Path.Combine(GeneratedDirectory, fileName));
}
