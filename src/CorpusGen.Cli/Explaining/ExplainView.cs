using System;
using System.Globalization;
using CorpusGen.Parsing;
using Microsoft.CodeAnalysis;
using Spectre.Console;

namespace CorpusGen.Cli.Explaining;

/// <summary>
/// <c>explain FILE</c> as text: a header (name and how it was derived, title, layout), then one row per line
/// (number, role, the line's start, the rule), then the file's diagnostics.
/// </summary>
internal static class ExplainView
{
    private const int TextWidth = 56;

    public static void Render(IAnsiConsole console, ExplainReport report)
    {
        console.MarkupLineInterpolated($"[bold]{report.RelativePath}[/]");
        if (report.NotRead is not null && report.Content is null)
        {
            console.MarkupLineInterpolated($"No article: {report.NotRead}.");
        }
        else
        {
            RenderHeader(console, report);
        }

        if (report.Lines.Count > 0)
        {
            console.WriteLine();
            foreach (var line in report.Lines)
            {
                var role = RoleName(line.Role);
                var text = line.Text.Trim();
                text = text.Length <= TextWidth ? text : string.Concat(text.AsSpan(0, TextWidth - 1), "…");
                // No trailing spaces: a line without a rule ends with its text.
                if (line.Role.Rule is { } rule)
                {
                    console.MarkupLineInterpolated($"{line.Number,4}  [{Colour(line.Role.Role)}]{role,-14}[/] {text,-56}  [grey]{rule}[/]");
                }
                else if (text.Length > 0)
                {
                    console.MarkupLineInterpolated($"{line.Number,4}  [{Colour(line.Role.Role)}]{role,-14}[/] {text}");
                }
                else
                {
                    console.MarkupLineInterpolated($"{line.Number,4}  [{Colour(line.Role.Role)}]{role}[/]");
                }
            }
        }

        console.WriteLine();
        console.MarkupLine(report.Diagnostics.Count == 0 ? "No diagnostics." : "[bold]Diagnostics[/]");
        foreach (var diagnostic in report.Diagnostics)
        {
            console.MarkupLineInterpolated($"[{(diagnostic.Severity >= DiagnosticSeverity.Warning ? "yellow" : "grey")}]{diagnostic.CompilerFormat}[/]");
        }
    }

    private static void RenderHeader(IAnsiConsole console, ExplainReport report)
    {
        var content = report.Content!;
        if (report.MergedInto is not null)
        {
            console.MarkupLineInterpolated($"Article: none of its own: the same content as '{report.MergedInto}', merged into that article (CG0004).");
        }
        else if (report.Name is not null)
        {
            console.MarkupLineInterpolated($"Article: [bold]{report.ClassName}.{report.Name}[/]");
        }

        if (report.NameOverride is not null)
        {
            console.MarkupLineInterpolated($"Name: {report.NameOverride}, from the file's CorpusGenName metadata.");
        }
        else if (report.DerivedName is not null)
        {
            console.MarkupLineInterpolated($"Name: {report.DerivedName}, from {report.NameFrom}.");
            if (report.Name is not null && report.Name != report.DerivedName)
            {
                console.MarkupLineInterpolated($"      {report.Name} in the corpus: another article derives the same name, so each gets a suffix from its own path (CG0003).");
            }
        }

        var titleFrom = content.Headline is not null ? "the headline" : content.Caption is not null ? "the caption" : "derived from the text, because the first line " + (report.Trace.TitleDerivedBecause ?? "is no headline");
        console.MarkupLineInterpolated($"Title: {content.Title} ({titleFrom})");
        if (content.Dateline is not null)
        {
            console.MarkupLineInterpolated($"Dateline: {content.Dateline}{(content.Agency is null ? string.Empty : ", agency " + content.Agency)}{(report.Trace.InlineDateline is null ? string.Empty : " (inline: \"" + report.Trace.InlineDateline + "\" cut from paragraph 1)")}");
        }

        console.MarkupLineInterpolated($"Paragraphs: {content.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)}{(content.RepeatedParagraphs > 0 ? ", after removing " + content.RepeatedParagraphs.ToString(CultureInfo.InvariantCulture) + " repeat(s)" : string.Empty)}");
        console.MarkupLineInterpolated($"Layout: {(report.Trace.HardWrapEvidence is { } evidence ? "hard-wrapped, lines joined into paragraphs at blank lines: " + evidence : "one paragraph per line: the text does not read as hard-wrapped (long lines, single-line blocks, or lines ending at sentence ends)")}");
    }

    private static string RoleName(TracedLine line) => line.Role switch
    {
        LineRole.Paragraph => "paragraph " + line.Paragraph.ToString(CultureInfo.InvariantCulture),
        LineRole.Repeat => "repeat of " + line.Paragraph.ToString(CultureInfo.InvariantCulture),
        _ => line.Role.ToString().ToLowerInvariant(),
    };

    private static string Colour(LineRole role) => role switch
    {
        LineRole.Paragraph => "default",
        LineRole.Caption or LineRole.Headline or LineRole.Dateline => "cyan",
        LineRole.Blank => "grey",
        _ => "yellow",
    };
}
