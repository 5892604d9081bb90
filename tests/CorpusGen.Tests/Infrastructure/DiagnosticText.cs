using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Failure messages that show the offending source line, since a bare "CS1002 at (12,40)" in generated code is unreadable.</summary>
internal static class DiagnosticText
{
    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(Describe));

    public static string Describe(Diagnostic diagnostic)
    {
        var text = new StringBuilder();
        var span = diagnostic.Location.GetLineSpan();
        var where = span.IsValid ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})" : "(no location)";
        text.Append($"{where}: {diagnostic.Severity} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");

        if (diagnostic.Location.SourceTree is { } tree && span.IsValid)
        {
            var lines = tree.GetText().Lines;
            var line = span.StartLinePosition.Line;
            if (line < lines.Count)
            {
                var lineText = lines[line].ToString();
                text.Append("\n    | ").Append(lineText);
                text.Append("\n    | ").Append(' ', span.StartLinePosition.Character).Append('^');
            }
        }

        return text.ToString();
    }
}
