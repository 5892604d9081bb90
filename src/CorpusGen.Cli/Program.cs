using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;
using CorpusGen.Cli.Commands;
using CorpusGen.Cli.Infrastructure;

namespace CorpusGen.Cli;

/// <summary>The <c>corpusgen</c> command line: one line per command; each command's file holds its options and work.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, CliContext.ForProcess());

    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("Shows what the CorpusGen generator makes of a corpus of plain-text articles, without building.");
        root.Add(InspectCommand.Create(context));
        root.Add(ExplainCommand.Create(context));
        root.Add(CheckCommand.Create(context));
        root.Add(EmitCommand.Create(context));
        root.Add(ConvertCommand.Create(context));
        return root;
    }

    /// <summary>
    /// Parses and runs. A parse error (unknown option, a value of the wrong type) is a user error like any other:
    /// one line and exit 2, not System.CommandLine's help dump and exit 1, which would read as "findings".
    /// </summary>
    public static int Run(string[] args, CliContext context)
    {
        var parsed = CreateRoot(context).Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            return CommandAction.Fail(context, parsed.Errors[0].Message + (parsed.Errors.Count > 1 ? $" (and {parsed.Errors.Count - 1} more)" : string.Empty));
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }
}
