using System;
using System.CommandLine;
using System.IO;
using CorpusGen.Cli.Emitting;
using CorpusGen.Cli.Infrastructure;
using CorpusGen.Cli.Running;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen emit [PATH...] -o DIR</c>: the sources the generator adds to a build, byte for byte; with
/// <c>--verify DIR</c>, a comparison with committed <c>*.verified.cs</c> files (exit 1 and a unified diff when they
/// differ), and <c>--accept</c> to update them.
/// </summary>
internal static class EmitCommand
{
    public static Command Create(CliContext context)
    {
        var settings = new SettingsOptions();
        var output = new Option<string>("--output", "-o") { Description = "Write the generated sources into this folder, named as in obj/generated." };
        var verify = new Option<string>("--verify") { Description = "Compare the generated sources with the *.verified.cs files in this folder; exit 1 with a unified diff when they differ." };
        var accept = new Option<bool>("--accept") { Description = "With --verify: write the generated sources as the new *.verified.cs files (and remove those no longer generated)." };
        var command = new Command("emit", "Writes the exact sources a build generates, or verifies them against committed snapshots.");
        settings.AddTo(command);
        command.Add(output);
        command.Add(verify);
        command.Add(accept);
        command.SetAction(parse => CommandAction.Run(context, () =>
        {
            var outputDir = parse.GetValue(output);
            var verifyDir = parse.GetValue(verify);
            if ((outputDir is null) == (verifyDir is null))
            {
                throw new UserErrorException("emit needs exactly one of -o DIR and --verify DIR");
            }

            if (parse.GetValue(accept) && verifyDir is null)
            {
                throw new UserErrorException("--accept goes with --verify DIR");
            }

            var run = CorpusProgress.Run(context, settings.Read(parse, context));
            if (outputDir is not null)
            {
                var written = GeneratedSources.Write(run.Sources, Path.GetFullPath(outputDir, context.WorkingDirectory));
                context.Out.WriteLine($"{written} files written to {outputDir}");
                return ExitCodes.Ok;
            }

            var folder = Path.GetFullPath(verifyDir!, context.WorkingDirectory);
            if (parse.GetValue(accept))
            {
                var changed = VerifiedSources.Accept(run.Sources, folder);
                context.Out.WriteLine(changed == 0 ? $"{verifyDir} is up to date" : $"{changed} verified files updated in {verifyDir}");
                return ExitCodes.Ok;
            }

            if (!Directory.Exists(folder))
            {
                throw new UserErrorException($"no such folder: '{verifyDir}' (--verify); create the snapshots with --verify {verifyDir} --accept");
            }

            var differences = VerifiedSources.Compare(run.Sources, folder);
            foreach (var difference in differences)
            {
                context.Out.Write(difference.Diff);
            }

            context.Out.WriteLine(differences.Count == 0
                ? $"{run.Sources.Count} generated files match {verifyDir}"
                : $"{differences.Count} of the generated files differ from {verifyDir}; run with --accept to update the snapshots");
            return differences.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        }));
        return command;
    }
}
