using System;
using CorpusGen.Diagnostics;

namespace CorpusGen.Emitting;

/// <summary>Runs an emitter so that a failure is a diagnostic, never an exception in the compiler.</summary>
internal static class SafeEmit
{
    /// <summary>
    /// The emitted source; or, when emitting throws, CG0006 naming <paramref name="origin"/> and the placeholder's
    /// source (null without one). A placeholder that throws too leaves no source, and the diagnostic says why.
    /// </summary>
    public static (string? Source, DiagnosticInfo? Error) Run(Func<string> emit, Func<string>? placeholder, string origin)
    {
        try
        {
            return (emit(), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var error = DiagnosticInfo.InternalError(null, origin, exception);
            try
            {
                return (placeholder?.Invoke(), error);
            }
            catch (Exception placeholderException) when (placeholderException is not OperationCanceledException)
            {
                return (null, error);
            }
        }
    }
}
