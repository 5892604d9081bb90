using System.IO;
using CorpusGen.Cli.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Tool;

/// <summary>Every kind of user mistake gives one line on stderr and exit code 2, whatever the command.</summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "Tool")]
public sealed class UserErrorTests
{
    private readonly ToolFixture _tool;

    public UserErrorTests(ToolFixture tool) => _tool = tool;

    [Theory]
    [InlineData("inspect")]
    [InlineData("check")]
    [InlineData("explain")]
    public void A_missing_path_is_a_user_error(string command)
    {
        var folder = _tool.NewFolder("missing-" + command);

        var line = ToolAssert.UserError(_tool.Run(folder, command, "no-such-file.txt"));

        Assert.Contains("no-such-file.txt", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_a_user_error()
    {
        var folder = _tool.NewFolder("glob");

        var line = ToolAssert.UserError(_tool.Run(folder, "inspect", "corpus/**/*.txt"));

        Assert.Contains("no file matches 'corpus/**/*.txt'", line, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--visibility", "protected", "CorpusGenVisibility")]
    [InlineData("--near-duplicate-threshold", "2", "CorpusGenNearDuplicateThreshold")]
    [InlineData("--max-file-size", "-5", "CorpusGenMaxFileSize")]
    [InlineData("--namespace", "My..App", "CorpusGenNamespace")]
    [InlineData("--require-opt-in", "maybe", "CorpusGenRequireOptIn")]
    public void A_bad_setting_is_the_generators_CG0009_message_as_a_user_error(string option, string value, string property)
    {
        var folder = _tool.NewFolder("bad-option");
        File.WriteAllText(Path.Combine(folder, "a.txt"), TestArticles.HardWrapped);

        var line = ToolAssert.UserError(_tool.Run(folder, "check", option, value));

        Assert.Contains(option + ": The value '" + value + "' of " + property + " is not valid", line, System.StringComparison.Ordinal);
        Assert.EndsWith("(CG0009)", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_a_user_error()
    {
        ToolAssert.UserError(_tool.Run(_tool.NewFolder("type"), "inspect", "--code-page", "latin"));
    }

    [Fact]
    public void Explain_of_a_folder_is_a_user_error()
    {
        var folder = _tool.NewFolder("explain-folder");

        var line = ToolAssert.UserError(_tool.Run(folder, "explain", "."));

        Assert.Contains("is a folder", line, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Emit_needs_an_output_or_a_verify_folder()
    {
        var folder = _tool.NewFolder("emit-args");
        File.WriteAllText(Path.Combine(folder, "a.txt"), TestArticles.HardWrapped);

        ToolAssert.UserError(_tool.Run(folder, "emit"));
        ToolAssert.UserError(_tool.Run(folder, "emit", "-o", "out", "--accept"));
        ToolAssert.UserError(_tool.Run(folder, "emit", "--verify", "no-snapshots"));
    }

    [Fact]
    public void A_missing_project_is_a_user_error()
    {
        var line = ToolAssert.UserError(_tool.Run(_tool.NewFolder("project"), "inspect", "--project", "App.csproj"));

        Assert.Contains("no such project", line, System.StringComparison.Ordinal);
    }
}
