using System;
using CorpusGen.Cli.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Tool;

/// <summary>The package installs as a .NET tool and answers as <c>corpusgen</c>.</summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "Tool")]
public sealed class InstalledToolTests
{
    private readonly ToolFixture _tool;

    public InstalledToolTests(ToolFixture tool) => _tool = tool;

    [Fact]
    public void Version_is_the_packed_version()
    {
        var run = _tool.Run(_tool.Root, "--version");

        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.StartsWith(_tool.PackageVersion, run.StdOut.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_one_line_and_exit_code_2()
    {
        var run = _tool.Run(_tool.Root, "inspect", "--no-such-option");

        Assert.True(run.ExitCode == 2, run.Describe());
        Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("corpusgen: error: ", run.StdErr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.StdOut);
    }
}
