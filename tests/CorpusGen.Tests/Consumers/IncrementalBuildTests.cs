using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// The edit-build-run loop of a user: `dotnet build` again after changing the corpus must compile the change in,
/// and a build with nothing changed must leave the app alone.
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class IncrementalBuildTests
{
    private const string EditedFirst =
        "Port Director Ines Okafor said on Tuesday that the old lighthouse on the north mole will be lit again this winter, three months earlier than planned.";

    private readonly ConsumerFixture _fixture;

    public IncrementalBuildTests(ConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void Rebuilding_after_editing_adding_and_deleting_articles_shows_each_change()
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder("incremental"), "Consumer");
        app.WriteProject(ProjectXml.Project(
            "net10.0",
            "Consumer",
            ProjectXml.Language("latest", "enable"),
            ProjectXml.CorpusGenReference(_fixture) + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*.txt\" />")));
        app.CopySeed("corpus/" + ConsumerCorpus.SeedFileName)
            .Write("corpus/lighthouse.txt", ConsumerCorpus.Lighthouse)
            .Write("corpus/chess.txt", ConsumerCorpus.Chess)
            .Write("Program.cs", ConsumerPrograms.Program("Consumer", ConsumerPrograms.DumpAll("Articles", "a")));
        var compiled = Path.Combine(app.IntermediateDirectory, "Consumer.dll");

        // 1. First build.
        app.Restore();
        app.Build();
        var first = app.Run();
        ConsumerOutput.AssertContains(
            ConsumerPrograms.Merge(
                new Dictionary<string, string>
                {
                    ["a.names"] = "BanKiMoon,OrchardSchoolWinsRegionalChessShield,InesOkafor",
                },
                ConsumerPrograms.ExpectedSeed("a", "corpus/" + ConsumerCorpus.SeedFileName),
                ConsumerPrograms.ExpectedLighthouse("a", "corpus/lighthouse.txt"),
                ConsumerPrograms.ExpectedChess("a", "corpus/chess.txt")),
            first);
        var compiledAt = File.GetLastWriteTimeUtc(compiled);

        // 2. Nothing changed: the compiler is not run again, and the app prints the same.
        app.Build();
        Assert.Equal(compiledAt, File.GetLastWriteTimeUtc(compiled));
        Assert.Equal(first, app.Run());

        // 3. One paragraph of one article edited.
        Rewrite(app, "corpus/lighthouse.txt", ConsumerCorpus.Lighthouse.Replace(ConsumerCorpus.LighthouseFirst, EditedFirst, StringComparison.Ordinal));
        app.Build();
        Assert.NotEqual(compiledAt, File.GetLastWriteTimeUtc(compiled));
        var edited = app.Run();
        var expectedEdited = ConsumerOutput.Parse(first);
        expectedEdited["a.InesOkafor.first"] = ConsumerOutput.Escape(EditedFirst);
        Assert.Equal(Lines(expectedEdited), Lines(ConsumerOutput.Parse(edited)));
        Assert.Contains(EditedFirst, app.ReadGenerated(GeneratedFilesAssert.Slot("Articles", "corpus/lighthouse.txt")), StringComparison.Ordinal);

        // 4. An article added.
        Rewrite(app, "corpus/rowing.txt", ConsumerCorpus.Rowing);
        app.Build();
        ConsumerOutput.AssertContains(
            new Dictionary<string, string>
            {
                ["a.count"] = "4",
                ["a.names"] = "BanKiMoon,OrchardSchoolWinsRegionalChessShield,InesOkafor," + ConsumerCorpus.RowingName,
                ["a.InesOkafor.first"] = EditedFirst,
                ["a." + ConsumerCorpus.RowingName + ".source"] = "corpus/rowing.txt",
            },
            app.Run());

        // 5. An article deleted.
        File.Delete(app.PathOf("corpus/chess.txt"));
        app.Build();
        var deleted = app.Run();
        ConsumerOutput.AssertContains(
            new Dictionary<string, string>
            {
                ["a.count"] = "3",
                ["a.names"] = "BanKiMoon,InesOkafor," + ConsumerCorpus.RowingName,
            },
            deleted);
        Assert.DoesNotContain(ConsumerCorpus.ChessName, deleted, StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes the file; on a file system with a coarse clock, moves its time past the last compile, as MSBuild
    /// needs an input newer than the output to compile again.
    /// </summary>
    private static void Rewrite(ConsumerProject app, string relativePath, string text)
    {
        app.Write(relativePath, text);
        var path = app.PathOf(relativePath);
        var compiledAt = File.GetLastWriteTimeUtc(Path.Combine(app.IntermediateDirectory, app.AssemblyName + ".dll"));
        if (File.GetLastWriteTimeUtc(path) <= compiledAt)
        {
            File.SetLastWriteTimeUtc(path, compiledAt.AddSeconds(1));
        }
    }

    private static string Lines(Dictionary<string, string> values) =>
        string.Join("\n", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
}
