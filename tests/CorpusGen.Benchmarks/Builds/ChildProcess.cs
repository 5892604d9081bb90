using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>The exit code, interleaved stdout + stderr and wall-clock time of one child process.</summary>
internal sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    public string Describe(int lastLines = 60)
    {
        var lines = Output.Split('\n');
        var tail = string.Join("\n", lines.Skip(Math.Max(0, lines.Length - lastLines)));
        return $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s. Last {lastLines} lines of output:\n{tail}";
    }
}

/// <summary>
/// Starts a process the way a person would from a terminal and times it from start to exit. The environment is
/// cleaned of what a parent <c>dotnet run</c> (its in-process MSBuild) leaves behind, which would pin a nested
/// <c>dotnet build</c> to the outer build's MSBuild and SDK resolver (the same idea as the test suite's DotnetCli).
/// </summary>
internal static class ChildProcess
{
    /// <summary>Variables that turn off the compiler server, MSBuild node reuse or the MSBuild server.</summary>
    private static readonly string[] s_buildServerSwitches =
    {
        "UseSharedCompilation", "MSBUILDDISABLENODEREUSE", "DOTNET_CLI_USE_MSBUILD_SERVER",
    };

    /// <summary>The dotnet host running this benchmark when it is one (so the same SDK install), else the one on PATH.</summary>
    public static string DotnetExecutable => Tests.Infrastructure.DotnetProcess.Executable;

    public static ProcessResult Dotnet(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        Run(DotnetExecutable, arguments, workingDirectory, timeout);

    public static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = Tests.Infrastructure.DotnetProcess.StartInfo(fileName, arguments, workingDirectory);

        // Unlike the test suite, MSBuild node reuse and the compiler server (VBCSCompiler) stay on: that is how
        // developers build, and what we mean to measure. CI-style environments (this machine's included) turn
        // them off with these variables, so they are removed and the SDK's defaults apply.
        foreach (var name in s_buildServerSwitches)
        {
            start.Environment.Remove(name);
        }

        var output = new StringBuilder();
        var gate = new object();
        // Not disposed: a late end-of-stream (see below) may still arrive after this method has returned.
        var openStreams = 2;
        var streamsClosed = new ManualResetEventSlim();
        void Append(string? line)
        {
            if (line is null)
            {
                if (Interlocked.Decrement(ref openStreams) == 0)
                {
                    streamsClosed.Set();
                }

                return;
            }

            lock (gate)
            {
                output.Append(line).Append('\n');
            }
        }

        var commandLine = Path.GetFileName(fileName) + " " + string.Join(" ", arguments);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The timed overload returns when the process exits, without waiting for its output to be drained.
        if (!process.WaitForExit(timeout))
        {
            // Only the tree this call started.
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
            throw new TimeoutException($"`{commandLine}` in {workingDirectory} did not finish within {timeout.TotalMinutes:F0} min and was killed. Output so far:\n{Snapshot()}");
        }

        stopwatch.Stop();

        // Build servers this command started (MSBuild nodes, VBCSCompiler) outlive it and may have inherited its
        // output pipes, so end-of-stream can come much later: wait a little for the tail, never for the servers.
        streamsClosed.Wait(TimeSpan.FromSeconds(10));
        return new ProcessResult(commandLine, workingDirectory, process.ExitCode, Snapshot(), stopwatch.Elapsed);

        string Snapshot()
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }
}
