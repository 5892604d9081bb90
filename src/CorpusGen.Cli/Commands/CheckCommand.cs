using System.CommandLine;
using System.Linq;
using CorpusGen.Cli.Infrastructure;
using CorpusGen.Cli.Reporting;
using CorpusGen.Cli.Running;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen check [PATH...]</c>, for CI: the build's warnings and errors in the compiler's format; exit 1 on an
/// error, or on a warning with --warnaserror.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingsOptions();
        var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Fail (exit 1) on warnings too, as TreatWarningsAsErrors does." };
        var info = new Option<bool>("--info") { Description = "Also list the Info diagnostics (what was cut or reshaped), which build logs leave out." };
        var command = new Command("check", "Reports the diagnostics a build would, in the compiler's format; exit 1 on errors (or warnings with --warnaserror).");
        settings.AddTo(command);
        command.Add(warningsAsErrors);
        command.Add(info);
        command.SetAction(parse => CommandAction.Run(context, () =>
        {
            var run = CorpusProgress.Run(context, settings.Read(parse, context));
            var asErrors = parse.GetValue(warningsAsErrors);
            var diagnostics = ReportedDiagnostic.Of(run)
                .Where(d => d.Severity >= DiagnosticSeverity.Warning || (parse.GetValue(info) && d.Severity == DiagnosticSeverity.Info))
                .Select(d => asErrors && d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d)
                .ToList();
            foreach (var diagnostic in diagnostics)
            {
                context.Out.WriteLine(diagnostic.CompilerFormat);
            }

            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            context.Out.WriteLine($"{run.Input.Files.Count} files: {errors} error(s), {warnings} warning(s)");
            return errors > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        }));
        return command;
    }
}
