using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Xunit.Sdk;

namespace CorpusGen.Tests.Consumers;

/// <summary>The exit code and the interleaved stdout + stderr of one <c>dotnet</c> command.</summary>
internal sealed record CliResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:F1}s. Output:\n{Output}";
}

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process, the way a person would in a terminal, isolated from the test host.
/// </summary>
internal static class DotnetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(4);

    /// <summary>The dotnet host running the tests (so the same SDK install), else the one on PATH.</summary>
    public static string Executable => DotnetProcess.Executable;

    /// <summary>Runs <c>dotnet</c>; never throws for a non-zero exit code (see <see cref="RunChecked"/>).</summary>
    public static CliResult Run(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = DotnetProcess.StartInfo(Executable, arguments, workingDirectory);
        start.Environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";

        // No process may outlive its command: no MSBuild server, no reused nodes (VBCSCompiler is turned off per
        // command by ConsumerProject with -p:UseSharedCompilation=false).
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (var pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        var gate = new object();
        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                output.Append(line).Append('\n');
            }
        }

        var commandLine = "dotnet " + string.Join(" ", arguments);
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            // Only the tree this call started: the command and the MSBuild nodes or compilers it spawned.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            string partial;
            lock (gate)
            {
                partial = output.ToString();
            }

            throw new XunitException($"`{commandLine}` in {workingDirectory} did not finish within {limit.TotalSeconds:F0}s and was killed. Output so far:\n{partial}");
        }

        // The parameterless overload also waits for the redirected streams to be drained.
        process.WaitForExit();
        stopwatch.Stop();
        lock (gate)
        {
            return new CliResult(commandLine, workingDirectory, process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }

    /// <summary>Runs <c>dotnet</c> and fails the test, with the whole output, unless it exits with 0.</summary>
    public static CliResult RunChecked(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var result = Run(workingDirectory, arguments, environment, timeout);
        if (result.ExitCode != 0)
        {
            throw new XunitException(result.Describe());
        }

        return result;
    }
}
