using CorpusGen.Diagnostics;
using CorpusGen.Helpers;

namespace CorpusGen.Reading;

/// <summary>Project-wide settings, read from MSBuild properties and the compilation's language options.</summary>
/// <param name="Namespace">Namespace of the generated types; null for the global namespace.</param>
/// <param name="ClassName">Default index class for articles without CorpusGenClass metadata.</param>
/// <param name="IsPublic">Generated types are public instead of internal.</param>
/// <param name="SupportsNullable">C# 8 or later: emit nullable annotations.</param>
/// <param name="HasNotNullWhen">The target framework has NotNullWhenAttribute, so TryGet can be annotated.</param>
/// <param name="SupportsUtf8">C# 11 or later with ReadOnlySpan: text can be stored in "..."u8 literals.</param>
/// <param name="StringLimit">Characters of unique text that may go into string literals (CorpusGenStringLimit).</param>
/// <param name="DataSectionThreshold">
/// The compiler stores string literals longer than this as UTF-8 data, outside the #US heap (the project turned on
/// experimental-data-section-string-literals and the compiler has it); null when it does not.
/// </param>
/// <param name="SpanDecoding">Encoding.GetString takes a ReadOnlySpan&lt;byte&gt;, so UTF-8 text is decoded without a copy.</param>
/// <param name="ArticleTypeName">The generated article type (CorpusGenArticleType); no index class may take it.</param>
/// <param name="Search">CorpusGenSearch: each class gets Search and CountMatches over an index built at compile time.</param>
internal sealed record GeneratorOptions(
    string? Namespace,
    string ClassName,
    bool IsPublic,
    bool SupportsNullable,
    bool HasNotNullWhen,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool SupportsUtf8 = false,
    int StringLimit = GeneratorOptions.DefaultStringLimit,
    double NearDuplicateThreshold = GeneratorOptions.DefaultNearDuplicateThreshold,
    int? DataSectionThreshold = null,
    bool SpanDecoding = false,
    string ArticleTypeName = GeneratorOptions.DefaultArticleTypeName,
    bool Search = false)
{
    /// <summary>
    /// Word-shingle Jaccard similarity from which two articles are near-duplicates. In the BBC corpus light edits
    /// score 0.82-1, revised versions of a story 0.60-0.78, different stories at most 0.52; 0.7 keeps revisions in.
    /// 0 turns detection off.
    /// </summary>
    public const double DefaultNearDuplicateThreshold = 0.7;

    public const string DefaultClassName = "Articles";

    /// <summary>
    /// String literals share the assembly's #US metadata heap, about 8.4M UTF-16 characters (CS8103 beyond it, see
    /// shared FACTS). They compile several times faster than u8 literals, so CorpusGen uses them up to this margin,
    /// for article text and then the search index (the BBC corpus, 4.8M characters of text, with its index needs
    /// more than 6M: BbcSearchRankingTests), leaving 1.4M characters for the project's own strings.
    /// </summary>
    public const int DefaultStringLimit = 7_000_000;

    /// <summary>The generated article type unless CorpusGenArticleType names another.</summary>
    public const string DefaultArticleTypeName = "Article";

    /// <summary>
    /// The members the generated article type declares (Emitting/ArticleTypeEmitter.cs), but for the reserved
    /// "__" ones: a type may not be named like one of its members (CS0542), so the article type may not be one.
    /// </summary>
    public static readonly string[] ArticleTypeMembers =
    {
        "Name", "Title", "Headline", "Caption", "Dateline", "Paragraphs", "Body", "Copyright", "Year", "Trailer", "SourcePath",
        "DuplicateSources", "NearDuplicates", "Id", "ToString", "LoadParagraphs", "_paragraphs", "_body",
        "TitleIsDerived", "Agency", "Credits", "Boilerplate", "Fields", "LoadFields", "LoadBody", "_fields", "_title", "_class", "_place", "_position",
    };
}
