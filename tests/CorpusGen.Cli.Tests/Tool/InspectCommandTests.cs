using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CorpusGen.Cli.Tests.Infrastructure;
using CorpusGen.Tests.Infrastructure;
using Json.Schema;
using Xunit;

namespace CorpusGen.Cli.Tests.Tool;

/// <summary><c>inspect</c> on articles in several formats: its JSON against the committed schema, and its text.</summary>
[Collection(ToolCollection.Name)]
[Trait("Category", "Tool")]
public sealed class InspectCommandTests
{
    private readonly ToolFixture _tool;

    public InspectCommandTests(ToolFixture tool) => _tool = tool;

    public static string SchemaPath => Path.Combine(RepoPaths.RepoRoot, "src", "CorpusGen.Cli", "Schemas", "inspect.v1.schema.json");

    [Fact]
    public void Json_matches_its_schema_and_says_what_the_build_makes()
    {
        var folder = _tool.NewFolder("inspect-json");
        TestArticles.WriteCorpus(Path.Combine(folder, "corpus"));

        var run = _tool.Run(folder, "inspect", "corpus", "--json");

        ToolAssert.Succeeded(run);
        using var document = JsonDocument.Parse(run.StdOut);
        AssertValid(document.RootElement);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.StartsWith(_tool.PackageVersion.Split('-')[0], root.GetProperty("toolVersion").GetString(), StringComparison.Ordinal);

        var summary = root.GetProperty("summary");
        Assert.Equal(6, summary.GetProperty("files").GetInt32());
        Assert.Equal(5, summary.GetProperty("articles").GetInt32());
        Assert.Equal(1, summary.GetProperty("mergedCopies").GetInt32());
        Assert.Equal(1, summary.GetProperty("repeatsRemoved").GetInt32());
        Assert.Equal("strings", summary.GetProperty("storage").GetString());
        Assert.True(summary.GetProperty("generatedBytes").GetInt64() > 1000);

        var articles = root.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("sourcePath").GetString()!);
        var lockGates = articles["corpus/lock-gates.txt"];
        Assert.Equal("HarbourMasterInesCalderAtTheNewLock", lockGates.GetProperty("name").GetString());
        Assert.Equal("PORTHAVEN", lockGates.GetProperty("dateline").GetString());
        Assert.Equal(2025, lockGates.GetProperty("year").GetInt32());
        Assert.Equal(1, lockGates.GetProperty("cut").GetProperty("trailerLines").GetInt32());
        Assert.Equal(1, lockGates.GetProperty("cut").GetProperty("repeatedParagraphs").GetInt32());

        Assert.Equal(2, articles["corpus/apple-crop.txt"].GetProperty("paragraphs").GetInt32());

        var bridge = articles["corpus/bridge-closure-copy.txt"];
        Assert.True(bridge.GetProperty("titleIsDerived").GetBoolean());
        Assert.Equal("MILLBROOK", bridge.GetProperty("dateline").GetString());
        Assert.Equal("Valley Wire", bridge.GetProperty("agency").GetString());
        Assert.Equal(1, bridge.GetProperty("cut").GetProperty("credits").GetInt32());
        Assert.Equal(1, bridge.GetProperty("cut").GetProperty("debrisLines").GetInt32());
        Assert.Equal(new[] { "corpus/bridge-closure.txt" }, bridge.GetProperty("mergedCopies").EnumerateArray().Select(e => e.GetString()));

