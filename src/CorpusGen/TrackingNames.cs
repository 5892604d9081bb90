namespace CorpusGen;

/// <summary>Names of the pipeline steps, so tests can check which steps re-ran.</summary>
public static class TrackingNames
{
    public const string CandidateFiles = nameof(CandidateFiles);
    public const string ParsedArticles = nameof(ParsedArticles);
    public const string InclusionErrors = nameof(InclusionErrors);
    public const string Options = nameof(Options);
    public const string Corpus = nameof(Corpus);
    public const string CorpusDiagnostics = nameof(CorpusDiagnostics);
    public const string Slots = nameof(Slots);
    public const string Indexes = nameof(Indexes);
    public const string SharedTexts = nameof(SharedTexts);
    public const string ArticleType = nameof(ArticleType);
    public const string ArticleTerms = nameof(ArticleTerms);
    public const string SearchDocuments = nameof(SearchDocuments);
    public const string SearchLengths = nameof(SearchLengths);
    public const string SearchShardMerges = nameof(SearchShardMerges);
    public const string SearchStorage = nameof(SearchStorage);
    public const string SearchRoots = nameof(SearchRoots);
    public const string SearchShards = nameof(SearchShards);
}
