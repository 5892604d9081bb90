using System;
using System.Linq;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// CorpusGenArticleType names the generated article type, so a project with its own <c>Article</c> in the same
/// namespace still builds (issue #10: CS0101 in a news app).
/// </summary>
public class ArticleTypeNameTests
{
    private static readonly AdditionalText[] s_files =
    {
        TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry),
        // Two articles sharing paragraphs, so the shared-text shards refer to the type too.
        TestCorpus.File("corpus/wire.txt", "Port strike ends\nDockers voted to return to work.\nThe strike lasted nine days.\nShips queued outside the harbour.\n"),
        TestCorpus.File("corpus/local.txt", "Our port reopens\nCafes near the quay welcomed the news.\nDockers voted to return to work.\nThe strike lasted nine days.\n"),
    };

    // The user's own Article, in the namespace the generated types land in, and code using both.
    private const string Program = @"
Demo.NewsStory ferry = Demo.Articles.HarbourFerryAddsLateSailings;
System.Collections.Generic.IReadOnlyList<Demo.NewsStory> all = Demo.Articles.All;
Demo.Articles.TryGet(""PortStrikeEnds"", out Demo.NewsStory? strike);
System.Console.Write(string.Join(""|"", ferry.Title, new Demo.Article().Kind, all.Count, strike!.Paragraphs[1], Demo.Articles.OurPortReopens.Paragraphs[2]));

