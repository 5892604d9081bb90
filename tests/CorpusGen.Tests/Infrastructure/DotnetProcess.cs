using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// How a child <c>dotnet</c> command starts, as a person would run it from a terminal: output captured as UTF-8,
/// no first-run noise, plain logs, and none of the variables a parent <c>dotnet test</c> or <c>dotnet run</c> (its
/// in-process MSBuild) leaves behind, which would pin the nested build to the outer build's MSBuild and SDK
/// resolver. Shared by the consumer tests and the build benchmarks (linked there), which differ only in what
/// they do with build servers.
/// </summary>
public static class DotnetProcess
{
    private static readonly string[] s_inheritedMsBuildVariables =
    {
        "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "MSBuildCacheEnabled", "DOTNET_HOST_PATH", "MSBUILDLOGALLENVIRONMENTVARIABLES",
        "_MSBUILDTLENABLED",
    };

    /// <summary>The dotnet host running this process when it is one (so the same SDK install), else the one on PATH.</summary>
    public static string Executable { get; } = FindExecutable();

    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in s_inheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        start.Environment["MSBuildEnableWorkloadResolver"] = "false";

        // Plain, parseable logs ("0 Warning(s)", the task summary) even when there is a terminal.
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        return start;
    }

    private static string FindExecutable()
    {
        var host = Environment.ProcessPath;
        if (host is not null && Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return host;
        }

        var fromVariable = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return fromVariable is not null && File.Exists(fromVariable) ? fromVariable : "dotnet";
    }
}
