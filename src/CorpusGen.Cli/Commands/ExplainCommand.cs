using System.CommandLine;
using CorpusGen.Cli.Infrastructure;

namespace CorpusGen.Cli.Commands;

internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("explain", "Not written yet.");
        command.SetAction(_ => CommandAction.Run(context, () => throw new UserErrorException("'explain' is not written yet")));
        return command;
    }
}