        Assert.Equal("FarmersMarketMovesToTheQuay", articles["corpus/market-crlf-bom.txt"].GetProperty("name").GetString());
        Assert.Equal("ChoirWinsRegionalTitle", articles["corpus/choir-utf16.txt"].GetProperty("name").GetString());

        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(6, files.Count);
        Assert.Equal(bridge.GetProperty("name").GetString(), files.Single(f => f.GetProperty("relativePath").GetString() == "corpus/bridge-closure.txt").GetProperty("article").GetString());
        Assert.Contains(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "CG0004" && d.GetProperty("severity").GetString() == "info");
    }

    [Fact]
    public void The_schema_rejects_a_document_that_breaks_it()
    {
        using var document = JsonDocument.Parse("{\"$schema\":\"urn:corpusgen:schema:inspect:1\",\"schemaVersion\":1,\"toolVersion\":\"0.1.0\",\"summary\":{\"files\":-1},\"articles\":[],\"files\":[],\"diagnostics\":[]}");

        var result = Schema().Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(result.IsValid);
    }

    [Fact]
    public void Redirected_output_is_plain_text_with_the_summary_table_and_diagnostics()
    {
        var folder = _tool.NewFolder("inspect-text");
        TestArticles.WriteCorpus(Path.Combine(folder, "corpus"));
        File.WriteAllText(Path.Combine(folder, "corpus", "title-only.txt"), "Ferry timetable changes\n");

        var run = _tool.Run(folder, "inspect", "corpus");

        ToolAssert.Succeeded(run);
        ToolAssert.NoEscapeSequences(run.StdOut);
        var lines = ToolAssert.Lines(run.StdOut);
        Assert.Contains(lines, l => l.StartsWith("Articles ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" 6", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Merged copies ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ HarbourMasterInesCalderAtTheNewLock ", StringComparison.Ordinal) && l.Contains("│ PORTHAVEN ", StringComparison.Ordinal) && l.Contains("copyright, 1 trailer line, 1 repeat", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == Path.Combine(folder, "corpus", "title-only.txt") + "(1,1): warning CG0008: 'corpus/title-only.txt' has a title but no body paragraphs");
    }

    [Fact]
    public void Files_the_compiler_will_misread_are_named_with_their_encoding_in_text_and_json()
    {
        var folder = _tool.NewFolder("inspect-encodings");
        var corpus = Directory.CreateDirectory(Path.Combine(folder, "corpus")).FullName;
        File.WriteAllBytes(Path.Combine(corpus, "cafe.txt"), Encodings.TestArticles.Windows1252.GetBytes(Encodings.TestArticles.Cafe));
        File.WriteAllBytes(Path.Combine(corpus, "ferry.txt"), Encodings.TestArticles.Utf8(Encodings.TestArticles.Ferry));

        var text = _tool.Run(folder, "inspect", "corpus");
        var json = _tool.Run(folder, "inspect", "corpus", "--json");

        ToolAssert.Succeeded(text);
        var warning = Assert.Single(ToolAssert.Lines(text.StdOut), l => l.StartsWith("warning: corpus/", StringComparison.Ordinal));
        Assert.StartsWith("warning: corpus/cafe.txt (Windows-1252): ", warning, StringComparison.Ordinal);
        Assert.Contains("U+FFFD", warning, StringComparison.Ordinal);

        ToolAssert.Succeeded(json);
        using var document = JsonDocument.Parse(json.StdOut);
        AssertValid(document.RootElement);
        var files = document.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("relativePath").GetString()!);
        Assert.Equal("Windows-1252", files["corpus/cafe.txt"].GetProperty("encoding").GetString());
        Assert.Contains("U+FFFD", files["corpus/cafe.txt"].GetProperty("encodingWarning").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, files["corpus/ferry.txt"].GetProperty("encodingWarning").ValueKind);
    }

    [Fact]
    public void No_color_is_plain_too()
    {
        var folder = _tool.NewFolder("inspect-nocolor");
        File.WriteAllText(Path.Combine(folder, "a.txt"), TestArticles.HardWrapped);

        var run = _tool.Run(folder, new Dictionary<string, string> { ["NO_COLOR"] = "1", ["TERM"] = "xterm-256color" }, "inspect");

        ToolAssert.Succeeded(run);
        ToolAssert.NoEscapeSequences(run.StdOut);
        Assert.Contains("OrchardGrowersReportALateButHeavyApple ", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_gives_the_files_their_metadata_and_the_settings()
    {
        var folder = _tool.NewFolder("inspect-project");
        TestArticles.WriteCorpus(Path.Combine(folder, "news"));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "Not part of the corpus\n");
        File.WriteAllText(Path.Combine(folder, "News.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <CorpusGenClassName>Stories</CorpusGenClassName>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="news/*.txt" />
                <AdditionalFiles Update="news/apple-crop.txt" CorpusGenName="Apples" />
                <AdditionalFiles Update="news/choir-utf16.txt" CorpusGen="false" />
              </ItemGroup>
            </Project>
            """);

        var run = _tool.Run(folder, "inspect", "--project", "News.csproj", "--json");

        ToolAssert.Succeeded(run);
        using var document = JsonDocument.Parse(run.StdOut);
        AssertValid(document.RootElement);
        var articles = document.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(6, document.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(4, articles.Count);
        Assert.All(articles, a => Assert.Equal("Stories", a.GetProperty("class").GetString()));
        Assert.Contains(articles, a => a.GetProperty("name").GetString() == "Apples" && a.GetProperty("sourcePath").GetString() == "news/apple-crop.txt");
        Assert.DoesNotContain(articles, a => a.GetProperty("sourcePath").GetString() == "news/choir-utf16.txt");
    }

    // Built once: JsonSchema.Net registers a schema under its $id globally and refuses to register it twice.
    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static JsonSchema Schema() => s_schema.Value;

    private static void AssertValid(JsonElement document)
    {
        var result = Schema().Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value));
        Assert.True(result.IsValid, "The document does not match inspect.v1.schema.json:\n" + string.Join("\n", errors));
    }
}
