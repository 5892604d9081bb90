using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Cli.Reporting;
using Microsoft.CodeAnalysis;
using Spectre.Console;

namespace CorpusGen.Cli.Inspection;

/// <summary>
/// <c>inspect</c> for people: the summary, the article table and the diagnostics, drawn with Spectre (colour on a
/// terminal, plain text when redirected or under NO_COLOR, which the console itself decides).
/// </summary>
internal static class InspectView
{
    private const int TitleWidth = 48;

    public static void Render(IAnsiConsole console, InspectReport report, bool includeInfo)
    {
        RenderSummary(console, report.Summary);
        if (report.Articles.Count > 0)
        {
            var (headers, rows) = ArticleRows(report);
            if (rows.Count <= MaxTableRows)
            {
                console.Write(ArticleTable(headers, rows));
            }
            else
            {
                WriteAligned(console, headers, rows);
            }
        }

        RenderEncodingWarnings(console, report.Files);
        var shown = report.Diagnostics.Where(d => includeInfo || d.Severity >= DiagnosticSeverity.Warning).ToList();
        var hidden = report.Diagnostics.Count - shown.Count;
        console.WriteLine();
        console.MarkupLine(shown.Count == 0 ? "[green]No diagnostics.[/]" : $"[bold]Diagnostics[/] ({shown.Count})");
        foreach (var diagnostic in shown)
        {
            console.MarkupLineInterpolated($"[{Colour(diagnostic.Severity)}]{diagnostic.CompilerFormat}[/]");
        }

        if (hidden > 0)
        {
            console.MarkupLine($"[grey]{hidden} info diagnostic(s) about what was cut or reshaped: --info lists them, explain FILE shows them line by line.[/]");
        }
    }

    /// <summary>Files the compiler will read as other text than their bytes mean: only a tool that sees the bytes can tell.</summary>
    private static void RenderEncodingWarnings(IAnsiConsole console, IReadOnlyList<InspectFile> files)
    {
        var misread = files.Where(f => f.EncodingWarning is not null).ToList();
        if (misread.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Encodings[/] ({misread.Count} file(s) the compiler will misread)");
        foreach (var file in misread)
        {
            console.MarkupLineInterpolated($"[yellow]warning: {file.RelativePath} ({file.Encoding}): {file.EncodingWarning}[/]");
        }
    }

    private static void RenderSummary(IAnsiConsole console, InspectSummary summary)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string value) => grid.AddRow(new Text(name), new Markup("[bold]" + Markup.Escape(value) + "[/]"));
        Row("Files", summary.Files.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("Articles", summary.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("Merged copies", summary.MergedCopies.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("Repeats removed", summary.RepeatsRemoved.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("Near-duplicate pairs", summary.NearDuplicatePairs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row("Storage", summary.Storage switch { "strings" => "string literals", "utf8" => "UTF-8 (u8) literals", _ => "none" });
        Row("Generated code", $"{summary.GeneratedFiles} files, {Size(summary.GeneratedBytes)}");
        console.Write(grid);
        console.WriteLine();
    }

    /// <summary>
    /// Above this many articles the table is written as aligned columns straight to the output: Spectre lays out a
    /// table cell by cell, which for the 2,127 BBC articles took longer than the generator run itself.
    /// </summary>
    public const int MaxTableRows = 200;

    private static (List<string> Headers, List<List<string>> Rows) ArticleRows(InspectReport report)
    {
        var classes = report.Articles.Select(a => a.ClassName).Distinct().Count();
        var encodings = report.Files.Any(f => f.Encoding is not null);
        var encodingOf = report.Files.Where(f => f.Article is not null).GroupBy(f => f.Article!).ToDictionary(g => g.Key, g => g.First().Encoding);
        var headers = new List<string> { "Name", "Title", "¶", "Year", "Dateline", "Cut" };
        if (encodings)
        {
            headers.Add("Encoding");
        }

        var rows = new List<List<string>>();
        foreach (var article in report.Articles)
        {
            var cells = new List<string>
            {
                (classes > 1 ? article.ClassName + "." : string.Empty) + article.Name + (article.MergedCopies.Count > 0 ? $" (+{article.MergedCopies.Count} {(article.MergedCopies.Count == 1 ? "copy" : "copies")})" : string.Empty),
                Cut(article.Title, TitleWidth) + (article.TitleIsDerived ? " (derived)" : string.Empty),
                article.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                article.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                article.Dateline is null ? string.Empty : article.Dateline + (article.Agency is null ? string.Empty : " (" + article.Agency + ")"),
                article.Cut.ToString(),
            };
            if (encodings)
            {
                cells.Add(encodingOf.TryGetValue(article.Name, out var encoding) ? encoding ?? string.Empty : string.Empty);
            }

            rows.Add(cells);
        }

        return (headers, rows);
    }

    private static Table ArticleTable(List<string> headers, List<List<string>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(header == "¶" ? new TableColumn(header).RightAligned() : new TableColumn(header));
        }

        foreach (var cells in rows)
        {
            table.AddRow(cells.Select(c => new Text(c)).ToArray());
        }

        return table;
    }

    private static void WriteAligned(IAnsiConsole console, List<string> headers, List<List<string>> rows)
    {
        var widths = headers.Select((h, c) => Math.Max(h.Length, rows.Max(r => r[c].Length))).ToArray();
        var writer = console.Profile.Out.Writer;
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((cell, c) => c == 2 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd();
        writer.WriteLine(Line(headers));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }

        writer.Flush();
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");

    private static string Size(long bytes) => bytes < 10_000
        ? bytes + " bytes"
        : bytes < 10_000_000 ? (bytes / 1000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB"
        : (bytes / 1_000_000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    private static string Colour(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "red",
        DiagnosticSeverity.Warning => "yellow",
        _ => "grey",
    };
}
