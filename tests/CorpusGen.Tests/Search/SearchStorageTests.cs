using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Search;

/// <summary>
/// Where the search literals go: string literals while they fit the #US heap beside the articles' strings, u8
/// literals beyond it (C# 11), CG0021 and an empty index below C# 11; a literal the data section takes does not count.
/// </summary>
public class SearchStorageTests
{
    private static readonly ParsedArticle[] s_files =
    {
        Naming.CorpusBuilderTests.File("corpus/business/rates.txt", SearchCorpus.Rates),
        Naming.CorpusBuilderTests.File("corpus/city/cafe.txt", SearchCorpus.Cafe),
        Naming.CorpusBuilderTests.File("corpus/weather/storm.txt", SearchCorpus.Storm),
    };

    private static GeneratorOptions Options(int stringLimit, bool supportsUtf8 = true, int? dataSectionThreshold = null) =>
        new("Demo", "Articles", false, true, true, EquatableArray<DiagnosticInfo>.Empty, SupportsUtf8: supportsUtf8, StringLimit: stringLimit, DataSectionThreshold: dataSectionThreshold, SpanDecoding: true, Search: true);

    private static (CorpusModel Corpus, SearchModel Search) Build(GeneratorOptions options)
    {
        var corpus = CorpusBuilder.Build(s_files.ToImmutableArray(), options, CancellationToken.None);
        var terms = s_files.Select(file => ArticleTerms.Of(file, CancellationToken.None)).ToImmutableArray();
        return (corpus, SearchIndexBuilder.Build(terms, corpus, options, CancellationToken.None));
    }

    /// <summary>A limit the articles' strings just fit, so the index does not fit beside them.</summary>
    private static int ArticlesOnly() => (int)Build(Options(GeneratorOptions.DefaultStringLimit)).Corpus.StringHeapCharacters;

    [Fact]
    public void The_index_is_in_string_literals_when_it_fits_beside_the_articles()
    {
        var (corpus, search) = Build(Options(GeneratorOptions.DefaultStringLimit));

        Assert.False(corpus.ArticleType!.Utf8Text);
        Assert.Contains(search.Shards, shard => !shard.Terms.IsEmpty);
        Assert.All(search.Shards, shard => Assert.False(shard.Utf8));
        Assert.Empty(search.Diagnostics);
    }

    [Fact]
    public void The_index_goes_to_u8_literals_when_only_the_articles_fit_the_heap()
    {
        var (corpus, search) = Build(Options(ArticlesOnly()));

        Assert.False(corpus.ArticleType!.Utf8Text);
        Assert.All(search.Shards, shard => Assert.True(shard.Utf8));
        Assert.Empty(search.Diagnostics);
    }

    [Fact]
    public void Below_csharp_11_an_index_that_does_not_fit_is_CG0021_and_finds_nothing()
    {
        var (corpus, search) = Build(Options(ArticlesOnly(), supportsUtf8: false));

        Assert.False(corpus.ArticleType!.Utf8Text);
        Assert.Empty(search.Shards);
        Assert.All(search.Roots, root => Assert.Empty(root.TitleLengths));
        var diagnostic = Assert.Single(search.Diagnostics);
        Assert.Equal("CG0021", diagnostic.Id);
    }

    [Fact]
    public void Literals_the_data_section_takes_do_not_count_against_the_heap()
    {
        var (_, search) = Build(Options(ArticlesOnly(), supportsUtf8: false, dataSectionThreshold: 0));

        Assert.Empty(search.Diagnostics);
        Assert.All(search.Shards, shard => Assert.False(shard.Utf8));
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void An_index_in_u8_literals_finds_what_the_string_one_finds(NullableContextOptions nullable)
    {
        const string Program = """
            using System;
            using System.Linq;
            using Demo;

            foreach (var query in new[] { "islamic state", "\"interest rates\"", "econom*", "interest -storm" })
                Console.WriteLine(query + " => " + string.Join(",", Articles.Search(query).Select(h => h.Article.Name + ":" + h.Score.ToString("F6", System.Globalization.CultureInfo.InvariantCulture))));
            """;
        var strings = SearchCorpus.Run(Program, LanguageVersion.Latest, nullable);
        var u8 = SearchCorpus.Run(Program, LanguageVersion.Latest, nullable, SearchCorpus.Options().WithProperty("CorpusGenStringLimit", "10"));
        u8.AssertNoCompileDiagnostics();

        Assert.All(u8.Sources.Where(s => s.HintName.Contains(".SearchTerms", System.StringComparison.Ordinal)), s => Assert.Contains("\"u8)", s.Text, System.StringComparison.Ordinal));
        var output = u8.CompileAndRun();
        Assert.Equal(strings.CompileAndRun(), output);
        Assert.Contains("islamic state => BanKiMoon:", output, System.StringComparison.Ordinal);
    }
}
