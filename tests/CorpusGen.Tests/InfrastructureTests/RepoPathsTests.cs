using System.IO;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.InfrastructureTests;

public class RepoPathsTests
{
    [Fact]
    public void The_repository_root_holds_the_solution_and_the_seed_article()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.RepoRoot, "CorpusGen.sln")));
        Assert.True(File.Exists(RepoPaths.SeedPath));
    }

    [Fact]
    public void A_missing_corpus_gives_a_skip_reason_naming_it()
    {
        Assert.Null(RepoPaths.SharedCorpusDir("no-such-corpus"));
        Assert.Equal(
            "../shared/corpora/no-such-corpus is absent: this test needs the shared real-data corpora beside the repository",
            RepoPaths.SharedCorpusSkipReason("no-such-corpus"));
        Assert.NotNull(new SharedCorpusFactAttribute("no-such-corpus").Skip);
    }

    [SharedCorpusFact("bbc-news")]
    public void The_BBC_corpus_is_found_when_shared_is_beside_the_repository()
    {
        var dir = RepoPaths.SharedCorpusDir("bbc-news")!;

        Assert.Null(new SharedCorpusFactAttribute("bbc-news").Skip);
        Assert.NotEmpty(Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories));
    }
}
