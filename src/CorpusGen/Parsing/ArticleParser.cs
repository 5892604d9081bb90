using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Reading;

namespace CorpusGen.Parsing;

/// <summary>
/// Reads one article file into an <see cref="ArticleContent"/>: caption or headline, dateline, body paragraphs,
/// copyright line and site trailer. The only place in the generator that reads file text.
/// </summary>
internal static class ArticleParser
{
    public static ParsedArticle Parse(CandidateFile file, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            ArticleContent? content = null;
            var text = file.Text.GetText(cancellationToken);
            if (text is null)
            {
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.NotText, file.Text.Path, file.RelativePath, "the compiler could not read it"));
            }
            else if (text.Length > file.Limits.MaxFileSize)
            {
                // Checked before the text is materialised as a string: a huge file costs nothing more.
                diagnostics.Add(TooLarge(file, text.Length, "characters", "CorpusGenMaxFileSize", file.Limits.MaxFileSize));
            }
            else
            {
                content = ParseText(text.ToString(), file.Text.Path, file.RelativePath, diagnostics, cancellationToken, file.Limits.MaxParagraphs);
            }

            return Result(file, content, diagnostics);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            diagnostics.Add(DiagnosticInfo.InternalError(file.Text.Path, file.RelativePath, exception));
            return Result(file, null, diagnostics);
        }
    }

    private static ParsedArticle Result(CandidateFile file, ArticleContent? content, List<DiagnosticInfo> diagnostics)
        => new(file.Text.Path, file.RelativePath, file.NameOverride, file.ClassOverride, content, diagnostics.ToEquatableArray());

    private static DiagnosticInfo TooLarge(CandidateFile file, int count, string unit, string property, int limit)
        => DiagnosticInfo.AtFile(DiagnosticDescriptors.TooLarge, file.Text.Path, file.RelativePath, count, unit, property, limit);

    /// <summary>Parses article text; problems are added to <paramref name="diagnostics"/>, located at <paramref name="filePath"/>.</summary>
    public static ArticleContent? ParseText(
        string text,
        string filePath,
        string relativePath,
        List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken,
        int maxParagraphs = ArticleLimits.DefaultMaxParagraphs)
    {
        var scan = BinaryContentDetector.Scan(text, cancellationToken);
        if (scan.NotText is not null)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.NotText, filePath, relativePath, scan.NotText));
            return null;
        }

        if (scan.ReplacementCharacters > 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8, new LocationInfo(filePath, scan.FirstReplacementLine), relativePath, scan.ReplacementCharacters, scan.FirstReplacementLine + 1));
        }

        var lines = TextLines.Split(text, cancellationToken);
        var index = NextNonBlank(lines, 0);
        if (index == lines.Count)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.EmptyFile, filePath, relativePath));
            return null;
        }

        var firstLine = lines[index].Trim();
        var isCaption = LineClassifier.CaptionPrefix(firstLine) is not null;
        index++;

        string? dateline = null;
        var next = NextNonBlank(lines, index);
        if (next < lines.Count && LineClassifier.IsDateline(lines[next].Trim()))
        {
            dateline = lines[next].Trim().TrimEnd(':').TrimEnd();
            index = next + 1;
        }

        var copyrightIndex = FindCopyright(lines, index, cancellationToken);
        var bodyEnd = copyrightIndex ?? lines.Count;
        var body = ParagraphBuilder.Build(lines.GetRange(index, bodyEnd - index), cancellationToken);
        var kept = RemoveRepeats(body, out var repeated, out var normalizedKept);
        if (kept.Count > maxParagraphs)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.TooLarge, filePath, relativePath, kept.Count, "paragraphs", "CorpusGenMaxParagraphs", maxParagraphs));
            return null;
        }

        string? copyright = null;
        var trailer = new List<string>();
        if (copyrightIndex is int c)
        {
            copyright = lines[c].Trim();
            for (var i = c + 1; i < lines.Count; i++)
            {
                if (!TextLines.IsBlank(lines[i]))
                {
                    trailer.Add(lines[i].Trim());
                }
            }
        }

        if (repeated > 0)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.DuplicateParagraphs, filePath, relativePath, repeated));
        }

        if (kept.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.NoBody, filePath, relativePath));
        }

        var headline = isCaption ? null : firstLine;
        var caption = isCaption ? firstLine : null;
        var content = new ArticleContent(
            headline,
            caption,
            dateline,
            kept.ToEquatableArray(),
            copyright,
            copyright is null ? null : LineClassifier.FindYear(copyright),
            trailer.ToEquatableArray(),
            repeated,
            ContentId.FromNormalized(TextNormalizer.Normalize(firstLine), dateline is null ? null : TextNormalizer.Normalize(dateline), normalizedKept));

        // Signed here, in the cached per-file step, from the same text the corpus step verifies candidates with.
        return content with { BandKeys = new EquatableArray<ulong>(MinHashSignature.BandKeysOf(content.ComparableLines)) };
    }

    /// <summary>Keeps the first occurrence of each paragraph, comparing normalised text.</summary>
    public static List<string> RemoveRepeats(List<string> paragraphs, out int repeated, out List<string> normalizedKept)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>(paragraphs.Count);
        normalizedKept = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            var normalized = TextNormalizer.Normalize(paragraph);
            if (seen.Add(normalized))
            {
                kept.Add(paragraph);
                normalizedKept.Add(normalized);
            }
        }

        repeated = paragraphs.Count - kept.Count;
        return kept;
    }

    private static int? FindCopyright(List<string> lines, int start, CancellationToken cancellationToken)
    {
        for (var i = start; i < lines.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!TextLines.IsBlank(lines[i]) && LineClassifier.IsCopyright(lines[i].Trim()))
            {
                return i;
            }
        }

        return null;
    }

    private static int NextNonBlank(List<string> lines, int start)
    {
        var i = start;
        while (i < lines.Count && TextLines.IsBlank(lines[i]))
        {
            i++;
        }

        return i;
    }
}
