using System.CommandLine;
using CorpusGen.Cli.Explaining;
using CorpusGen.Cli.Infrastructure;
using CorpusGen.Cli.Running;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen explain FILE</c>: the file line by line with the role each line got and the rule that gave it, the
/// article's name and how it was derived, and the hard-wrap decision with its evidence.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The article file to explain." };
        var settings = new SettingsOptions(paths: false);
        var command = new Command("explain", "Shows how one file is read: each line's role and rule, the name, the layout decision.") { file };
        settings.AddTo(command);
        command.SetAction(parse => CommandAction.Run(context, () =>
        {
            var path = ExplainReport.ExistingFile(parse.GetValue(file)!, context);
            var report = ExplainReport.Create(settings.Read(parse, context, new[] { path }), path);
            ExplainView.Render(context.Console, report);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
