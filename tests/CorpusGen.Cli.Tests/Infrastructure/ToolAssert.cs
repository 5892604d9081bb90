using System;
using System.Linq;
using Xunit;

namespace CorpusGen.Cli.Tests.Infrastructure;

internal static class ToolAssert
{
    /// <summary>A user error: exit code 2, nothing on stdout, one line on stderr that says so, and no stack trace.</summary>
    public static string UserError(ToolRun run)
    {
        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Equal(string.Empty, run.StdOut);
        var lines = run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, run.Describe());
        Assert.StartsWith("corpusgen: error: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        return lines[0];
    }

    public static void Succeeded(ToolRun run, int exitCode = 0)
    {
        Assert.True(run.ExitCode == exitCode, run.Describe());
        Assert.True(run.StdErr.Trim().Length == 0 || exitCode != 0, run.Describe());
    }

    public static void NoEscapeSequences(string text) => Assert.False(text.Contains('\u001b'), "ANSI escape sequences in plain output:\n" + text);

    public static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
}
