using System;
using System.Collections.Generic;
using CorpusGen.Reading;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Reading;

/// <summary>Turns MSBuild properties into <see cref="GeneratorOptions"/>; a wrong value becomes CG0009, never bad code.</summary>
internal static class GeneratorOptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptions global, ParseOptions parseOptions, CompilationFacts facts)
    {
        var diagnostics = new List<DiagnosticInfo>();

        var ns = ArticleFileClassifier.ReadOption(global, MsBuildKeys.Namespace);
        if (ns is not null && !Identifier.IsValidNamespace(ns))
        {
            diagnostics.Add(InvalidOption("CorpusGenNamespace", ns, "it must be a dotted list of C# identifiers; the root namespace is used instead"));
            ns = null;
        }

        // The SDK derives RootNamespace from the project name ("news-app"), so it need not be an identifier; the
        // templates make it one the same way, and so do we, silently.
        ns ??= Identifier.ToNamespace(ArticleFileClassifier.ReadOption(global, MsBuildKeys.RootNamespace));

        var articleType = ArticleFileClassifier.ReadOption(global, MsBuildKeys.ArticleType) ?? GeneratorOptions.DefaultArticleTypeName;
        if (!Identifier.IsValidArticleTypeName(articleType))
        {
            diagnostics.Add(InvalidArticleType(articleType, "it must be a C# identifier, not all lower-case, other than the names of the type's members and the search types SearchHit and SearchHighlight"));
            articleType = GeneratorOptions.DefaultArticleTypeName;
        }

        // A class name that clashes with the article type gives way to the default class, unless that clashes too:
        // then the article type was set to the default class's name, and it is the one that gives way.
        var className = ArticleFileClassifier.ReadOption(global, MsBuildKeys.ClassName) ?? GeneratorOptions.DefaultClassName;
        if (!Identifier.IsValidClassName(className, articleType)
            && (!Identifier.IsValidTypeName(className) || Identifier.IsValidClassName(GeneratorOptions.DefaultClassName, articleType)))
        {
            diagnostics.Add(InvalidOption("CorpusGenClassName", className, $"it must be a C# identifier other than the article type '{articleType}' and the search types SearchHit and SearchHighlight; '{GeneratorOptions.DefaultClassName}' is used instead"));
            className = GeneratorOptions.DefaultClassName;
        }

        if (!Identifier.IsValidClassName(className, articleType))
        {
            diagnostics.Add(InvalidArticleType(articleType, $"it must differ (ignoring case) from the class name '{className}'"));
            articleType = GeneratorOptions.DefaultArticleTypeName;
        }

        var visibility = ArticleFileClassifier.ReadOption(global, MsBuildKeys.Visibility) ?? "internal";
        var isPublic = string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase);
        if (!isPublic && !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(InvalidOption("CorpusGenVisibility", visibility, "use 'internal' or 'public'; 'internal' is used instead"));
        }

        foreach (var (key, property) in new[] { (MsBuildKeys.MaxFileSize, "CorpusGenMaxFileSize"), (MsBuildKeys.MaxParagraphs, "CorpusGenMaxParagraphs"), (MsBuildKeys.StringLimit, "CorpusGenStringLimit") })
        {
            var text = ArticleFileClassifier.ReadOption(global, key);
            if (text is not null && ArticleLimits.ReadPositive(global, key) is null)
            {
                diagnostics.Add(InvalidOption(property, text, "it must be a whole number greater than zero; the default is used instead"));
            }
        }

        // Read per file by ArticleFileClassifier; reported here, once.
        var requireOptIn = ArticleFileClassifier.ReadOption(global, MsBuildKeys.RequireOptIn);
        if (requireOptIn is not null && ArticleFileClassifier.ReadRequireOptIn(global) is null)
        {
            diagnostics.Add(InvalidOption("CorpusGenRequireOptIn", requireOptIn, "use true (only files marked CorpusGen=\"true\" are articles) or false; false is used instead"));
        }

        var searchText = ArticleFileClassifier.ReadOption(global, MsBuildKeys.Search);
        var search = searchText is null ? false : MsBuildBoolean.Parse(searchText);
        if (search is null)
        {
            diagnostics.Add(InvalidOption("CorpusGenSearch", searchText!, "use true (each class gets Search and CountMatches) or false; false is used instead"));
        }

        var threshold = GeneratorOptions.DefaultNearDuplicateThreshold;
        var thresholdText = ArticleFileClassifier.ReadOption(global, MsBuildKeys.NearDuplicateThreshold);
        if (thresholdText is not null)
        {
            if (double.TryParse(thresholdText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= 1)
            {
                threshold = value;
            }
            else
            {
                diagnostics.Add(InvalidOption("CorpusGenNearDuplicateThreshold", thresholdText, "it must be a number from 0 (off) to 1, such as 0.7; the default is used instead"));
            }
        }

        var languageVersion = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.CSharp7_3;
        return new GeneratorOptions(
            ns,
            className,
            isPublic,
            SupportsNullable: languageVersion >= LanguageVersion.CSharp8,
            facts.HasNotNullWhen,
            diagnostics.ToEquatableArray(),
            SupportsUtf8: languageVersion >= LanguageVersion.CSharp11 && facts.HasReadOnlySpan,
            StringLimit: ArticleLimits.ReadPositive(global, MsBuildKeys.StringLimit) ?? GeneratorOptions.DefaultStringLimit,
            NearDuplicateThreshold: threshold,
            DataSectionThreshold: DataSectionStrings.Threshold(parseOptions),
            SpanDecoding: facts.HasSpanGetString,
            ArticleTypeName: articleType,
            Search: search ?? false);
    }

    private static DiagnosticInfo InvalidArticleType(string value, string why)
        => InvalidOption("CorpusGenArticleType", value, why + $"; '{GeneratorOptions.DefaultArticleTypeName}' is used instead");

    private static DiagnosticInfo InvalidOption(string property, string value, string why)
        => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, property, value, why);
}
