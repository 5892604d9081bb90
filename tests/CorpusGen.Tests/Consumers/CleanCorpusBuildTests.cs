using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// A normal corpus builds under TreatWarningsAsErrors: the repository's corpus/ (the seed and a few clean
/// articles) plus a duplicate pair (CG0004) and two files that derive the same name (CG0003). Routine cleaning is
/// Info, so the build has no warning, and the colliding articles are reached by their file-suffixed names.
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class CleanCorpusBuildTests
{
    private const string Tram =
        "Tram fares frozen for another year\n" +
        "\n" +
        "Tram fares in the city will stay at their current level until next spring, the transport board said on Thursday.\n" +
        "\n" +
        "The board said higher parking charges had covered the cost of the new evening timetable.\n";

    private const string RoofMay1 =
        "Market hall roof repairs begin\n" +
        "\n" +
        "Scaffolding went up around the covered market hall on Wednesday as work began on its leaking glass roof.\n" +
        "\n" +
        "Stallholders will trade from the car park until the end of June.\n";

    private const string RoofMay2 =
        "Market hall roof repairs begin\n" +
        "\n" +
        "Builders lifted the first of the old roof panels on Thursday, a day later than planned because of high winds.\n" +
        "\n" +
        "The council said the hall would reopen before the summer fair.\n";

    private const string Statements = """
                    Print("count", Articles.All.Count);
                    Print("roof.1", Articles.MarketHallRoofRepairsBegin_20240501.SourcePath);
                    Print("roof.2", Articles.MarketHallRoofRepairsBegin_20240502.SourcePath);
                    Print("roof.bare", Articles.TryGet("MarketHallRoofRepairsBegin", out _) ? "found" : "missing");
                    Print("tram.source", Articles.TramFaresFrozenForAnotherYear.SourcePath);
                    Print("tram.duplicates", string.Join(",", Articles.TramFaresFrozenForAnotherYear.DuplicateSources));
                    Print("seed", Articles.TryGet("BanKiMoon", out var seed) ? seed.SourcePath : "missing");
        """;

    private readonly ConsumerFixture _fixture;

    public CleanCorpusBuildTests(ConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void The_seed_and_clean_files_with_a_duplicate_and_a_collision_build_with_warnings_as_errors()
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder("clean-corpus"), "Clean");
        var project = ProjectXml.Project(
            "net10.0",
            "Clean",
            ProjectXml.Language("latest", "enable"),
            ProjectXml.CorpusGenReference(_fixture) + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*.txt\" />"));
        Assert.Contains(ProjectXml.Property("TreatWarningsAsErrors", "true"), project, StringComparison.Ordinal);
        app.WriteProject(project);

        var repositoryCorpus = Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "corpus"), "*.txt");
        Assert.Contains(repositoryCorpus, p => Path.GetFileName(p) == ConsumerCorpus.SeedFileName);
        Directory.CreateDirectory(app.PathOf("corpus"));
        foreach (var file in repositoryCorpus)
        {
            File.Copy(file, app.PathOf("corpus/" + Path.GetFileName(file)));
        }

        app.Write("corpus/desk/tram-fares.txt", Tram)
            .Write("corpus/wire/tram-fares.txt", Tram.Replace("\n", "\r\n", StringComparison.Ordinal))
            .Write("corpus/desk/2024-05-01.txt", RoofMay1)
            .Write("corpus/desk/2024-05-02.txt", RoofMay2)
            .Write("Program.cs", ConsumerPrograms.Program("Clean", Statements));

        app.Restore();
        app.Build();

        ConsumerOutput.AssertContains(
            new Dictionary<string, string>
            {
                ["count"] = (repositoryCorpus.Length + 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["roof.1"] = "corpus/desk/2024-05-01.txt",
                ["roof.2"] = "corpus/desk/2024-05-02.txt",
                ["roof.bare"] = "missing",
                ["tram.source"] = "corpus/desk/tram-fares.txt",
                ["tram.duplicates"] = "corpus/wire/tram-fares.txt",
                ["seed"] = "corpus/" + ConsumerCorpus.SeedFileName,
            },
            app.Run());
    }
}
