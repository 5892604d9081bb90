using System.CommandLine;
using CorpusGen.Cli.Infrastructure;

namespace CorpusGen.Cli.Commands;

/// <summary>
/// <c>corpusgen convert --to utf-8 [PATH...]</c>: rewrites files the compiler would misread. A stub: the encoding
/// work (detection under Encodings/, this command's body) replaces this file.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders or globs (default: .).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("convert", "Rewrites article files in UTF-8 (not written yet).") { paths };
        command.SetAction(_ => CommandAction.Run(context, () => throw new UserErrorException("'convert' is not written yet")));
        return command;
    }
}
