using System;
using CorpusGen.Cli.Inspection;
using CorpusGen.Cli.Running;
using CorpusGen.Cli.Tests.Infrastructure;
using CorpusGen.Tests.Infrastructure;
using Spectre.Console.Testing;
using Xunit;

namespace CorpusGen.Cli.Tests.Rendering;

/// <summary>How <c>inspect</c> draws, checked with Spectre's TestConsole: plain without ANSI support, coloured with it.</summary>
public sealed class InspectViewTests
{
    [Fact]
    public void Plain_console_gets_the_summary_the_table_and_no_escape_sequences()
    {
        using var temp = new TempDirectory();
        var report = InspectReport.From(CorpusRun.Execute(InProcessCorpus.Input(temp.Path)));
        var console = new TestConsole().Width(260);

        InspectView.Render(console, report, includeInfo: false);

        var output = console.Output;
        ToolAssert.NoEscapeSequences(output);
        Assert.Contains("Articles              5", output, StringComparison.Ordinal);
        Assert.Contains("Storage               string literals", output, StringComparison.Ordinal);
        Assert.Contains("│ Name ", output, StringComparison.Ordinal);
        Assert.Contains("│ OrchardGrowersReportALateButHeavyApple ", output, StringComparison.Ordinal);
        Assert.Contains("(+1 copy)", output, StringComparison.Ordinal);
        Assert.Contains("No diagnostics.", output, StringComparison.Ordinal);
        Assert.Contains("info diagnostic(s) about what was cut or reshaped", output, StringComparison.Ordinal);
        // Every file is read from its bytes, so the table names each article's encoding; none is misread here.
        Assert.Contains("│ Encoding ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Encodings (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_diagnostics_are_listed_when_asked_for()
    {
        using var temp = new TempDirectory();
        var report = InspectReport.From(CorpusRun.Execute(InProcessCorpus.Input(temp.Path)));
        var console = new TestConsole().Width(400);

        InspectView.Render(console, report, includeInfo: true);

        Assert.Contains("): info CG0004: ", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("info diagnostic(s) about", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ansi_console_gets_colour()
    {
        using var temp = new TempDirectory();
        System.IO.File.WriteAllText(System.IO.Path.Combine(temp.Path, "title-only.txt"), "Ferry timetable changes\n");
        var report = InspectReport.From(CorpusRun.Execute(InProcessCorpus.Input(temp.Path)));
        var console = new TestConsole().Width(400).Colors(Spectre.Console.ColorSystem.TrueColor).EmitAnsiSequences();

        InspectView.Render(console, report, includeInfo: false);

        // The CG0008 warning line is yellow: SGR 33 (standard) or 38;5;11 / 38;2;... (extended palettes).
        var warning = Array.Find(console.Output.Split('\n'), l => l.Contains("warning CG0008", StringComparison.Ordinal));
        Assert.NotNull(warning);
        Assert.Contains("\u001b[", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_corpus_is_listed_in_aligned_columns_instead_of_a_table()
    {
        using var temp = new TempDirectory();
        for (var i = 0; i <= InspectView.MaxTableRows; i++)
        {
            System.IO.File.WriteAllText(temp.Combine($"story{i:D3}.txt"), $"Harbour notice number {i}\n\nThe harbour office posted notice {i} about berth {i} on the quay.\n");
        }

        var report = InspectReport.From(CorpusRun.Execute(InProcessCorpus.Input(temp.Path)));
        var console = new TestConsole().Width(200);

        InspectView.Render(console, report, includeInfo: false);

        var lines = console.Output.Split('\n');
        Assert.Equal(InspectView.MaxTableRows + 1 + 5, report.Articles.Count);
        Assert.Contains(lines, l => l.StartsWith("Name ", StringComparison.Ordinal) && l.Contains("  Title ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("HarbourNoticeNumber200 ", StringComparison.Ordinal));
        Assert.DoesNotContain("│", console.Output, StringComparison.Ordinal);
    }
}
