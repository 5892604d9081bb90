using System.Collections.Generic;
using CorpusGen.Reading;

namespace CorpusGen.Cli.Running;

/// <summary>The analyzer config keys of <see cref="MsBuildKeys"/>, as lists the tool fills from options or a project.</summary>
internal static class BuildKeys
{
    public const string PropertyPrefix = "build_property.";
    public const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <summary>Every property the generator reads (build/CorpusGen.props makes them visible to the compiler).</summary>
    public static IReadOnlyList<string> Properties { get; } = new[]
    {
        MsBuildKeys.RootNamespace, MsBuildKeys.ProjectDir, MsBuildKeys.Namespace, MsBuildKeys.ClassName, MsBuildKeys.ArticleType,
        MsBuildKeys.Visibility, MsBuildKeys.MaxFileSize, MsBuildKeys.MaxParagraphs, MsBuildKeys.StringLimit,
        MsBuildKeys.NearDuplicateThreshold, MsBuildKeys.RequireOptIn,
    };

    /// <summary>Every AdditionalFiles metadata the generator reads.</summary>
    public static IReadOnlyList<string> Metadata { get; } = new[]
    {
        MsBuildKeys.IsArticle, MsBuildKeys.ArticleName, MsBuildKeys.ArticleClass, MsBuildKeys.Layout, MsBuildKeys.Headline,
    };

    public static string PropertyName(string key) => key.Substring(PropertyPrefix.Length);

    public static string MetadataName(string key) => key.Substring(MetadataPrefix.Length);
}
