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
    public static bool NoColor => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;

    public static IAnsiConsole Create(TextWriter output)
    {
        var plain = NoColor || Console.IsOutputRedirected;
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
    }
}
