using System;

namespace CorpusGen.Cli.Infrastructure;

/// <summary>
/// A mistake of the person running the tool (a missing path, a bad option value): reported as one line on stderr
/// with exit code 2, never as a stack trace.
/// </summary>
internal sealed class UserErrorException : Exception
{
    public UserErrorException(string message)
        : base(message)
    {
    }

    public UserErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
