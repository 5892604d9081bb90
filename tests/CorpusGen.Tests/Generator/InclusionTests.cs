using System;
using System.Globalization;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// Which AdditionalFiles become articles, seen from the whole generator: the CorpusGen metadata,
/// CorpusGenRequireOptIn and the inputs of other tools.
/// </summary>
public class InclusionTests
{
    private static readonly TestAdditionalText s_ferry = TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry);
    private static readonly TestAdditionalText s_library = TestCorpus.File("corpus/library.txt", TestCorpus.Texts.Library);
    private static readonly TestAdditionalText s_notes = TestCorpus.File("corpus/notes.md", "Desk notes\n\nThe ferry story runs on page two.\n");

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("include")]
    public void A_CorpusGen_value_that_is_not_a_boolean_is_CG0009_at_the_file_and_the_file_is_not_an_article(string value)
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { s_ferry, s_library },
            TestCorpus.Options().WithMetadata(s_library.Path, "CorpusGen", value));

        run.AssertNoCompileDiagnostics();
        Assert.Equal(new[] { "HarbourFerryAddsLateSailings" }, run.ArticleNames());
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(s_library.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "The value '" + value + "' of the CorpusGen metadata of 'corpus/library.txt' is not valid: use true or false (or another MSBuild boolean: yes/no, on/off, !true, ...); the file is not an article",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void With_CorpusGenRequireOptIn_only_files_marked_true_are_articles()
    {
        var run = TestCorpus.Run(
            new AdditionalText[] { s_ferry, s_library, s_notes, TestCorpus.File("readme.txt", "About this project\n\nIt builds.\n") },
            TestCorpus.Options()
                .WithProperty("CorpusGenRequireOptIn", "true")
                .WithMetadata(s_ferry.Path, "CorpusGen", "true")
                .WithMetadata(s_library.Path, "CorpusGen", "false")
                .WithMetadata(s_notes.Path, "CorpusGen", "yes"));

        run.AssertNoDiagnostics();
        Assert.Equal(new[] { "DeskNotes", "HarbourFerryAddsLateSailings" }, run.ArticleNames().OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void With_CorpusGenRequireOptIn_and_no_file_marked_there_is_no_generated_code()
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_ferry, s_library }, TestCorpus.Options().WithProperty("CorpusGenRequireOptIn", "True"));

        run.AssertNoDiagnostics();
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void An_invalid_CorpusGenRequireOptIn_is_CG0009_once_and_the_default_applies()
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_ferry, s_library }, TestCorpus.Options().WithProperty("CorpusGenRequireOptIn", "sometimes"));

        run.AssertNoCompileDiagnostics();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        Assert.Contains("CorpusGenRequireOptIn", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("'sometimes'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(2, run.ArticleNames().Count);
    }

    [Fact]
    public void Inputs_of_other_tools_next_to_the_corpus_are_not_articles()
    {
        var run = TestCorpus.Run(new AdditionalText[]
        {
            s_ferry,
            TestCorpus.File("NativeMethods.txt", "CreateFile\nCloseHandle\n"),
            TestCorpus.File("shared/tool.NativeMethods.txt", "GetTickCount64\n"),
            TestCorpus.File("vs-threading.MainThreadAssertingMethods.txt", "[Contoso.Ui.Dispatcher]::VerifyAccess\n"),
            TestCorpus.File("BannedSymbols.Tests.txt", "M:System.DateTime.get_Now;Use the clock\n"),
            TestCorpus.File("PublicAPI.Unshipped.txt", "#nullable enable\n"),
        });

        run.AssertNoDiagnostics();
        Assert.Equal(new[] { "HarbourFerryAddsLateSailings" }, run.ArticleNames());
    }

    [Fact]
    public void Correcting_an_invalid_value_makes_the_file_an_article_and_an_unchanged_rerun_is_cached()
    {
        var invalid = TestCorpus.Options().WithMetadata(s_library.Path, "CorpusGen", "0");
        var first = TestCorpus.Run(new AdditionalText[] { s_ferry, s_library }, invalid);
        IncrementalAssert.NoCompilerObjectsInOutputs(first, TrackingNames.InclusionErrors);

        var unchanged = first.Rerun();
        IncrementalAssert.AllOutputsCachedOrUnchanged(unchanged);
        Assert.Equal(new[] { "CG0009" }, unchanged.GeneratorDiagnosticIds);

        var corrected = first.Rerun(driver => driver.WithUpdatedAnalyzerConfigOptions(TestCorpus.Options().WithMetadata(s_library.Path, "CorpusGen", "true")));
        corrected.AssertNoDiagnostics();
        Assert.Equal(2, corrected.ArticleNames().Count);
    }
}
