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
            ArticleLimits.Read(options.GlobalOptions),
            FileOverrides.Read(fileOptions));
    }

    /// <summary>
    /// Explicit metadata wins; otherwise every .txt file is an article except the well-known inputs of other
    /// analyzers, which users add as AdditionalFiles next to their corpus.
    /// </summary>
    public static bool IsArticle(string path, string? corpusGenMetadata)
    {
        if (!string.IsNullOrWhiteSpace(corpusGenMetadata))
        {
            // Setting the metadata is a deliberate mark, so a value that is not a boolean ("include", "1") must not
            // silently fall back to the extension; as an article, a wrong guess is visible (Articles.All, CG0001/2/8).
            return ParseMsBuildBoolean(corpusGenMetadata!.Trim()) ?? true;
        }

        var fileName = Path.GetFileName(path);
        return fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && !fileName.StartsWith("BannedSymbols", StringComparison.OrdinalIgnoreCase)
            && !fileName.StartsWith("PublicAPI.", StringComparison.OrdinalIgnoreCase)
            && !fileName.StartsWith("InternalAPI.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The spellings MSBuild itself accepts for a bool (ConversionUtilities.ConvertStringToBool), any case.</summary>
    private static bool? ParseMsBuildBoolean(string value)
    {
        var negated = value.StartsWith("!", StringComparison.Ordinal);
        var word = negated ? value.Substring(1) : value;
        bool? parsed = IsAny(word, "true", "yes", "on") ? true : IsAny(word, "false", "no", "off") ? false : null;
        return negated ? !parsed : parsed;
    }

    private static bool IsAny(string word, string a, string b, string c)
        => string.Equals(word, a, StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, b, StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, c, StringComparison.OrdinalIgnoreCase);

    /// <summary>An absent key and an empty value mean the same: MSBuild writes unset metadata as empty.</summary>
    public static string? ReadOption(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
