using System;
using System.IO;
using Spectre.Console;

namespace CorpusGen.Cli.Infrastructure;

/// <summary>
/// Where a command writes and which folder its relative paths start from. Tests pass a Spectre TestConsole and
/// string writers; the process passes the real console (see <see cref="ConsoleFactory"/>).
/// </summary>
/// <param name="Console">Tables, colour and progress; plain text when output is redirected or NO_COLOR is set.</param>
/// <param name="Out">Machine-readable output (JSON, diffs, compiler-format diagnostics), never decorated.</param>
/// <param name="Error">The one line of a user error.</param>
/// <param name="WorkingDirectory">The folder relative paths and the default "." mean.</param>
/// <param name="Interactive">Whether a progress bar may be drawn (a terminal, not a pipe or a test).</param>
/// <param name="Progress">
/// Where progress bars go: stderr, so that stdout stays clean for --json and pipes; null when they must not be drawn.
/// </param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error, string WorkingDirectory, bool Interactive, IAnsiConsole? Progress = null)
{
    public static CliContext ForProcess()
    {
        var output = System.Console.Out;
        var interactive = ConsoleFactory.IsInteractive;
        return new CliContext(
            ConsoleFactory.Create(output),
            output,
            System.Console.Error,
            Environment.CurrentDirectory,
            interactive,
            ConsoleFactory.CreateProgress(System.Console.Error));
    }
}
