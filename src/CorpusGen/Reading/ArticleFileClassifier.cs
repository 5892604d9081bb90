using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Reading;

/// <summary>Decides which AdditionalFiles items are articles, without reading their text.</summary>
internal static class ArticleFileClassifier
{
    public static CandidateFile? Classify(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        var fileOptions = options.GetOptions(text);
        if (!IsArticle(text.Path, ReadOption(fileOptions, MsBuildKeys.IsArticle)))
        {
            return null;
        }

        var projectDir = ReadOption(options.GlobalOptions, MsBuildKeys.ProjectDir);
        return new CandidateFile(
            text,
            ProjectPaths.MakeRelative(projectDir, text.Path),
            ReadOption(fileOptions, MsBuildKeys.ArticleName),
            ReadOption(fileOptions, MsBuildKeys.ArticleClass),
            ArticleLimits.Read(options.GlobalOptions));
    }

    /// <summary>
    /// Explicit metadata wins; otherwise every .txt file is an article except the well-known inputs of other
    /// analyzers, which users add as AdditionalFiles next to their corpus.
    /// </summary>
    public static bool IsArticle(string path, string? corpusGenMetadata)
    {
        if (corpusGenMetadata is not null)
        {
            if (string.Equals(corpusGenMetadata, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(corpusGenMetadata, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var fileName = Path.GetFileName(path);
        return fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && !fileName.StartsWith("BannedSymbols", StringComparison.OrdinalIgnoreCase)
            && !fileName.StartsWith("PublicAPI.", StringComparison.OrdinalIgnoreCase)
            && !fileName.StartsWith("InternalAPI.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An absent key and an empty value mean the same: MSBuild writes unset metadata as empty.</summary>
    public static string? ReadOption(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
