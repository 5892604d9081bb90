using System;
using System.IO;

namespace CorpusGen.Cli.Infrastructure;

/// <summary>
/// Runs a command's body under the exit-code convention: what it returns, or 2 with one line on stderr for a
/// <see cref="UserErrorException"/> (and for the file-system errors a user causes: a file that cannot be read).
/// Anything else is a bug in the tool and keeps its stack trace.
/// </summary>
internal static class CommandAction
{
    public static int Run(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UserErrorException error)
        {
            return Fail(context, error.Message);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return Fail(context, error.Message);
        }
    }

    public static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine("corpusgen: error: " + message);
        return ExitCodes.UserError;
    }
}
