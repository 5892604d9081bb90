using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Reading;

/// <summary>How a file's body is split into paragraphs, when the user overrides the automatic choice.</summary>
internal enum LayoutOverride
{
    /// <summary>Decided from the text: one paragraph per line unless the text looks hard-wrapped.</summary>
    Auto,

    /// <summary>Every non-blank line is a paragraph.</summary>
    Lines,

    /// <summary>Blank-line-separated blocks are paragraphs, their lines joined by a space.</summary>
    Blocks,
}

/// <summary>
/// Per-file answers to the parser's guesses, from AdditionalFiles metadata, for when the rules guess wrong:
/// <c>CorpusGenLayout</c> (auto | lines | blocks) and <c>CorpusGenHeadline</c> (auto | true | false).
/// A value that is none of these is kept as written so the parser can report it (CG0009) at the file.
/// </summary>
internal sealed record FileOverrides(LayoutOverride Layout, bool? Headline, string? InvalidLayout = null, string? InvalidHeadline = null)
{
    public static readonly FileOverrides None = new(LayoutOverride.Auto, null);

    public static FileOverrides Read(AnalyzerConfigOptions fileOptions)
        => From(ArticleFileClassifier.ReadOption(fileOptions, MsBuildKeys.Layout), ArticleFileClassifier.ReadOption(fileOptions, MsBuildKeys.Headline));

    public static FileOverrides From(string? layout, string? headline)
    {
        LayoutOverride? parsedLayout = layout is null || Is(layout, "auto") ? LayoutOverride.Auto
            : Is(layout, "lines") ? LayoutOverride.Lines
            : Is(layout, "blocks") ? LayoutOverride.Blocks
            : null;
        var headlineIsValid = headline is null || Is(headline, "auto") || Is(headline, "true") || Is(headline, "false");
        bool? parsedHeadline = headline is null || !headlineIsValid || Is(headline, "auto") ? null : Is(headline, "true");
        var overrides = new FileOverrides(parsedLayout ?? LayoutOverride.Auto, parsedHeadline, parsedLayout is null ? layout : null, headlineIsValid ? null : headline);
        return overrides == None ? None : overrides;
    }

    private static bool Is(string value, string word) => string.Equals(value.Trim(), word, StringComparison.OrdinalIgnoreCase);
}
