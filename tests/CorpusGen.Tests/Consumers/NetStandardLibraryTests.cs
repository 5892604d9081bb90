using System.Collections.Generic;
using System.IO;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// A netstandard2.0 class library that compiles the corpus into public types (with documentation file, so every
/// public generated member needs a doc comment), and a console app that uses them through a project reference.
/// The app has no articles of its own and never references CorpusGen itself.
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class NetStandardLibraryTests
{
    private const string Statements = """
                    Print("lib.assembly", typeof(Stories).Assembly.GetName().Name ?? "(null)");
                    Print("lib.public", typeof(Stories).IsPublic && typeof(Newsroom.Corpus.Article).IsPublic ? "yes" : "no");
                    Print("lib.article", typeof(Article).FullName ?? "(null)");
                    Print("seed.typed", Stories.BanKiMoon.Paragraphs.Count);
                    Print("seed.dateline", Stories.BanKiMoon.Dateline ?? "(null)");
                    Print("tryget.lighthouse", Stories.TryGet("InesOkafor", out var found) ? found.Caption ?? "(null)" : "missing");
                    Print("tryget.unknown", Stories.TryGet("NoSuchArticle", out _) ? "found" : "missing");
        """;

    private readonly ConsumerFixture _fixture;

    public NetStandardLibraryTests(ConsumerFixture fixture) => _fixture = fixture;

    /// <summary>
    /// null, null: the SDK's defaults for netstandard2.0 (C# 7.3, no nullable context). <paramref name="privateAssets"/>:
    /// the library's reference as `dotnet add package` writes it for a development dependency
    /// (PrivateAssets="all", as the README shows it), else without PrivateAssets.
    /// </summary>
    [Theory]
    [InlineData(null, null, false)]
    [InlineData("latest", "enable", true)]
    public void Public_types_of_a_netstandard20_library_are_usable_from_an_app(string? langVersion, string? nullable, bool privateAssets)
    {
        var root = _fixture.NewProjectFolder($"library-{langVersion ?? "default"}-{nullable ?? "default"}{(privateAssets ? "-private" : string.Empty)}");
        var app = BuildLibraryAndApp(root, langVersion, nullable, privateAssets);
        var output = app.Run();

        ConsumerOutput.AssertContains(
            ConsumerPrograms.Merge(
                new Dictionary<string, string>
                {
                    ["s.count"] = "2",
                    ["s.names"] = "BanKiMoon,InesOkafor",
                    ["lib.assembly"] = "NewsLib",
                    ["lib.public"] = "yes",
                    ["seed.typed"] = "17",
                    ["seed.dateline"] = "KUALA LUMPUR",
                    ["tryget.lighthouse"] = ConsumerCorpus.LighthouseCaption,
                    ["tryget.unknown"] = "missing",
                },
                ConsumerPrograms.ExpectedSeed("s", "corpus/" + ConsumerCorpus.SeedFileName),
                ConsumerPrograms.ExpectedLighthouse("s", "corpus/lighthouse.txt")),
            output);

        var library = new ConsumerProject(_fixture, Path.Combine(root, "lib"), "NewsLib", "netstandard2.0");
        GeneratedFilesAssert.Exactly(library, "Article.g.cs", "Stories.g.cs", GeneratedFilesAssert.Slot("Stories", "corpus/" + ConsumerCorpus.SeedFileName), GeneratedFilesAssert.Slot("Stories", "corpus/lighthouse.txt"));
        Assert.True(File.Exists(Path.Combine(library.Directory, "bin", "Debug", "netstandard2.0", "NewsLib.xml")), "the library's documentation file was not written");

        if (privateAssets)
        {
            // The generator stays in the library: the app compiles nothing of its own, and `Article` under
            // `using Newsroom.Corpus;` is the library's.
            Assert.Empty(app.GeneratedFileNames());
            ConsumerOutput.AssertContains(new Dictionary<string, string> { ["lib.article"] = "Newsroom.Corpus.Article" }, output);
        }
    }

    /// <summary>
    /// With a reference without PrivateAssets, CorpusGen flows to the app through the project reference
    /// (NuGet applies developmentDependency only when `dotnet add package` writes PrivateAssets), and the app, which
    /// has no article files, still gets an empty <c>NewsApp.Articles</c> and a <c>NewsApp.Article</c> that hides the
    /// library's <c>Newsroom.Corpus.Article</c> inside namespace NewsApp.
    /// </summary>
    [Fact]
    public void An_app_without_article_files_gets_no_generated_types_from_a_transitive_CorpusGen()
    {
        var app = BuildLibraryAndApp(_fixture.NewProjectFolder("library-transitive"), "latest", "enable", privateAssets: false);
        var output = app.Run();

        Assert.Empty(app.GeneratedFileNames());
        ConsumerOutput.AssertContains(new Dictionary<string, string> { ["lib.article"] = "Newsroom.Corpus.Article" }, output);
    }

    /// <summary>Writes, restores and builds lib/NewsLib (netstandard2.0) and app/NewsApp (net10.0), returning the app.</summary>
    private ConsumerProject BuildLibraryAndApp(string root, string? langVersion, string? nullable, bool privateAssets)
    {
        var reference = privateAssets
            ? $"    <PackageReference Include=\"CorpusGen\" Version=\"{_fixture.PackageVersion}\" PrivateAssets=\"all\" />\n"
            : ProjectXml.CorpusGenReference(_fixture);
        var library = new ConsumerProject(_fixture, Path.Combine(root, "lib"), "NewsLib", "netstandard2.0");
        library.WriteProject(ProjectXml.Project(
            "netstandard2.0",
            "NewsLib",
            ProjectXml.Language(langVersion, nullable)
            + ProjectXml.Property("GenerateDocumentationFile", "true")
            + ProjectXml.Property("CorpusGenVisibility", "public")
            + ProjectXml.Property("CorpusGenNamespace", "Newsroom.Corpus")
            + ProjectXml.Property("CorpusGenClassName", "Stories"),
            reference + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*.txt\" />"),
            exe: false));
        library.CopySeed("corpus/" + ConsumerCorpus.SeedFileName).Write("corpus/lighthouse.txt", ConsumerCorpus.Lighthouse);

        var app = new ConsumerProject(_fixture, Path.Combine(root, "app"), "NewsApp");
        app.WriteProject(ProjectXml.Project(
            "net10.0",
            "NewsApp",
            ProjectXml.Language("latest", "enable"),
            ProjectXml.Item("<ProjectReference Include=\"../lib/NewsLib.csproj\" />")));
        app.Write("Program.cs", ConsumerPrograms.Program("NewsApp", ConsumerPrograms.DumpAll("Stories", "s") + "\n" + Statements, "using Newsroom.Corpus;"));

        // Restoring the app restores the library; building it builds both, so one log covers both.
        app.Restore();
        app.Build();
        return app;
    }
}
