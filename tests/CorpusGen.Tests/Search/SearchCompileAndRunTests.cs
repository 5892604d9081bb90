using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Search;

/// <summary>Articles.Search and CountMatches compiled with the corpus, run, and their answers checked.</summary>
public class SearchCompileAndRunTests
{
    // C# 7.3 syntax, so the same program runs against every language version.
    private const string Program = @"
using System;
using System.Linq;
using Demo;

internal static class Program
{
    private static void Show(string query)
    {
        var hits = Articles.Search(query);
        Console.WriteLine(query + "" => "" + string.Join("","", hits.Select(h => h.Article.Name)) + "" count="" + Articles.CountMatches(query));
    }

    public static void Main()
    {
        Show(""islamic state"");
        Show(""\""Islamic State\"""");
        Show(""interest"");
        Show(""interest -storm"");
        Show(""interest rates"");
        Show(""cafe"");
        Show(""CAFÉS"");
        Show(""naive"");
        Show(""econom*"");
        Show(""storm OR bank"");
        Show(""\""rates interest\"""");
        Show(""\""unclosed"");
        Show("""");
        Show(""-"");
        Show(""-interest"");
        Show(""OR"");
        Show(""!!! ..."");
        Show(""zzzz"");
        var hit = Articles.Search(""islamic state"", 1).Single();
        Console.WriteLine(""top-score="" + (hit.Score > 0));
        Console.WriteLine(""snippet="" + hit.Snippet);
        Console.WriteLine(""highlights="" + string.Join("","", hit.Highlights.Select(h => hit.Snippet.Substring(h.Start, h.Length))));
        Console.WriteLine(""top0="" + Articles.Search(""interest"", 0).Count + "" top-1="" + Articles.Search(""interest"", -1).Count);
        Console.WriteLine(""null="" + Articles.Search(null).Count + "" "" + Articles.CountMatches(null));
    }
}";

    [Theory]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    public void Search_finds_ranks_and_counts_the_articles_without_warnings(LanguageVersion version, NullableContextOptions nullable)
    {
        var run = SearchCorpus.Run(Program.Replace("Search(null)", nullable == NullableContextOptions.Enable ? "Search(null!)" : "Search(null)").Replace("CountMatches(null)", nullable == NullableContextOptions.Enable ? "CountMatches(null!)" : "CountMatches(null)"), version, nullable);
        run.AssertNoCompileDiagnostics();

        var output = run.CompileAndRun().Split('\n');

        Assert.Contains("islamic state => BanKiMoon count=1", output);
        Assert.Contains("\"Islamic State\" => BanKiMoon count=1", output);
        // Both have the term; the rates article has it in its title, which counts twice.
        Assert.Contains("interest => CentralBankHoldsInterestRates,StormClosesCoastalRoads count=2", output);
        Assert.Contains("interest -storm => CentralBankHoldsInterestRates count=1", output);
        Assert.Contains("interest rates => CentralBankHoldsInterestRates count=1", output);
        Assert.Contains("cafe => Caf\u00E9OwnersProtestNewRules count=1", output);
        Assert.Contains("CAFÉS => Caf\u00E9OwnersProtestNewRules count=1", output);
        Assert.Contains("naive => Caf\u00E9OwnersProtestNewRules count=1", output);
        Assert.Contains("econom* => CentralBankHoldsInterestRates count=1", output);
        Assert.Contains(output, line => line.StartsWith("storm OR bank => ", System.StringComparison.Ordinal) && line.Contains("CentralBankHoldsInterestRates", System.StringComparison.Ordinal)
            && line.Contains("StormClosesCoastalRoads", System.StringComparison.Ordinal) && line.EndsWith(" count=2", System.StringComparison.Ordinal));
        Assert.Contains("\"rates interest\" =>  count=0", output);
        Assert.Contains("\"unclosed =>  count=0", output);
        Assert.Contains(" =>  count=0", output);
        Assert.Contains("- =>  count=0", output);
        Assert.Contains("-interest =>  count=0", output);
        Assert.Contains("OR =>  count=0", output);
        Assert.Contains("!!! ... =>  count=0", output);
        Assert.Contains("zzzz =>  count=0", output);
        Assert.Contains("top-score=True", output);
        Assert.Contains(output, line => line.StartsWith("snippet=", System.StringComparison.Ordinal) && line.Contains("Islamic State", System.StringComparison.Ordinal));
        Assert.Contains(output, line => line.StartsWith("highlights=", System.StringComparison.Ordinal) && line.Split('=')[1].Split(',').All(h => h == "Islamic" || h == "State"));
        Assert.Contains("top0=0 top-1=0", output);
        Assert.Contains("null=0 0", output);
    }

    [Fact]
    public void Without_CorpusGenSearch_no_search_code_is_generated()
    {
        var run = SearchCorpus.Run(options: SearchCorpus.Options(search: false));
        run.AssertNoCompileDiagnostics();

        Assert.DoesNotContain(run.Sources, source => source.HintName.Contains("Search", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_CorpusGenSearch_value_that_is_not_a_boolean_is_CG0009_and_search_stays_off()
    {
        var run = SearchCorpus.Run(options: Generator.TestCorpus.Options().WithProperty("CorpusGenSearch", "maybe"));

        Assert.Contains("CG0009", run.GeneratorDiagnosticIds);
        Assert.Contains(run.GeneratorDiagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("CorpusGenSearch", System.StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, source => source.HintName.Contains("Search", System.StringComparison.Ordinal));
    }
}
