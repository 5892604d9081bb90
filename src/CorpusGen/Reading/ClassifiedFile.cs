using CorpusGen.Diagnostics;

namespace CorpusGen.Reading;

/// <summary>What <see cref="ArticleFileClassifier.Decide"/> says about one AdditionalFiles item.</summary>
internal enum Inclusion
{
    NotArticle,
    Article,

    /// <summary>The CorpusGen metadata is set to something that is not an MSBuild boolean: CG0009, not an article.</summary>
    InvalidMetadata,
}

/// <summary>
/// The classifier's answer for one AdditionalFiles item: an article to parse, or an error about its CorpusGen
/// metadata (CG0009), or neither. The pipeline sends <see cref="Article"/> on to the parser and reports
/// <see cref="Error"/> on its own, so a file that is not an article never reaches the parser or the corpus.
/// </summary>
internal sealed record ClassifiedFile(CandidateFile? Article, DiagnosticInfo? Error)
{
    public static ClassifiedFile NotArticle { get; } = new(null, null);
}
