using System.Collections.Generic;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// A project whose AdditionalFiles also feed other analyzers and generators (banned-API and public-API lists, CsWin32's
/// and vs-threading's inputs: plain .txt files)
/// and which marks files in or out of the corpus with CorpusGen metadata. Each of the other files would make an
/// article (or a CG0008 warning, an error here) if it were read as one.
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class OtherAnalyzerFilesTests
{
    private const string BannedSymbols =
        "T:System.Random;Use the seeded generator in Shared.Randomness\n" +
        "M:System.DateTime.get_Now;Use the injected clock\n";

    private const string PublicApiShipped =
        "#nullable enable\n" +
        "Consumer.Widget\n" +
        "Consumer.Widget.Widget() -> void\n";

    private const string PublicApiUnshipped = "#nullable enable\n";

    private const string InternalApiShipped =
        "#nullable enable\n" +
        "Consumer.Helper\n";

    private const string NativeMethods =
        "// P/Invokes for the kiosk build\n" +
        "GetTickCount64\n";

    private const string ThreadingMethods =
        "[Consumer.Ui.Dispatcher]::VerifyAccess\n";

    private const string EditorNotes =
        "Notes for the news desk\n" +
        "\n" +
        "Check the spelling of the harbour master's name before Friday.\n";

    private const string Bulletin =
        "Morning bulletin\n" +
        "\n" +
        "The harbour bridge reopens at six after overnight repairs.\n";

    private const string CorpusReadme =
        "About this folder\n" +
        "\n" +
        "The articles in this folder are compiled into the app.\n";

    private readonly ConsumerFixture _fixture;

    public OtherAnalyzerFilesTests(ConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void Inputs_of_other_analyzers_are_not_articles()
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder("other-analyzer-files"), "Consumer");
        app.WriteProject(ProjectXml.Project(
            "net10.0",
            "Consumer",
            ProjectXml.Language("latest", "enable"),
            ProjectXml.CorpusGenReference(_fixture)
            + ProjectXml.Item("<AdditionalFiles Include=\"*.txt\" />")
            + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*\" />")
            + ProjectXml.Item("<AdditionalFiles Update=\"corpus/notes.txt\" CorpusGen=\"false\" />")
            + ProjectXml.Item("<AdditionalFiles Update=\"corpus/bulletin.md\" CorpusGen=\"true\" CorpusGenName=\"Bulletin\" />")));
        app.Write("BannedSymbols.txt", BannedSymbols)
            .Write("PublicAPI.Shipped.txt", PublicApiShipped)
            .Write("PublicAPI.Unshipped.txt", PublicApiUnshipped)
            .Write("InternalAPI.Shipped.txt", InternalApiShipped)
            .Write("NativeMethods.txt", NativeMethods)
            .Write("vs-threading.MainThreadAssertingMethods.txt", ThreadingMethods)
            .CopySeed("corpus/" + ConsumerCorpus.SeedFileName)
            .Write("corpus/notes.txt", EditorNotes)
            .Write("corpus/bulletin.md", Bulletin)
            .Write("corpus/readme.md", CorpusReadme)
            .Write("Program.cs", ConsumerPrograms.Program(
                "Consumer",
                ConsumerPrograms.DumpAll("Articles", "a") + "\n" + "            Print(\"bulletin.typed\", Articles.Bulletin.Paragraphs[0]);"));

        app.Restore();
        app.Build();
        var output = app.Run();

        ConsumerOutput.AssertContains(
            ConsumerPrograms.Merge(
                new Dictionary<string, string>
                {
                    ["a.count"] = "2",
                    ["a.names"] = "BanKiMoon,Bulletin",
                    ["bulletin.typed"] = "The harbour bridge reopens at six after overnight repairs.",
                },
                ConsumerPrograms.ExpectedSeed("a", "corpus/" + ConsumerCorpus.SeedFileName),
                ConsumerPrograms.ExpectedArticle(
                    "a",
                    "Bulletin",
                    "corpus/bulletin.md",
                    1,
                    "The harbour bridge reopens at six after overnight repairs.",
                    "The harbour bridge reopens at six after overnight repairs.",
                    headline: "Morning bulletin")),
            output);

        GeneratedFilesAssert.Exactly(app, "Article.g.cs", "Articles.g.cs", GeneratedFilesAssert.Slot("Articles", "corpus/" + ConsumerCorpus.SeedFileName), GeneratedFilesAssert.Slot("Articles", "corpus/bulletin.md"));
    }
}
