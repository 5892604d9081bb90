using System.CommandLine;
using CorpusGen.Cli.Infrastructure;

namespace CorpusGen.Cli.Commands;

internal static class EmitCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("emit", "Not written yet.");
        command.SetAction(_ => CommandAction.Run(context, () => throw new UserErrorException("'emit' is not written yet")));
        return command;
    }
}
