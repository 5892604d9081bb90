using System.Threading.Tasks;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Generator;

/// <summary>
/// The generated sources, pinned. A change here is a change users see in obj/: accept it only when intended
/// (CORPUSGEN_ACCEPT=1 dotnet test) and say why in the commit.
/// </summary>
public class GeneratedSnapshotTests
{
    [Fact]
    public Task Seed_alone()
    {
        var run = TestCorpus.Run(new[] { TestCorpus.Seed() });

        run.AssertNoCompileDiagnostics();
        return Snapshot.VerifyAsync(run);
    }

    [Fact]
    public Task Corpus_with_duplicate_collision_and_headline_articles()
    {
        var run = TestCorpus.Run(new[]
        {
            TestCorpus.Seed(),
            TestCorpus.File("corpus/news/ferry.txt", TestCorpus.Texts.Ferry),
            TestCorpus.File("corpus/mirror/ferry.txt", "\uFEFF" + TestCorpus.Texts.Ferry.Replace("\n", "\r\n")),
            TestCorpus.File("corpus/news/library-1.txt", TestCorpus.Texts.Library),
            TestCorpus.File("corpus/news/library-2.txt", TestCorpus.Texts.LibraryAgain),
            TestCorpus.File("corpus/news/mayor.txt", TestCorpus.Texts.Mayor),
        });

        run.AssertNoCompileDiagnostics();
        return Snapshot.VerifyAsync(run);
    }

    [Fact]
    public Task Search_index_for_a_small_corpus()
    {
        // The search runtime, each class's root (Search, CountMatches, document lengths) and its term shards.
        var run = TestCorpus.Run(Search.SearchCorpus.Files(), Search.SearchCorpus.Options());

        run.AssertNoCompileDiagnostics();
        return Snapshot.VerifyAsync(run);
    }

    [Fact]
    public Task Language_version_7_3_without_nullable()
    {
        var run = TestCorpus.Run(
            new[] { TestCorpus.Seed(), TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry) },
            languageVersion: LanguageVersion.CSharp7_3,
            nullable: NullableContextOptions.Disable);

        run.AssertNoCompileDiagnostics();
        return Snapshot.VerifyAsync(run);
    }

    [Fact]
    public Task Utf8_storage_for_a_corpus_over_the_string_limit()
    {
        var run = TestCorpus.Run(
            new[] { TestCorpus.Seed() },
            TestCorpus.Options().WithProperty("CorpusGenStringLimit", "1000"));

        run.AssertNoCompileDiagnostics();
        return Snapshot.VerifyAsync(run);
    }

    [Fact]
    public Task Utf8_storage_with_paragraphs_shared_by_articles()
    {
        // A wire story and a local rewrite share two paragraphs; a third article shares nothing.
        var run = TestCorpus.Run(
            new[]
            {
                TestCorpus.File("corpus/wire.txt", "Port strike ends\nDockers voted to return to work.\nThe strike lasted nine days.\nShips queued outside the harbour.\n"),
                TestCorpus.File("corpus/local.txt", "Our port reopens\nCafes near the quay welcomed the news.\nDockers voted to return to work.\nThe strike lasted nine days.\n"),
                TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry),
            },
            TestCorpus.Options().WithProperty("CorpusGenStringLimit", "10"));

        run.AssertNoCompileDiagnostics();
        return Snapshot.VerifyAsync(run);
    }

    [Fact]
    public Task Public_types_in_a_configured_namespace_and_class()
    {
        var run = TestCorpus.Run(
            new[] { TestCorpus.File("corpus/ferry.txt", TestCorpus.Texts.Ferry) },
            TestCorpus.Options()
                .WithProperty("CorpusGenNamespace", "News.Data")
                .WithProperty("CorpusGenClassName", "Stories")
                .WithProperty("CorpusGenVisibility", "public"));

        run.AssertNoCompileDiagnostics();
        return Snapshot.VerifyAsync(run);
    }
}
