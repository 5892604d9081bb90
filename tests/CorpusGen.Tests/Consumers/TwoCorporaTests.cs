using System.Collections.Generic;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>One project, two corpora: the news in Articles, the sports desk in Sports via CorpusGenClass metadata.</summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class TwoCorporaTests
{
    private const string Statements = """
                    Print("sports.typed", Sports.RowingClubTakesRiverSprintTitle.Paragraphs.Count);
                    Print("news.typed", Articles.InesOkafor.Dateline ?? "(null)");
                    Print("sports.tryget.rowing", Sports.TryGet("RowingClubTakesRiverSprintTitle", out var rowing) ? rowing.SourcePath : "missing");
                    Print("sports.tryget.seed", Sports.TryGet("BanKiMoon", out _) ? "found" : "missing");
                    Print("news.tryget.rowing", Articles.TryGet("RowingClubTakesRiverSprintTitle", out _) ? "found" : "missing");
                    Print("news.tryget.seed", Articles.TryGet("BanKiMoon", out _) ? "found" : "missing");
                    Print("same.type", Sports.All[0].GetType() == Articles.All[0].GetType() ? "yes" : "no");
        """;

    private readonly ConsumerFixture _fixture;

    public TwoCorporaTests(ConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void CorpusGenClass_puts_a_folder_in_its_own_class()
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder("two-corpora"), "Desk");
        app.WriteProject(ProjectXml.Project(
            "net10.0",
            "Desk",
            ProjectXml.Language("latest", "enable"),
            ProjectXml.CorpusGenReference(_fixture)
            + ProjectXml.Item("<AdditionalFiles Include=\"corpus/news/**/*.txt\" />")
            + ProjectXml.Item("<AdditionalFiles Include=\"corpus/sports/**/*.txt\" CorpusGenClass=\"Sports\" />")));
        app.CopySeed("corpus/news/" + ConsumerCorpus.SeedFileName)
            .Write("corpus/news/lighthouse.txt", ConsumerCorpus.Lighthouse)
            .Write("corpus/sports/football.txt", ConsumerCorpus.Football)
            .Write("corpus/sports/rowing.txt", ConsumerCorpus.Rowing)
            .Write("Program.cs", ConsumerPrograms.Program(
                "Desk",
                ConsumerPrograms.DumpAll("Articles", "news") + "\n" + ConsumerPrograms.DumpAll("Sports", "sports") + "\n" + Statements));

        app.Restore();
        app.Build();
        var output = app.Run();

        ConsumerOutput.AssertContains(
            ConsumerPrograms.Merge(
                new Dictionary<string, string>
                {
                    ["news.count"] = "2",
                    ["news.names"] = "BanKiMoon,InesOkafor",
                    ["sports.count"] = "2",
                    ["sports.names"] = ConsumerCorpus.FootballName + "," + ConsumerCorpus.RowingName,
                    ["sports.typed"] = "2",
                    ["news.typed"] = "MARLOW BAY",
                    ["sports.tryget.rowing"] = "corpus/sports/rowing.txt",
                    ["sports.tryget.seed"] = "missing",
                    ["news.tryget.rowing"] = "missing",
                    ["news.tryget.seed"] = "found",
                    ["same.type"] = "yes",
                    ["sports." + ConsumerCorpus.FootballName + ".first"] = "A header in the final minute gave Ashford a 2-1 win over Kingsmere on Saturday.",
                    ["sports." + ConsumerCorpus.RowingName + ".last"] = "Their coxswain said the crew had trained at dawn for six weeks.",
                },
                ConsumerPrograms.ExpectedSeed("news", "corpus/news/" + ConsumerCorpus.SeedFileName),
                ConsumerPrograms.ExpectedLighthouse("news", "corpus/news/lighthouse.txt")),
            output);

        // One Article type, one index per class, one file per slot in use.
        GeneratedFilesAssert.Exactly(
            app,
            "Article.g.cs",
            "Articles.g.cs",
            GeneratedFilesAssert.Slot("Articles", "corpus/news/" + ConsumerCorpus.SeedFileName),
            GeneratedFilesAssert.Slot("Articles", "corpus/news/lighthouse.txt"),
            "Sports.g.cs",
            GeneratedFilesAssert.Slot("Sports", "corpus/sports/football.txt"),
            GeneratedFilesAssert.Slot("Sports", "corpus/sports/rowing.txt"));
    }
}