namespace Demo
{
    internal sealed class Article
    {
        public string Kind => ""the app's own"";
    }
}
";

    private static TestOptionsProvider Options(string articleType) => TestCorpus.Options().WithProperty("CorpusGenArticleType", articleType);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_configured_article_type_compiles_beside_the_projects_own_Article(bool utf8)
    {
        var options = Options("NewsStory");
        var run = TestCorpus.Run(s_files, utf8 ? options.WithProperty("CorpusGenStringLimit", "10") : options, program: Program);

        run.AssertNoDiagnostics();
        Assert.Equal("Harbour ferry adds late sailings|the app's own|3|The strike lasted nine days.|The strike lasted nine days.", run.CompileAndRun());
        Assert.Contains(run.Sources, s => s.HintName.Contains(".Shared", StringComparison.Ordinal));
        Assert.Equal(utf8, run.Sources.Any(s => s.Text.Contains("u8", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_type_its_file_its_references_and_its_doc_comments_use_the_configured_name()
    {
        var run = TestCorpus.Run(s_files, Options("NewsStory"));

        run.AssertNoDiagnostics();
        Assert.Contains("NewsStory.g.cs", run.Sources.Select(s => s.HintName));
        Assert.DoesNotContain("Article.g.cs", run.Sources.Select(s => s.HintName));
        Assert.Contains("sealed class NewsStory\n", run.Source("NewsStory.g.cs"), StringComparison.Ordinal);
        Assert.Contains("<see cref=\"global::Demo.NewsStory.Name\"/>", run.Source("Articles.g.cs"), StringComparison.Ordinal);
        Assert.All(run.Sources, s => Assert.DoesNotMatch(@"\bArticle\b", s.Text));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("1Story")]
    [InlineData("News Story")]
    [InlineData("var")]
    [InlineData("record")]
    [InlineData("story")]
    [InlineData("__Story")]
    [InlineData("News.Story")]
    public void An_invalid_article_type_is_CG0009_and_Article_is_used(string value)
    {
        var run = TestCorpus.Run(s_files, Options(value), program: "System.Console.Write(Demo.Articles.HarbourFerryAddsLateSailings.Title);");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        Assert.Contains("CorpusGenArticleType", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'" + value + "'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'Article' is used instead", diagnostic.GetMessage(), StringComparison.Ordinal);
        run.AssertNoCompileDiagnostics();
        Assert.Contains("Article.g.cs", run.Sources.Select(s => s.HintName));
        Assert.Equal("Harbour ferry adds late sailings", run.CompileAndRun());
    }

    [Fact]
    public void Every_member_of_the_article_type_is_refused_as_its_name()
    {
        // A type may not be named like one of its own members (CS0542): "Title", "Body" or "get_Title" (the property's
        // accessor) as the article type would break the generated code. The members are read from the generated type
        // itself (UTF-8 storage has them all), so a member added later is covered without touching this test.
        var members = TestCorpus.Run(s_files, TestCorpus.Options().WithProperty("CorpusGenStringLimit", "10"))
            .OutputCompilation.GetTypeByMetadataName("Demo.Article")!
            .GetMembers()
            .Select(m => m.Name)
            .Where(name => !name.StartsWith(".", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Contains("Title", members);
        Assert.Contains("_paragraphs", members);
        Assert.Contains("get_Title", members);

        foreach (var member in members)
        {
            var run = TestCorpus.Run(s_files, Options(member).WithProperty("CorpusGenStringLimit", "10"));

            var refused = run.GeneratorDiagnostics.Length == 1
                && run.GeneratorDiagnostics[0].Id == "CG0009"
                && run.GeneratorDiagnostics[0].GetMessage().Contains("CorpusGenArticleType", StringComparison.Ordinal);
            Assert.True(refused, $"CorpusGenArticleType={member}, a member of the article type, was not refused (add it to GeneratorOptions.ArticleTypeMembers): [{string.Join(", ", run.GeneratorDiagnostics)}]");
            run.AssertNoCompileDiagnostics();
        }
    }

    [Theory]
    [InlineData("NewsStory")]
    [InlineData("NEWSSTORY")]
    public void A_CorpusGenClassName_equal_to_the_article_type_is_CG0009_and_the_default_class_is_used(string className)
    {
        // Names that differ only in case would be two types whose files clash (hint names ignore case).
        var run = TestCorpus.Run(
            s_files,
            Options("NewsStory").WithProperty("CorpusGenClassName", className),
            program: "Demo.NewsStory ferry = Demo.Articles.HarbourFerryAddsLateSailings; System.Console.Write(ferry.Title);");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        Assert.Contains("CorpusGenClassName", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("article type 'NewsStory'", diagnostic.GetMessage(), StringComparison.Ordinal);
        run.AssertNoCompileDiagnostics();
        Assert.Equal("Harbour ferry adds late sailings", run.CompileAndRun());
    }

    [Fact]
    public void A_CorpusGenClass_equal_to_the_article_type_is_CG0009_at_the_file_and_the_article_goes_to_the_default_class()
    {
        var run = TestCorpus.Run(
            s_files,
            Options("NewsStory").WithMetadata(TestCorpus.ProjectDir + "corpus/ferry.txt", "CorpusGenClass", "NewsStory"),
            program: "Demo.NewsStory ferry = Demo.Articles.HarbourFerryAddsLateSailings; System.Console.Write(ferry.Title);");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        Assert.Equal(TestCorpus.ProjectDir + "corpus/ferry.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("CorpusGenClass on 'corpus/ferry.txt'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("article type 'NewsStory'", diagnostic.GetMessage(), StringComparison.Ordinal);
        run.AssertNoCompileDiagnostics();
        Assert.Equal("Harbour ferry adds late sailings", run.CompileAndRun());
    }

    [Theory]
    [InlineData("Articles", null)]
    [InlineData("ARTICLES", null)]
    [InlineData("Articles", "Articles")]
    public void An_article_type_equal_to_the_default_class_is_CG0009_and_Article_is_used(string value, string? className)
    {
        // Falling back to the default class would not end the clash, so the article type is the one that gives way.
        var options = className is null ? Options(value) : Options(value).WithProperty("CorpusGenClassName", className);
        var run = TestCorpus.Run(s_files, options, program: "Demo.Article ferry = Demo.Articles.HarbourFerryAddsLateSailings; System.Console.Write(ferry.Title);");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0009", diagnostic.Id);
        Assert.Contains("CorpusGenArticleType", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'Article' is used instead", diagnostic.GetMessage(), StringComparison.Ordinal);
        run.AssertNoCompileDiagnostics();
        Assert.Equal("Harbour ferry adds late sailings", run.CompileAndRun());
    }

    [Fact]
    public void An_article_type_named_like_the_default_class_is_fine_when_the_class_has_another_name()
    {
        var run = TestCorpus.Run(
            s_files,
            Options("Articles").WithProperty("CorpusGenClassName", "Stories"),
            program: "Demo.Articles ferry = Demo.Stories.HarbourFerryAddsLateSailings; System.Console.Write(ferry.Title);");

        run.AssertNoDiagnostics();
        Assert.Equal("Harbour ferry adds late sailings", run.CompileAndRun());
    }

    [Fact]
    public void Article_stays_a_valid_class_name_once_the_article_type_is_renamed()
    {
        var run = TestCorpus.Run(
            s_files,
            Options("NewsStory").WithProperty("CorpusGenClassName", "Article"),
            program: "Demo.NewsStory ferry = Demo.Article.HarbourFerryAddsLateSailings; System.Console.Write(ferry.Title);");

        run.AssertNoDiagnostics();
        Assert.Contains("Article.g.cs", run.Sources.Select(s => s.HintName));
        Assert.Contains("NewsStory.g.cs", run.Sources.Select(s => s.HintName));
        Assert.Equal("Harbour ferry adds late sailings", run.CompileAndRun());
    }

    [Fact]
    public void Changing_the_article_type_regenerates_every_source_and_changing_it_back_restores_the_default_output()
    {
        var first = TestCorpus.Run(s_files);
        var renamed = first.Rerun(driver => driver.WithUpdatedAnalyzerConfigOptions(Options("NewsStory")));

        renamed.AssertNoDiagnostics();
        Assert.Equal(
            first.Sources.Select(s => s.HintName == "Article.g.cs" ? "NewsStory.g.cs" : s.HintName).OrderBy(h => h, StringComparer.Ordinal),
            IncrementalAssert.ModifiedSourceHintNames(renamed));
        Assert.All(IncrementalAssert.Reasons(renamed, CorpusGen.TrackingNames.ParsedArticles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        var back = renamed.Rerun(driver => driver.WithUpdatedAnalyzerConfigOptions(TestCorpus.Options()));

        back.AssertNoDiagnostics();
        Assert.Equal(first.Sources.Select(s => (s.HintName, s.Text)), back.Sources.Select(s => (s.HintName, s.Text)));
    }
}
