using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// Storage as real builds see it: the compiler's data-section switch read from the project, and a trimmed
/// self-contained publish of the table-driven code (it reflects over nothing, so the trimmer has nothing to warn about).
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class StorageBuildTests
{
    private const string Statements = """
                    Print("seed.count", Articles.BanKiMoon.Paragraphs.Count);
                    Print("seed.last", Articles.BanKiMoon.Paragraphs[16]);
                    Print("all.count", Articles.All.Count);
        """;

    private readonly ConsumerFixture _fixture;

    public StorageBuildTests(ConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void With_the_data_section_switch_a_corpus_over_the_string_limit_stays_in_string_literals()
    {
        // A limit of 10 characters sends any corpus to u8 literals, unless the compiler keeps long string literals
        // out of the #US heap; the SDK's compiler (Roslyn 5) has the switch, and CorpusGen reads it from the project.
        var app = NewApp("data-section", ProjectXml.Property("CorpusGenStringLimit", "10")
            + ProjectXml.Property("Features", "$(Features);experimental-data-section-string-literals=0"));

        app.Restore();
        app.Build();

        var slot = app.ReadGenerated(GeneratedFilesAssert.Slot("Articles", "corpus/" + ConsumerCorpus.SeedFileName));
        Assert.Matches(@"private static string __cg_Slot[0-9A-F]{2}Text\(\) =>\n", slot);
        Assert.DoesNotContain("u8", slot, StringComparison.Ordinal);
        AssertPrintsTheSeed(app.Run());
    }

    [Fact]
    public void A_trimmed_self_contained_publish_has_no_trim_warning_and_runs()
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        var app = NewApp("trimmed", ProjectXml.Property("PublishTrimmed", "true") + ProjectXml.Property("RuntimeIdentifier", rid) + ProjectXml.Property("SelfContained", "true"));

        app.Restore();
        var publish = _fixture.Dotnet(app.Directory, "publish", app.ProjectPath, "--no-restore", "-c", "Release", "-o", Path.Combine(app.Directory, "published"));

        // Warnings are errors in every consumer project, trim analysis warnings (IL2xxx) included; publish prints no
        // build summary, so look for the warnings themselves.
        Assert.DoesNotMatch(@":\s*(warning|error)\s+[A-Z]+[0-9]+", publish.Output);
        Assert.Contains("Optimizing assemblies for size", publish.Output, StringComparison.Ordinal);
        var executable = Path.Combine(app.Directory, "published", app.AssemblyName + (OperatingSystem.IsWindows() ? ".exe" : string.Empty));
        AssertPrintsTheSeed(RunExecutable(executable));
    }

    private ConsumerProject NewApp(string name, string properties)
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder(name), "Storage");
        app.WriteProject(ProjectXml.Project(
            "net10.0",
            "Storage",
            ProjectXml.Language("latest", "enable") + properties,
            ProjectXml.CorpusGenReference(_fixture) + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*.txt\" />")));
        app.CopySeed("corpus/" + ConsumerCorpus.SeedFileName)
            .Write("corpus/lighthouse.txt", ConsumerCorpus.Lighthouse)
            .Write("Program.cs", ConsumerPrograms.Program("Storage", Statements));
        return app;
    }

    private static void AssertPrintsTheSeed(string output)
    {
        var printed = ConsumerOutput.Parse(output);
        Assert.Equal("17", printed["seed.count"]);
        Assert.Equal("2", printed["all.count"]);
        Assert.StartsWith("\"We also have to harmonize", printed["seed.last"], StringComparison.Ordinal);
    }

    /// <summary>The published app's own executable, as a user starts it: no dotnet host involved.</summary>
    private static string RunExecutable(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), path + " did not exit within a minute");
        Assert.True(process.ExitCode == 0, $"{path} exited with {process.ExitCode}:\n{output}\n{error}");
        return output;
    }
}
