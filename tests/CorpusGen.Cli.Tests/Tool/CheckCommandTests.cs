using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusGen.Cli.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Tool;

/// <summary><c>check</c>: the compiler's diagnostic format and the exit codes CI relies on.</summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "Tool")]
public sealed class CheckCommandTests
{
    private static readonly Regex s_compilerFormat = new(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>C[GS]\d{4}): .+$");
    private readonly ToolFixture _tool;

    public CheckCommandTests(ToolFixture tool) => _tool = tool;

    [Fact]
    public void A_clean_corpus_exits_0_even_with_warnaserror()
    {
        var folder = _tool.NewFolder("check-clean");
        TestArticles.WriteCorpus(Path.Combine(folder, "corpus"));

        var run = _tool.Run(folder, "check", "corpus", "--warnaserror");

        ToolAssert.Succeeded(run);
        Assert.Equal("6 files: 0 error(s), 0 warning(s)", run.StdOut.Trim());
    }

    [Fact]
    public void Warnings_are_in_the_compilers_format_and_fail_only_with_warnaserror()
    {
        var folder = _tool.NewFolder("check-warnings");
        File.WriteAllText(Path.Combine(folder, "good.txt"), TestArticles.Captioned);
        File.WriteAllText(Path.Combine(folder, "title-only.txt"), "Ferry timetable changes\n");
        File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), new byte[] { 0x50, 0x72, 0x69, 0x63, 0x65, 0x73, 0x0A, 0x0A, 0x46, 0x61, 0x72, 0x65, 0x73, 0x20, 0x63, 0x6F, 0x73, 0x74, 0x20, 0xA3, 0x33, 0x2E, 0x0A });

        var lenient = _tool.Run(folder, "check");
        var strict = _tool.Run(folder, "check", "--warnaserror");

        Assert.True(lenient.ExitCode == 0, lenient.Describe());
        var warnings = ToolAssert.Lines(lenient.StdOut).Where(l => l.Contains(": warning ", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Matches(s_compilerFormat, w));
        Assert.Contains(warnings, w => w.StartsWith(Path.Combine(folder, "title-only.txt") + "(1,1): warning CG0008: ", System.StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith(Path.Combine(folder, "latin1.txt") + "(3,1): warning CG0011: ", System.StringComparison.Ordinal));
        Assert.Equal("3 files: 0 error(s), 2 warning(s)", ToolAssert.Lines(lenient.StdOut).Last(l => l.Length > 0));

        Assert.True(strict.ExitCode == 1, strict.Describe());
        Assert.Equal(2, ToolAssert.Lines(strict.StdOut).Count(l => Regex.IsMatch(l, @"\): error CG00(08|11): ")));
    }

    [Fact]
    public void A_binary_file_is_the_compilers_CS2015_error_and_exit_1()
    {
        var folder = _tool.NewFolder("check-binary");
        File.WriteAllText(Path.Combine(folder, "good.txt"), TestArticles.HardWrapped);
        File.WriteAllBytes(Path.Combine(folder, "photo.txt"), new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D });

        var run = _tool.Run(folder, "check");

        Assert.True(run.ExitCode == 1, run.Describe());
        Assert.Contains(Path.Combine(folder, "photo.txt") + "(1,1): error CS2015: '" + Path.Combine(folder, "photo.txt") + "' is a binary file instead of a text file", run.StdOut, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Info_lists_what_was_cut()
    {
        var folder = _tool.NewFolder("check-info");
        File.WriteAllText(Path.Combine(folder, "lock-gates.txt"), TestArticles.Captioned);

        var run = _tool.Run(folder, "check", "--info");

        ToolAssert.Succeeded(run);
        Assert.Contains(Path.Combine(folder, "lock-gates.txt") + "(7,1): info CG0019: ", run.StdOut, System.StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder, "lock-gates.txt") + "(5,1): info CG0007: ", run.StdOut, System.StringComparison.Ordinal);
    }
}
