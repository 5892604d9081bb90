namespace CorpusGen.Reading;

/// <summary>
/// The analyzer-config keys CorpusGen reads. Each must be declared as CompilerVisibleProperty or
/// CompilerVisibleItemMetadata in build/CorpusGen.props, or the compiler never passes it on.
/// </summary>
internal static class MsBuildKeys
{
    public const string RootNamespace = "build_property.RootNamespace";
    public const string ProjectDir = "build_property.ProjectDir";
    public const string Namespace = "build_property.CorpusGenNamespace";
    public const string ClassName = "build_property.CorpusGenClassName";
    public const string ArticleType = "build_property.CorpusGenArticleType";
    public const string Visibility = "build_property.CorpusGenVisibility";
    public const string MaxFileSize = "build_property.CorpusGenMaxFileSize";
    public const string MaxParagraphs = "build_property.CorpusGenMaxParagraphs";
    public const string StringLimit = "build_property.CorpusGenStringLimit";
    public const string NearDuplicateThreshold = "build_property.CorpusGenNearDuplicateThreshold";
    public const string RequireOptIn = "build_property.CorpusGenRequireOptIn";
    public const string Search = "build_property.CorpusGenSearch";

    public const string IsArticle = "build_metadata.AdditionalFiles.CorpusGen";
    public const string ArticleName = "build_metadata.AdditionalFiles.CorpusGenName";
    public const string ArticleClass = "build_metadata.AdditionalFiles.CorpusGenClass";
    public const string Layout = "build_metadata.AdditionalFiles.CorpusGenLayout";
    public const string Headline = "build_metadata.AdditionalFiles.CorpusGenHeadline";
}
