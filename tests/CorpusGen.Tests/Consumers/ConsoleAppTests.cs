using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// A console app that references the package and lists its corpus (the seed and three articles of its own), under
/// the language versions and nullable settings the package supports, from C# 7.3 with nullable off to latest.
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class ConsoleAppTests
{
    private const string Statements = """
                    Print("seed.typed", Articles.BanKiMoon.Paragraphs.Count);
                    Print("seed.dateline", Articles.BanKiMoon.Dateline ?? "(null)");
                    Print("seed.same", ReferenceEquals(Articles.BanKiMoon, Articles.All[0]) ? "yes" : "no");
                    Print("typed.lighthouse", Articles.InesOkafor.Dateline ?? "(null)");
                    Print("typed.chess", Articles.OrchardSchoolWinsRegionalChessShield.Headline ?? "(null)");
                    Print("typed.storm", Articles.StormWarning.Title);
                    Print("tryget.seed", Articles.TryGet("BanKiMoon", out var found) ? found.Name : "missing");
                    Print("tryget.case", Articles.TryGet("bankimoon", out _) ? "found" : "missing");
                    Print("tryget.unknown", Articles.TryGet("NoSuchArticle", out var absent) ? "found" : (absent == null ? "missing, null" : "missing, set"));
        """;

    private readonly ConsumerFixture _fixture;

    public ConsoleAppTests(ConsumerFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("latest", "enable")]
    [InlineData("7.3", "disable")]
    [InlineData("8.0", "enable")]
    [InlineData("latest", "disable")]
    public void Console_app_prints_its_compiled_corpus(string langVersion, string nullable)
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder($"console-{langVersion}-{nullable}"), "Consumer");
        app.WriteProject(ProjectXml.Project(
            "net10.0",
            "Consumer",
            ProjectXml.Language(langVersion, nullable),
            ProjectXml.CorpusGenReference(_fixture)
            + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*.txt\" />")
            + ProjectXml.Item("<AdditionalFiles Update=\"corpus/local/c-storm.txt\" CorpusGenName=\"StormWarning\" />")));
        app.CopySeed("corpus/" + ConsumerCorpus.SeedFileName)
            .Write("corpus/local/a-lighthouse.txt", ConsumerCorpus.Lighthouse)
            .Write("corpus/local/b-chess.txt", ConsumerCorpus.Chess)
            .Write("corpus/local/c-storm.txt", ConsumerCorpus.Storm)
            .Write("Program.cs", ConsumerPrograms.Program("Consumer", ConsumerPrograms.DumpAll("Articles", "a") + "\n" + Statements));

        app.Restore();
        app.Build();
        var output = app.Run();

        ConsumerOutput.AssertContains(
            ConsumerPrograms.Merge(
                new System.Collections.Generic.Dictionary<string, string>
                {
                    ["a.count"] = "4",
                    ["a.names"] = "BanKiMoon,InesOkafor,OrchardSchoolWinsRegionalChessShield,StormWarning",
                    ["seed.typed"] = "17",
                    ["seed.dateline"] = "KUALA LUMPUR",
                    ["seed.same"] = "yes",
                    ["typed.lighthouse"] = "MARLOW BAY",
                    ["typed.chess"] = ConsumerCorpus.ChessHeadline,
                    ["typed.storm"] = ConsumerCorpus.StormHeadline,
                    ["tryget.seed"] = "BanKiMoon",
                    ["tryget.case"] = "missing",
                    ["tryget.unknown"] = "missing, null",
                },
                ConsumerPrograms.ExpectedSeed("a", "corpus/" + ConsumerCorpus.SeedFileName),
                ConsumerPrograms.ExpectedLighthouse("a", "corpus/local/a-lighthouse.txt"),
                ConsumerPrograms.ExpectedChess("a", "corpus/local/b-chess.txt"),
                ConsumerPrograms.ExpectedStorm("a", "corpus/local/c-storm.txt")),
            output);

        GeneratedFilesAssert.Exactly(
            app,
            "Article.g.cs",
            "Articles.g.cs",
            GeneratedFilesAssert.Slot("Articles", "corpus/" + ConsumerCorpus.SeedFileName),
            GeneratedFilesAssert.Slot("Articles", "corpus/local/a-lighthouse.txt"),
            GeneratedFilesAssert.Slot("Articles", "corpus/local/b-chess.txt"),
            GeneratedFilesAssert.Slot("Articles", "corpus/local/c-storm.txt"));
    }
}
