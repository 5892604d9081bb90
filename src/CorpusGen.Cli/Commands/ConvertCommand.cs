using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using CorpusGen.Cli.Encodings;
using CorpusGen.Cli.Infrastructure;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen convert --to utf-8 [PATH...] [--dry-run] [--bom]</c>: rewrites in place, as UTF-8, the text files
/// the compiler would misread (Windows-1252, UTF-16, UTF-32), each only when the conversion is proved lossless.
/// UTF-8 files are never written; binary, damaged and unknown 8-bit files are refused and never written.
/// Exit codes: 0 when every file is UTF-8 now (or would be, with --dry-run), 1 when some file was refused, 2 for a
/// user error (a missing path, an unreadable file, a target other than UTF-8).
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders or globs (default: .).", Arity = ArgumentArity.ZeroOrMore };
        var to = new Option<string>("--to") { Description = "The encoding to write: utf-8 (the only one).", HelpName = "utf-8", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "List what would change; write nothing." };
        var bom = new Option<bool>("--bom")
        {
            Description = "Write a UTF-8 BOM, and add one to UTF-8 files without it: what a project that sets <CodePage> needs.",
        };
        var command = new Command("convert", "Rewrites text files the compiler would misread (Windows-1252, UTF-16) as UTF-8, losslessly or not at all.")
        {
            paths, to, dryRun, bom,
        };
        command.SetAction(parsed => CommandAction.Run(context, () =>
        {
            RequireUtf8(parsed.GetValue(to));
            var files = InputFiles.Expand(parsed.GetValue(paths) ?? Array.Empty<string>(), context.WorkingDirectory);
            return Convert(context, files, parsed.GetValue(dryRun), parsed.GetValue(bom));
        }));
        return command;
    }

    private static void RequireUtf8(string? target)
    {
        if (!string.Equals(target, "utf-8", StringComparison.OrdinalIgnoreCase) && !string.Equals(target, "utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserErrorException($"--to '{target}' is not supported: the only target is utf-8");
        }
    }

    private static int Convert(CliContext context, IReadOnlyList<string> files, bool dryRun, bool withBom)
    {
        // Every file is read and planned before any is written: an unreadable file stops the command (exit 2)
        // before it has changed anything.
        var plans = new List<(string Path, Utf8Conversion Plan)>(files.Count);
        foreach (var file in files)
        {
            plans.Add((file, Utf8Conversion.Plan(File.ReadAllBytes(file), withBom)));
        }

        // One plain line per file, never wrapped or coloured: a list to read in a log or to grep, like the
        // compiler's diagnostics.
        int converted = 0, refused = 0;
        foreach (var (path, plan) in plans)
        {
            var shown = Path.GetRelativePath(context.WorkingDirectory, path).Replace('\\', '/');
            if (plan.Action == ConversionAction.Convert)
            {
                if (!dryRun)
                {
                    AtomicFile.Replace(path, plan.Utf8Bytes!);
                }

                converted++;
                var target = withBom ? "UTF-8 with BOM" : "UTF-8";
                context.Out.WriteLine($"{(dryRun ? "would convert" : "converted")}  {shown}  {plan.From.DisplayName} -> {target}");
            }
            else if (plan.Action == ConversionAction.Refuse)
            {
                refused++;
                context.Out.WriteLine($"not converted  {shown}  {plan.Reason}");
            }
        }

        var unchanged = plans.Count - converted - refused;
        context.Out.WriteLine(Summary(plans.Count, converted, refused, unchanged, dryRun));
        return refused > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static string Summary(int files, int converted, int refused, int unchanged, bool dryRun) =>
        FormattableString.Invariant($"{files} file{(files == 1 ? string.Empty : "s")}: {converted} {(dryRun ? "would be converted" : "converted")}, {refused} not converted, {unchanged} already UTF-8")
        + (dryRun ? " (dry run: nothing was written)" : string.Empty);
}
