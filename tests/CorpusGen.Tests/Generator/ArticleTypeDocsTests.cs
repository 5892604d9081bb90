using System;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The article type is the same in every project, so its documentation (what IntelliSense shows for every member)
/// must describe the formats, never quote the article the project started from.
/// </summary>
public class ArticleTypeDocsTests
{
    [Theory]
    [InlineData("KUALA LUMPUR")]
    [InlineData("BanKiMoon")]
    [InlineData("Ban Ki-moon")]
    [InlineData("Thomson Reuters")]
    [InlineData("NDTV")]
    public void The_article_type_quotes_nothing_from_the_seed(string seedText)
    {
        var run = TestCorpus.Run(new[] { TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry) });

        Assert.DoesNotContain(seedText, run.Source("Article.g.cs"), StringComparison.OrdinalIgnoreCase);
    }
}
