using System.CommandLine;
using CorpusGen.Cli.Infrastructure;

namespace CorpusGen.Cli.Commands;

internal static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("inspect", "Not written yet.");
        command.SetAction(_ => CommandAction.Run(context, () => throw new UserErrorException("'inspect' is not written yet")));
        return command;
    }
}
