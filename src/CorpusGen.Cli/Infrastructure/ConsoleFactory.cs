using System;
using System.IO;
using Spectre.Console;

namespace CorpusGen.Cli.Infrastructure;

/// <summary>
/// The console the tool draws on: colour and live progress only for a person at a terminal. Redirected output and
/// NO_COLOR (https://no-color.org: any non-empty value) give plain text that diffs and logs keep readable.
/// </summary>
internal static class ConsoleFactory
{
    public const int RedirectedWidth = 1000;

    public static bool NoColor => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    /// <summary>A live progress display on stderr, or null when stderr is not a terminal (a log would fill with frames).</summary>
    public static IAnsiConsole? CreateProgress(TextWriter error)
        => Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = NoColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(error),
        });

    public static IAnsiConsole Create(TextWriter output)
    {
        var plain = NoColor || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });

        // A file or a pipe has no width: lines are not wrapped at 80 columns, so a diagnostic stays one line.
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
