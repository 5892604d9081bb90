using System.CommandLine;
using System.Linq;
using CorpusGen.Cli.Infrastructure;
using CorpusGen.Cli.Inspection;
using CorpusGen.Cli.Running;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen inspect [PATH...]</c>: what a build would make of the corpus (summary, articles, diagnostics);
/// <c>--json</c> for scripts (Schemas/inspect.v1.schema.json). Exit 1 when the build would fail (an error).
/// </summary>
internal static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingsOptions();
        var json = new Option<bool>("--json") { Description = "Write one JSON document (schema: inspect.v1.schema.json in the package's repository) instead of tables." };
        var info = new Option<bool>("--info") { Description = "Also list the Info diagnostics (what was cut or reshaped)." };
        var command = new Command("inspect", "Shows what a build would make of the corpus: a summary, the articles, and the diagnostics.");
        settings.AddTo(command);
        command.Add(json);
        command.Add(info);
        command.SetAction(parse => CommandAction.Run(context, () =>
        {
            var run = CorpusProgress.Run(context, settings.Read(parse, context));
            var report = InspectReport.From(run);
            if (parse.GetValue(json))
            {
                InspectJson.Write(report, ToolVersion.Current, context.Out);
            }
            else
            {
                InspectView.Render(context.Console, report, parse.GetValue(info));
            }

            return report.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }
}
