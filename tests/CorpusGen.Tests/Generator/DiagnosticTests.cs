using System;
using System.Linq;
using System.Threading;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// Bad input becomes a diagnostic at the file that names it, and the rest of the corpus still compiles.
/// </summary>
public class DiagnosticTests
{
    private static readonly TestAdditionalText s_good = TestCorpus.File("corpus/good.txt", TestCorpus.Texts.Ferry);

    private static Diagnostic SingleDiagnostic(GeneratorRun run, string id)
    {
        run.AssertNoCompileDiagnostics();
        Assert.Contains("HarbourFerryAddsLateSailings", run.ArticleNames());
        return Assert.Single(run.GeneratorDiagnostics, d => d.Id == id);
    }

    private static void AssertAtFile(Diagnostic diagnostic, string relativePath)
    {
        Assert.Equal(TestCorpus.ProjectDir + relativePath, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'" + relativePath + "'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "CG0001")]
    [InlineData(" \r\n\t\r\n", "CG0001")]
    [InlineData("Title\nA\0\0B\n", "CG0002")]
    [InlineData("Headline only\n", "CG0008")]
    [InlineData("Title\nPrice \uFFFD15.8m\n", "CG0011")]
    public void Bad_file_is_reported_at_the_file_and_the_rest_still_compiles(string text, string id)
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_good, TestCorpus.File("corpus/bad.txt", text) });

        AssertAtFile(SingleDiagnostic(run, id), "corpus/bad.txt");
    }

    [Fact]
    public void Unreadable_file_is_CG0002()
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_good, TestAdditionalText.Unreadable(TestCorpus.ProjectDir + "corpus/gone.txt") });

        AssertAtFile(SingleDiagnostic(run, "CG0002"), "corpus/gone.txt");
    }

    [Fact]
    public void Exception_while_reading_a_file_is_CG0006_with_the_stack_and_the_rest_still_compiles()
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_good, new ThrowingText(TestCorpus.ProjectDir + "corpus/boom.txt") });

        var diagnostic = SingleDiagnostic(run, "CG0006");
        AssertAtFile(diagnostic, "corpus/boom.txt");
        Assert.Contains("InvalidOperationException: disk on fire", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingText), diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void File_over_CorpusGenMaxFileSize_is_CG0010()
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { s_good, TestCorpus.File("corpus/big.txt", "Big\n" + new string('x', 500)) },
            TestCorpus.Options().WithProperty("CorpusGenMaxFileSize", "400"));

        var diagnostic = SingleDiagnostic(run, "CG0010");
        AssertAtFile(diagnostic, "corpus/big.txt");
        Assert.Contains("CorpusGenMaxFileSize", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_CorpusGenName_is_an_error_at_the_file()
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { s_good, TestCorpus.File("corpus/named.txt", "Named story\nBody.\n") },
            TestCorpus.Options().WithMetadata(TestCorpus.ProjectDir + "corpus/named.txt", "CorpusGenName", "not valid"));

        var diagnostic = SingleDiagnostic(run, "CG0005");
        AssertAtFile(diagnostic, "corpus/named.txt");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("NamedStory", run.ArticleNames());
    }

    [Fact]
    public void Layout_and_headline_metadata_reach_the_parser_and_bad_values_are_CG0009_at_the_file()
    {
        const string poem = "Harbour song\n\nThe harbour will close for repairs from the first of the month,\nthe council said on Friday, and fishing boats have been offered\nmoorings in the next village until the work is done.\n";
        var run = TestCorpus.Run(
            new AdditionalText[] { s_good, TestCorpus.File("corpus/poem.txt", poem), TestCorpus.File("corpus/odd.txt", "Odd story\nBody.\n") },
            TestCorpus.Options()
                .WithMetadata(TestCorpus.ProjectDir + "corpus/poem.txt", "CorpusGenLayout", "lines")
                .WithMetadata(TestCorpus.ProjectDir + "corpus/poem.txt", "CorpusGenHeadline", "false")
                .WithMetadata(TestCorpus.ProjectDir + "corpus/odd.txt", "CorpusGenLayout", "verse"));

        var invalid = SingleDiagnostic(run, "CG0009");
        AssertAtFile(invalid, "corpus/odd.txt");
        Assert.Contains("verse", invalid.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CG0020");
        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "CG0015" && d.GetMessage().Contains("CorpusGenHeadline", StringComparison.Ordinal));
        Assert.Contains("HarbourSong", run.ArticleNames());
    }

    [Theory]
    [InlineData("CorpusGenNamespace", "1Bad.Name")]
    [InlineData("CorpusGenClassName", "Article")]
    [InlineData("CorpusGenClassName", "class")]
    [InlineData("CorpusGenClassName", "var")]
    [InlineData("CorpusGenClassName", "sports")]
    [InlineData("CorpusGenClassName", "record")]
    [InlineData("CorpusGenVisibility", "protected")]
    [InlineData("CorpusGenMaxFileSize", "ten")]
    [InlineData("CorpusGenMaxParagraphs", "-1")]
    [InlineData("CorpusGenNearDuplicateThreshold", "1.5")]
    [InlineData("CorpusGenStringLimit", "lots")]
    [InlineData("CorpusGenRequireOptIn", "only")]
    public void Invalid_setting_is_CG0009_naming_the_property_and_code_still_compiles(string property, string value)
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_good }, TestCorpus.Options().WithProperty(property, value));

        var diagnostic = SingleDiagnostic(run, "CG0009");
        Assert.Contains(property, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(value, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("news-app", "news_app")]
    [InlineData("My.Cool-App.2", "My.Cool_App._2")]
    [InlineData("1Up", "_1Up")]
    [InlineData("Company.class", "Company._class")]
    public void A_RootNamespace_from_an_odd_project_name_is_made_valid_silently(string rootNamespace, string expected)
    {
        // The SDK derives RootNamespace from the project name: "news-app" is an ordinary project (found in review).
        var run = TestCorpus.Run(new AdditionalText[] { s_good }, TestCorpus.Options().WithProperty("RootNamespace", rootNamespace));

        run.AssertNoDiagnostics();
        Assert.Contains("namespace " + expected + "\n", run.Source("Articles.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Article_names_never_collide_with_the_generated_helpers()
    {
        // Found in review: "Names" and "By position" made holders equal to the index's own helpers; Count and Names are
        // members of the index now, so those headlines take their file's suffix.
        var files = new[] { "Names", "All", "Count", "By position", "By position0", "Article", "Articles", "Article names" }
            .Select((headline, i) => (AdditionalText)TestCorpus.File("corpus/h" + i + ".txt", headline + "\nBody " + i + ".\n"))
            .Concat(Enumerable.Range(0, 300).Select(i => (AdditionalText)TestCorpus.File("corpus/n" + i + ".txt", "Story " + i + "\nBody.\n")))
            .ToArray();

        var run = TestCorpus.Run(files, program: "System.Console.Write(Demo.Articles.TryGet(\"ByPosition0\", out var a) + \" \" + Demo.Articles.Names_H0.Title + \" \" + Demo.Articles.Count_H2.Title + \" \" + Demo.Articles.All.Count + \" \" + Demo.Articles.Count + \" \" + Demo.Articles.Names[0]);");

        run.AssertNoCompileDiagnostics();
        Assert.Equal("True Names Count 308 308 Names_H0", run.CompileAndRun());
    }

    [Fact]
    public void Code_using_a_name_that_became_ambiguous_stops_compiling()
    {
        var files = new AdditionalText[]
        {
            TestCorpus.File("corpus/a.txt", "Ferry news\nThe newcomer.\n"),
            TestCorpus.File("corpus/b.txt", "Ferry news\nThe original.\n"),
        };

        var run = TestCorpus.Run(files, program: "System.Console.Write(Demo.Articles.FerryNews.SourcePath);");

        var error = Assert.Single(run.CompileDiagnostics);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("'FerryNews'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(
            "corpus/a.txt corpus/b.txt",
            TestCorpus.Run(files, program: "System.Console.Write(Demo.Articles.FerryNews_A.SourcePath + \" \" + Demo.Articles.FerryNews_B.SourcePath);").CompileAndRun());
    }

    [Fact]
    public void A_class_whose_files_are_all_rejected_still_exists()
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { s_good, TestCorpus.File("corpus/sports/empty.txt", "") },
            TestCorpus.Options().WithMetadata(TestCorpus.ProjectDir + "corpus/sports/empty.txt", "CorpusGenClass", "Sports"),
            program: "System.Console.Write(Demo.Sports.All.Count);");

        Assert.Equal(new[] { "CG0001" }, run.GeneratorDiagnosticIds);
        Assert.Equal("0", run.CompileAndRun());
    }

    [Fact]
    public void A_project_without_article_files_gets_no_generated_types()
    {
        // The generator reaches projects that reference a library using CorpusGen; an empty Article type there
        // would hide the library's (found by the consumer tests).
        var run = TestCorpus.Run(new AdditionalText[] { TestCorpus.File("BannedSymbols.txt", "T:System.Console\n") });

        run.AssertNoDiagnostics();
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_project_whose_article_files_are_all_rejected_still_gets_an_empty_index()
    {
        var run = TestCorpus.Run(new AdditionalText[] { TestCorpus.File("corpus/empty.txt", "") }, program: "System.Console.Write(Demo.Articles.All.Count);");

        Assert.Equal("0", run.CompileAndRun());
    }

    [Fact]
    public void Analyzer_inputs_that_are_not_articles_are_ignored()
    {
        var run = TestCorpus.Run(new AdditionalText[]
        {
            s_good,
            TestCorpus.File("BannedSymbols.txt", "T:System.Console;Use the logger\n"),
            TestCorpus.File("PublicAPI.Shipped.txt", "#nullable enable\nDemo.Articles\n"),
        });

        run.AssertNoDiagnostics();
        Assert.Equal(3, run.Sources.Length);
    }

    /// <summary>
    /// A normal corpus builds under TreatWarningsAsErrors: routine cleaning is Info, a Warning means text that is
    /// damaged or dropped, an Error means a setting that cannot be honoured.
    /// </summary>
    [Theory]
    [InlineData("CG0001", DiagnosticSeverity.Warning)] // empty file: dropped
    [InlineData("CG0002", DiagnosticSeverity.Warning)] // not text: dropped
    [InlineData("CG0003", DiagnosticSeverity.Info)] // name collision resolved with suffixes
    [InlineData("CG0004", DiagnosticSeverity.Info)] // duplicate merged
    [InlineData("CG0005", DiagnosticSeverity.Error)]
    [InlineData("CG0006", DiagnosticSeverity.Warning)] // internal error: the file is dropped
    [InlineData("CG0007", DiagnosticSeverity.Info)] // repeats removed
    [InlineData("CG0008", DiagnosticSeverity.Warning)] // no body
    [InlineData("CG0009", DiagnosticSeverity.Error)]
    [InlineData("CG0010", DiagnosticSeverity.Warning)] // too large: dropped
    [InlineData("CG0011", DiagnosticSeverity.Warning)] // not UTF-8: damaged
    [InlineData("CG0012", DiagnosticSeverity.Error)]
    [InlineData("CG0013", DiagnosticSeverity.Info)] // near-duplicates
    [InlineData("CG0014", DiagnosticSeverity.Warning)] // too many properties: articles lose their property
    public void Routine_cleaning_is_info_and_damaged_or_dropped_text_a_warning(string id, DiagnosticSeverity severity)
    {
        Assert.Equal(severity, CorpusGen.Diagnostics.DiagnosticDescriptors.ById(id).DefaultSeverity);
    }

    [Fact]
    public void Every_descriptor_is_documented_in_the_README_and_the_release_file()
    {
        var readme = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.RepoRoot, "README.md"));
        var releases = System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.RepoRoot, "src", "CorpusGen", "AnalyzerReleases.Unshipped.md"));

        foreach (var descriptor in CorpusGen.Diagnostics.DiagnosticDescriptors.All)
        {
            Assert.Contains("| " + descriptor.Id + " | " + descriptor.DefaultSeverity + " |", readme, StringComparison.Ordinal);
            Assert.Contains(descriptor.Id + " | CorpusGen | " + descriptor.DefaultSeverity + " |", releases, StringComparison.Ordinal);
        }
    }

    private sealed class ThrowingText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("disk on fire");
    }
}
