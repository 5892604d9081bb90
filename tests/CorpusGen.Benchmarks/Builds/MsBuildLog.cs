using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>What the plain console logger of <c>dotnet build</c> says: warnings, errors, time in the compiler task.</summary>
internal static class MsBuildLog
{
    private static readonly Regex s_warnings = new(@"^\s*(\d+) Warning\(s\)", RegexOptions.Multiline);

    // From -clp:PerformanceSummary, "Task Performance Summary:" section: "     1234 ms  Csc    1 calls".
    private static readonly Regex s_cscTask = new(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline);

    /// <summary>
    /// Whether the Csc task handed the compilation to the compiler server (VBCSCompiler) rather than starting a
    /// csc process of its own: the difference between a developer's builds and a cold compiler on every build.
    /// </summary>
    public static bool UsedCompilerServer(string output) =>
        output.Contains("CompilerServer: server - server processed compilation", StringComparison.Ordinal);

    public static int? Warnings(string output) =>
        s_warnings.Match(output) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>Time spent in the Csc task (compiler and generator), when the performance summary was printed.</summary>
    public static TimeSpan? CscTask(string output) =>
        s_cscTask.Match(output) is { Success: true } m ? TimeSpan.FromMilliseconds(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) : null;

    /// <summary>The distinct error lines, as the compiler and MSBuild wrote them.</summary>
    public static IReadOnlyList<string> Errors(string output) => output
        .Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Contains(": error ", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
