using System.CommandLine;
using CorpusGen.Cli.Infrastructure;

namespace CorpusGen.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("check", "Not written yet.");
        command.SetAction(_ => CommandAction.Run(context, () => throw new UserErrorException("'check' is not written yet")));
        return command;
    }
}
