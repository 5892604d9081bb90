using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using CorpusGen.Tests.Infrastructure;
using Xunit.Sdk;

namespace CorpusGen.Cli.Tests.Infrastructure;

/// <summary>One run of the installed <c>corpusgen</c>: its exit code and its stdout and stderr, kept apart.</summary>
public sealed record ToolRun(string CommandLine, int ExitCode, string StdOut, string StdErr, TimeSpan Elapsed)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public string Describe() => $"`{CommandLine}` exited with {ExitCode} after {Elapsed.TotalSeconds:F1}s.\n--- stdout:\n{StdOut}\n--- stderr:\n{StdErr}";

    internal static ToolRun Start(string tool, string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        // The same clean environment as the consumer tests' dotnet commands: no MSBuild variables of the test host,
        // which would otherwise steer --project's MSBuild evaluation to the test host's SDK resolver.
        var start = DotnetProcess.StartInfo(tool, arguments, workingDirectory);
        start.Environment.Remove("NO_COLOR");
        if (environment is not null)
        {
            foreach (var pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var commandLine = "corpusgen " + string.Join(" ", arguments);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new XunitException($"`{commandLine}` in {workingDirectory} did not finish within {Timeout.TotalSeconds:F0}s and was killed.");
        }

        process.WaitForExit();
        stopwatch.Stop();
        lock (stdout)
        {
            lock (stderr)
            {
                return new ToolRun(commandLine, process.ExitCode, stdout.ToString(), stderr.ToString(), stopwatch.Elapsed);
            }
        }
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.Append(line).Append('\n');
        }
    }
}
