using System;
using System.IO;
using System.Linq;
using CorpusGen.Cli.Tests.Infrastructure;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Tool;

/// <summary><c>emit</c>: the build's generated files byte for byte; <c>--verify</c> and <c>--accept</c> for snapshots.</summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "Tool")]
public sealed class EmitCommandTests
{
    private readonly ToolFixture _tool;

    public EmitCommandTests(ToolFixture tool) => _tool = tool;

    [Fact]
    public void Emit_is_byte_identical_to_a_real_build_of_the_seed_and_our_articles()
    {
        var folder = _tool.NewFolder("emit-seed");
        TestArticles.WriteCorpus(Path.Combine(folder, "corpus"));
        File.Copy(RepoPaths.SeedPath, Path.Combine(folder, "corpus", "000_4b3ca78899aa5c2a.txt"));
        var build = new ConsumerBuild(_tool, folder, "SeedApp", "<AdditionalFiles Include=\"corpus/**/*.txt\" />");
        build.Build();

        var fromProject = _tool.Run(folder, "emit", "--project", build.ProjectPath, "-o", "from-project");
        var fromPaths = _tool.Run(folder, "emit", "corpus", "--root-namespace", "SeedApp", "-o", "from-paths");

        ToolAssert.Succeeded(fromProject);
        ToolAssert.Succeeded(fromPaths);
        AssertSameFiles(build.GeneratedDir, Path.Combine(folder, "from-project"));
        AssertSameFiles(build.GeneratedDir, Path.Combine(folder, "from-paths"));
    }

    [SharedCorpusFact("bbc-news")]
    public void Emit_is_byte_identical_to_a_real_build_of_the_BBC_corpus()
    {
        var folder = _tool.NewFolder("emit-bbc");
        var corpus = RepoPaths.SharedCorpusDir("bbc-news")!;
        var build = new ConsumerBuild(_tool, folder, "BbcApp", $"<AdditionalFiles Include=\"{corpus}/**/*.txt\" />");
        build.Build();

        var run = _tool.Run(folder, "emit", "--project", build.ProjectPath, "-o", "out");

        ToolAssert.Succeeded(run);
        AssertSameFiles(build.GeneratedDir, Path.Combine(folder, "out"));
    }

    [Fact]
    public void Verify_passes_after_accept_and_fails_with_a_unified_diff_after_an_edit()
    {
        var folder = _tool.NewFolder("emit-verify");
        TestArticles.WriteCorpus(Path.Combine(folder, "corpus"));

        var accepted = _tool.Run(folder, "emit", "corpus", "--verify", "snapshots", "--accept");
        var clean = _tool.Run(folder, "emit", "corpus", "--verify", "snapshots");
        File.WriteAllText(Path.Combine(folder, "corpus", "apple-crop.txt"), TestArticles.HardWrapped.Replace("heaviest in a decade", "lightest in a decade", StringComparison.Ordinal));
        var edited = _tool.Run(folder, "emit", "corpus", "--verify", "snapshots");
        var reaccepted = _tool.Run(folder, "emit", "corpus", "--verify", "snapshots", "--accept");
        var again = _tool.Run(folder, "emit", "corpus", "--verify", "snapshots");

        ToolAssert.Succeeded(accepted);
        Assert.Contains("Articles.g.verified.cs", Directory.EnumerateFiles(Path.Combine(folder, "snapshots")).Select(Path.GetFileName));
        ToolAssert.Succeeded(clean);
        Assert.Contains("generated files match snapshots", clean.StdOut, StringComparison.Ordinal);

        Assert.True(edited.ExitCode == 1, edited.Describe());
        var lines = ToolAssert.Lines(edited.StdOut);
        Assert.Contains(lines, l => l.StartsWith("--- Articles.Data", StringComparison.Ordinal) && l.EndsWith(".g.verified.cs", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("@@ -", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('-') && l.Contains("heaviest in a decade", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith('+') && l.Contains("lightest in a decade", StringComparison.Ordinal));
        Assert.Contains("run with --accept to update the snapshots", edited.StdOut, StringComparison.Ordinal);

        ToolAssert.Succeeded(reaccepted);
        Assert.Contains("verified files updated", reaccepted.StdOut, StringComparison.Ordinal);
        ToolAssert.Succeeded(again);
    }

    private static void AssertSameFiles(string expectedDir, string actualDir)
    {
        var expected = Directory.EnumerateFiles(expectedDir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var actual = Directory.EnumerateFiles(actualDir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        foreach (var name in expected)
        {
            var a = File.ReadAllBytes(Path.Combine(expectedDir, name!));
            var b = File.ReadAllBytes(Path.Combine(actualDir, name!));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{name} differs from the build's ({a.Length} bytes built, {b.Length} emitted)");
        }
    }
}
