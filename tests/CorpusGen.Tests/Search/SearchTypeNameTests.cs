using System;
using System.Linq;
using CorpusGen.Tests.Generator;
using Xunit;

namespace CorpusGen.Tests.Search;

/// <summary>SearchHit and SearchHighlight are the search runtime's public types: no generated type may take their names.</summary>
public class SearchTypeNameTests
{
    private const string Program = "System.Console.Write(Demo.Articles.All.Count + \" \" + Demo.Articles.Search(\"islamic state\").Count);";

    [Theory]
    [InlineData("CorpusGenArticleType", "SearchHit")]
    [InlineData("CorpusGenArticleType", "SearchHighlight")]
    [InlineData("CorpusGenClassName", "SearchHit")]
    [InlineData("CorpusGenClassName", "SearchHighlight")]
    public void A_setting_that_names_a_search_type_is_CG0009_and_the_default_is_used(string property, string value)
    {
        var run = SearchCorpus.Run(program: Program, options: SearchCorpus.Options().WithProperty(property, value));

        var refused = run.GeneratorDiagnostics.Single(d => d.Id == "CG0009");
        Assert.Contains(property, refused.GetMessage(), StringComparison.Ordinal);
        run.AssertNoCompileDiagnostics();
        Assert.Equal("4 1", run.CompileAndRun());
    }

    [Fact]
    public void A_CorpusGenClass_that_names_a_search_type_is_CG0009_at_the_file_and_the_article_stays_in_the_default_class()
    {
        var options = SearchCorpus.Options().WithMetadata(TestCorpus.ProjectDir + "corpus/city/cafe.txt", "CorpusGenClass", "SearchHit");
        var run = SearchCorpus.Run(program: Program, options: options);

        var refused = run.GeneratorDiagnostics.Single(d => d.Id == "CG0009");
        Assert.Equal(TestCorpus.ProjectDir + "corpus/city/cafe.txt", refused.Location.GetLineSpan().Path);
        run.AssertNoCompileDiagnostics();
        Assert.Equal("4 1", run.CompileAndRun());
    }
}
