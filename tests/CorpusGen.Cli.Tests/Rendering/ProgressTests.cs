using System;
using CorpusGen.Cli.Running;
using CorpusGen.Cli.Tests.Infrastructure;
using CorpusGen.Tests.Infrastructure;
using Spectre.Console.Testing;
using Xunit;

namespace CorpusGen.Cli.Tests.Rendering;

/// <summary>The progress display: drawn on an interactive console, and the run's result is the same as without it.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void Progress_names_the_files_it_parses_and_returns_the_run()
    {
        using var temp = new TempDirectory();
        var input = InProcessCorpus.Input(temp.Path);
        var console = new TestConsole().Width(120).Interactive();

        var result = CorpusProgress.Show(console, input);

        Assert.Contains($"Parsed 6 files, built {result.Sources.Count} sources", console.Output, StringComparison.Ordinal);
        Assert.Contains("100%", console.Output, StringComparison.Ordinal);
        Assert.Equal(CorpusRun.Execute(input).Sources.Count, result.Sources.Count);
        Assert.Equal(6, result.Input.Files.Count);
    }

    [Fact]
    public void Without_a_progress_console_nothing_is_drawn()
    {
        using var temp = new TempDirectory();
        var input = InProcessCorpus.Input(temp.Path);
        var console = new TestConsole();
        var context = new CorpusGen.Cli.Infrastructure.CliContext(console, System.IO.TextWriter.Null, System.IO.TextWriter.Null, temp.Path, Interactive: false, Progress: null);

        var result = CorpusProgress.Run(context, input);

        Assert.Equal(string.Empty, console.Output);
        Assert.NotEmpty(result.Sources);
    }
}
