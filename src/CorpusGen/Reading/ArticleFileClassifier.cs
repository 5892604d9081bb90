using System;
using System.IO;
using CorpusGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Reading;

/// <summary>Decides which AdditionalFiles items are articles, without reading their text.</summary>
internal static class ArticleFileClassifier
{
    public static ClassifiedFile Classify(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        var fileOptions = options.GetOptions(text);
        var metadata = ReadOption(fileOptions, MsBuildKeys.IsArticle);
        var inclusion = Decide(text.Path, metadata, ReadRequireOptIn(options.GlobalOptions) ?? false);
        if (inclusion == Inclusion.NotArticle)
        {
            return ClassifiedFile.NotArticle;
        }

        var relativePath = ProjectPaths.MakeRelative(ReadOption(options.GlobalOptions, MsBuildKeys.ProjectDir), text.Path);
        if (inclusion == Inclusion.InvalidMetadata)
        {
            return new ClassifiedFile(null, DiagnosticInfo.AtFile(
                DiagnosticDescriptors.InvalidOption,
                text.Path,
                "the CorpusGen metadata of '" + relativePath + "'",
                metadata,
                "use true or false (or another MSBuild boolean: yes/no, on/off, !true, ...); the file is not an article"));
        }

        return new ClassifiedFile(
            new CandidateFile(
                text,
                relativePath,
                ReadOption(fileOptions, MsBuildKeys.ArticleName),
                ReadOption(fileOptions, MsBuildKeys.ArticleClass),
                ArticleLimits.Read(options.GlobalOptions),
                FileOverrides.Read(fileOptions)),
            null);
    }

    /// <summary>
    /// Explicit CorpusGen metadata wins; otherwise (unless <paramref name="requireOptIn"/>) every .txt file is an
    /// article except the inputs of other tools, which users add as AdditionalFiles next to their corpus.
    /// </summary>
    /// <param name="corpusGenMetadata">The CorpusGen metadata, trimmed; null or empty when not set.</param>
    /// <param name="requireOptIn">CorpusGenRequireOptIn: only files marked CorpusGen="true" are articles.</param>
    public static Inclusion Decide(string path, string? corpusGenMetadata, bool requireOptIn = false)
    {
        if (!string.IsNullOrWhiteSpace(corpusGenMetadata))
        {
            // Setting the metadata is a deliberate mark, so a value that is not a boolean ("include", "0") is an
            // error rather than a guess either way.
            return MsBuildBoolean.Parse(corpusGenMetadata!.Trim()) switch
            {
                true => Inclusion.Article,
                false => Inclusion.NotArticle,
                null => Inclusion.InvalidMetadata,
            };
        }

        var fileName = Path.GetFileName(path);
        return !requireOptIn && fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !IsOtherToolsInput(fileName)
            ? Inclusion.Article
            : Inclusion.NotArticle;
    }

    /// <summary>
    /// The .txt files that widely used analyzers and generators read from AdditionalFiles, matched as each tool
    /// matches them (ignoring case, since the file system may). Only names a tool really reads: a look-alike such as
    /// "PublicAPI.txt" is an article like any other.
    /// </summary>
    private static bool IsOtherToolsInput(string fileName)
        // Microsoft.CodeAnalysis.BannedApiAnalyzers: BannedSymbols.txt, BannedSymbols.*.txt.
        => Matches(fileName, "BannedSymbols.", ".txt")
        // Microsoft.CodeAnalysis.PublicApiAnalyzers: PublicAPI.Shipped*.txt, PublicAPI.Unshipped*.txt, and the same for InternalAPI.
        || Matches(fileName, "PublicAPI.Shipped", ".txt")
        || Matches(fileName, "PublicAPI.Unshipped", ".txt")
        || Matches(fileName, "InternalAPI.Shipped", ".txt")
        || Matches(fileName, "InternalAPI.Unshipped", ".txt")
        // Microsoft.Windows.CsWin32: NativeMethods.txt, and <app>.NativeMethods.txt for file-based apps.
        || string.Equals(fileName, "NativeMethods.txt", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".NativeMethods.txt", StringComparison.OrdinalIgnoreCase)
        // Microsoft.VisualStudio.Threading.Analyzers: vs-threading.<Topic>[.*].txt.
        || Matches(fileName, "vs-threading.", ".txt");

    private static bool Matches(string fileName, string prefix, string suffix)
        => fileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>CorpusGenRequireOptIn as a boolean; null when unset or not a boolean (GeneratorOptionsReader reports that).</summary>
    public static bool? ReadRequireOptIn(AnalyzerConfigOptions global)
        => ReadOption(global, MsBuildKeys.RequireOptIn) is { } value ? MsBuildBoolean.Parse(value) : null;

    /// <summary>An absent key and an empty value mean the same: MSBuild writes unset metadata as empty.</summary>
    public static string? ReadOption(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
