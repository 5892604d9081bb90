using System;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Reading;

/// <summary>
/// An AdditionalFiles item that is an article, with the options that belong to it. It carries the
/// <see cref="AdditionalText"/> handle because the parser needs it to read the text; the driver passes the same
/// instance for an unchanged file, so reference equality on it is exactly "the file did not change". It never
/// reaches a collected model: the parser turns it into a plain value.
/// </summary>
internal sealed class CandidateFile : IEquatable<CandidateFile>
{
    public CandidateFile(AdditionalText text, string relativePath, string? nameOverride, string? classOverride, ArticleLimits limits, FileOverrides? overrides = null)
    {
        Overrides = overrides ?? FileOverrides.None;
        Limits = limits;
        Text = text;
        RelativePath = relativePath;
        NameOverride = nameOverride;
        ClassOverride = classOverride;
    }

    public AdditionalText Text { get; }

    /// <summary>Project-relative path with '/' separators; what users see in SourcePath and messages.</summary>
    public string RelativePath { get; }

    public string? NameOverride { get; }

    public string? ClassOverride { get; }

    public ArticleLimits Limits { get; }

    /// <summary>The file's answers to the parser's guesses (layout, headline), from its metadata.</summary>
    public FileOverrides Overrides { get; }

    public bool Equals(CandidateFile? other)
        => other is not null
        && ReferenceEquals(Text, other.Text)
        && RelativePath == other.RelativePath
        && NameOverride == other.NameOverride
        && ClassOverride == other.ClassOverride
        && Limits == other.Limits
        && Overrides == other.Overrides;

    public override bool Equals(object? obj) => Equals(obj as CandidateFile);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(RelativePath);
}
