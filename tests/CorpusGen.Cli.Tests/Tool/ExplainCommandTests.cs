using System;
using System.IO;
using CorpusGen.Cli.Tests.Infrastructure;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Tool;

/// <summary><c>explain FILE</c>: every line's role and rule, the name's derivation, the layout decision.</summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "Tool")]
public sealed class ExplainCommandTests
{
    private readonly ToolFixture _tool;

    public ExplainCommandTests(ToolFixture tool) => _tool = tool;

    /// <summary>The seed, as committed (its text is already in the generator's snapshots); the folder is scrubbed.</summary>
    [Fact]
    public void Seed()
    {
        var folder = _tool.NewFolder("explain-seed");
        File.Copy(RepoPaths.SeedPath, Path.Combine(folder, "000_4b3ca78899aa5c2a.txt"));

        var run = _tool.Run(folder, "explain", "000_4b3ca78899aa5c2a.txt");

        ToolAssert.Succeeded(run);
        ToolAssert.NoEscapeSequences(run.StdOut);
        TextSnapshot.Verify(run.StdOut.Replace(folder + Path.DirectorySeparatorChar, "{folder}/", StringComparison.Ordinal));
    }

    [Fact]
    public void Hard_wrapped_text_shows_its_evidence_and_joined_lines()
    {
        var folder = _tool.NewFolder("explain-wrapped");
        File.WriteAllText(Path.Combine(folder, "apple-crop.txt"), TestArticles.HardWrapped);

        var run = _tool.Run(folder, "explain", "apple-crop.txt");

        ToolAssert.Succeeded(run);
        var lines = ToolAssert.Lines(run.StdOut);
        Assert.Contains(lines, l => l.StartsWith("Layout: hard-wrapped, lines joined into paragraphs at blank lines: ", StringComparison.Ordinal) && l.Contains("line breaks fall where the next word would not fit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   1  headline ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   3  paragraph 1 ", StringComparison.Ordinal) && l.EndsWith("a hard-wrapped block of 3 lines, joined", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   5  paragraph 1 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   7  paragraph 2 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Name: OrchardGrowersReportALateButHeavyApple, from the headline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_line_that_is_a_paragraph_gives_a_derived_title_and_credits_and_debris_are_named()
    {
        var folder = _tool.NewFolder("explain-derived");
        File.WriteAllText(Path.Combine(folder, "bridge.txt"), TestArticles.NoHeadline);

        var run = _tool.Run(folder, "explain", "bridge.txt");

        ToolAssert.Succeeded(run);
        var lines = ToolAssert.Lines(run.StdOut);
        Assert.Contains(lines, l => l.StartsWith("   1  paragraph 1 ", StringComparison.Ordinal) && l.Contains("not a headline: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   2  credit ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   3  debris ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   4  paragraph 2 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Dateline: MILLBROOK, agency Valley Wire (inline: \"MILLBROOK (Valley Wire) -\" cut from paragraph 1)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Name: ", StringComparison.Ordinal) && l.Contains("from the derived title", StringComparison.Ordinal));
    }
}
