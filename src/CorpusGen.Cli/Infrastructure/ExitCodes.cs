namespace CorpusGen.Cli.Infrastructure;

/// <summary>
/// The exit codes every command keeps, so scripts and CI can tell "the corpus has problems" from "the command was
/// wrong".
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked and found nothing to complain about.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and found something: errors (or warnings with --warnaserror), or a difference.</summary>
    public const int Findings = 1;

    /// <summary>The command could not run as asked: a missing path, an unreadable file, a bad option value.</summary>
    public const int UserError = 2;
}
