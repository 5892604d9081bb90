using Xunit;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// A fact over ../shared/corpora/<c>corpus</c>: skipped with a reason, not failed, where that folder is absent,
/// because the real-data corpora are never committed to the repository.
/// </summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute(string corpus)
    {
        Corpus = corpus;
        var skipReason = RepoPaths.SharedCorpusSkipReason(corpus);
        if (skipReason is not null)
        {
            Skip = skipReason;
        }
    }

    public string Corpus { get; }
}

/// <summary>The theory counterpart of <see cref="SharedCorpusFactAttribute"/>.</summary>
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute(string corpus)
    {
        Corpus = corpus;
        var skipReason = RepoPaths.SharedCorpusSkipReason(corpus);
        if (skipReason is not null)
        {
            Skip = skipReason;
        }
    }

    public string Corpus { get; }
}
