using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CorpusGen.Cli.Running;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Cli.Reporting;

/// <summary>A diagnostic as a build log shows it: ID, severity, the file's full path and 1-based line and column.</summary>
internal sealed record ReportedDiagnostic(string Id, DiagnosticSeverity Severity, string? Path, int Line, int Column, string Message)
{
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <summary>
    /// The compiler's format, which editors and CI logs turn into links: <c>path(line,col): warning CG0004: text</c>;
    /// without a file, MSBuild's <c>origin : error CG0009: text</c>.
    /// </summary>
    public string CompilerFormat => Path is null
        ? $"corpusgen : {SeverityName} {Id}: {Message}"
        : $"{Path}({Line},{Column}): {SeverityName} {Id}: {Message}";

    /// <summary>
    /// What the build reports for the run: the generator's diagnostics, and the compiler's own CS2015 for each file
    /// it would refuse as binary (two NULs in a row) before any generator sees it.
    /// </summary>
    public static IReadOnlyList<ReportedDiagnostic> Of(CorpusRunResult run)
    {
        var all = run.BinaryFiles
            .Select(path => new ReportedDiagnostic("CS2015", DiagnosticSeverity.Error, path, 1, 1, $"'{path}' is a binary file instead of a text file"))
            .Concat(run.Diagnostics.Select(From))
            .ToList();
        return all
            .OrderBy(d => d.Path ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
    }

    private static ReportedDiagnostic From(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
        {
            return new ReportedDiagnostic(diagnostic.Id, diagnostic.Severity, null, 0, 0, message);
        }

        var span = diagnostic.Location.GetLineSpan();
        return new ReportedDiagnostic(diagnostic.Id, diagnostic.Severity, span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message);
    }
}
