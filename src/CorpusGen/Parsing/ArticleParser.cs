using System;
using System.Collections.Generic;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Reading;
using Microsoft.CodeAnalysis;

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
                content = ParseText(text.ToString(), file.Text.Path, file.RelativePath, diagnostics, cancellationToken, file.Limits.MaxParagraphs, file.Overrides);
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
        int maxParagraphs = ArticleLimits.DefaultMaxParagraphs,
        FileOverrides? overrides = null,
        ParseTrace? trace = null)
    {
        overrides ??= FileOverrides.None;
        ReportInvalid(overrides, filePath, relativePath, diagnostics);
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

        var lineStarts = new List<int>();
        var lines = TextLines.Split(text, cancellationToken, lineStarts);
        var first = NextNonBlank(lines, 0);
        if (first == lines.Count)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.EmptyFile, filePath, relativePath));
            return null;
        }

        var parse = new LineReports(lines, filePath, relativePath, diagnostics);
        var firstLine = lines[first].Trim();
        string? caption = null, headline = null, dateline = null, agency = null;
        var bodyStart = first + 1;
        var isCaption = LineClassifier.CaptionPrefix(firstLine) is not null;
        var notHeadlineBecause = isCaption ? null : NotHeadlineBecause(firstLine, overrides);
        if (isCaption)
        {
            caption = firstLine;
            trace?.Mark(first, LineRole.Caption, "the first line starts with \"" + LineClassifier.CaptionPrefix(firstLine) + "\"");
        }
        else if (notHeadlineBecause is null)
        {
            headline = firstLine;
            trace?.Mark(first, LineRole.Headline, overrides.Headline is true ? "CorpusGenHeadline is \"true\"" : "the first line reads as a headline: short, one phrase");
        }
        else
        {
            bodyStart = first;
        }

        // The seed's form: a place line ("KUALA LUMPUR:") right after the title. Deeper in the body, such a line is
        // a speaker or a menu heading ("TRUMP:", "APPETIZERS:"), so only this position counts.
        var next = NextNonBlank(lines, bodyStart);
        if (bodyStart > first && next < lines.Count && LineClassifier.IsDateline(lines[next].Trim()))
        {
            var line = lines[next].Trim();
            dateline = line.TrimEnd(':').TrimEnd();
            parse.Report(DiagnosticDescriptors.DatelineTaken, next, Quote(line), dateline, string.Empty);
            trace?.Mark(next, LineRole.Dateline, "an upper-case place ending in ':' alone on the line after the title");
            bodyStart = next + 1;
        }

        var copyrightIndex = FindCopyright(lines, bodyStart, cancellationToken);
        var bodyEnd = copyrightIndex ?? lines.Count;
        var layout = ParagraphBuilder.Build(lines, lineStarts, bodyStart, bodyEnd, overrides.Layout, cancellationToken);

        // A first line that the first hard-wrapped block continues is that paragraph's first line, not a headline.
        if (headline is not null && overrides.Headline is null && layout.IsBlocks && bodyStart == first + 1 && bodyStart < bodyEnd && !TextLines.IsBlank(lines[bodyStart]))
        {
            headline = null;
            notHeadlineBecause = "the hard-wrapped paragraph under it continues it";
            bodyStart = first;
            layout = ParagraphBuilder.Build(lines, lineStarts, bodyStart, bodyEnd, LayoutOverride.Blocks, cancellationToken) with { JoinedBecause = layout.JoinedBecause };
        }

        var body = new List<BodyParagraph>(layout.Paragraphs.Count);
        var credits = new List<BodyParagraph>();
        var boilerplate = new List<BodyParagraph>();
        foreach (var paragraph in layout.Paragraphs)
        {
            if (BodyLineRules.IsCredit(paragraph.Text))
            {
                trace?.Mark(paragraph.Line, paragraph.LineCount, LineRole.Credit, "a photo caption or credit (\"Photo by\", \"Image copyright\", ...), moved to Credits");
                credits.Add(paragraph);
                parse.Report(DiagnosticDescriptors.CreditMoved, paragraph.Line, Quote(paragraph.Text));
            }
            else if (BodyLineRules.IsBoilerplate(paragraph.Text))
            {
                trace?.Mark(paragraph.Line, paragraph.LineCount, LineRole.Debris, "web-page debris (\"Read more\", \"Advertisement\", ...), moved to Boilerplate");
                boilerplate.Add(paragraph);
                parse.Report(DiagnosticDescriptors.BoilerplateMoved, paragraph.Line, Quote(paragraph.Text));
            }
            else
            {
                body.Add(paragraph);
            }
        }

        if (dateline is null && body.Count > 0 && InlineDateline.Find(body[0].Text) is { } inline)
        {
            dateline = inline.Place;
            agency = inline.Agency;
            if (trace is not null)
            {
                trace.InlineDateline = body[0].Text.Substring(0, inline.Length).TrimEnd();
            }

            parse.Report(DiagnosticDescriptors.DatelineTaken, body[0].Line, Quote(body[0].Text.Substring(0, inline.Length).TrimEnd()), dateline, agency is null ? string.Empty : ", Agency is \"" + agency + "\"");
            body[0] = body[0] with { Text = body[0].Text.Substring(inline.Length), Ref = body[0].Ref.Skip(text, inline.Length) };
        }

        if (layout.JoinedBecause is not null && body.Exists(p => p.LineCount > 1))
        {
            var joinedLines = 0;
            foreach (var paragraph in layout.Paragraphs)
            {
                joinedLines += paragraph.LineCount;
            }

            parse.Report(DiagnosticDescriptors.HardWrapJoined, layout.Paragraphs[0].Line, layout.JoinedBecause, joinedLines, layout.Paragraphs.Count);
        }

        var kept = RemoveRepeats(body, out var repeated, out var normalizedKept, out var firstRepeatLine);
        if (trace is not null)
        {
            TraceBody(trace, body, normalizedKept, layout.JoinedBecause);
        }

        if (kept.Count > maxParagraphs)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.TooLarge, filePath, relativePath, kept.Count, "paragraphs", "CorpusGenMaxParagraphs", maxParagraphs));
            return null;
        }

        string? copyright = null;
        var trailer = new List<BodyParagraph>();
        if (copyrightIndex is int c)
        {
            copyright = lines[c].Trim();
            trace?.Mark(c, LineRole.Copyright, "reads as a copyright notice, at most " + MaxLinesAfterCopyright + " lines from the end");
            for (var i = c + 1; i < lines.Count; i++)
            {
                if (!TextLines.IsBlank(lines[i]))
                {
                    var line = lines[i].Trim();
                    trailer.Add(new BodyParagraph(line, i, 1, new TextRef(lineStarts[i] + TextLines.LeadingWhiteSpace(lines[i]), line.Length, 1)));
                    trace?.Mark(i, LineRole.Trailer, "after the copyright line: the site's sign-off");
                }
            }

            parse.Report(DiagnosticDescriptors.CopyrightCut, c, Quote(copyright), trailer.Count);
        }

        if (repeated > 0)
        {
            parse.Report(DiagnosticDescriptors.DuplicateParagraphs, firstRepeatLine, repeated);
        }

        if (kept.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.NoBody, filePath, relativePath));
        }

        string? derivedTitle = null;
        if (headline is null && caption is null)
        {
            // Without a paragraph (the line was a credit or debris), the first line itself titles the article.
            derivedTitle = DerivedTitle.From(kept.Count > 0 ? kept[0].Text : firstLine);
            if (trace is not null)
            {
                trace.TitleDerivedBecause = notHeadlineBecause;
                trace.Annotate(first, "not a headline: " + notHeadlineBecause + "; the title is derived from the text");
            }

            parse.Report(DiagnosticDescriptors.TitleDerived, first, notHeadlineBecause, derivedTitle);
            parse.MoveLastFirst();
        }

        var identityTitle = headline ?? caption ?? string.Empty;
        var identityDateline = dateline is null ? null : agency is null ? dateline : dateline + " (" + agency + ")";
        var keptTexts = kept.ConvertAll(p => p.Text);
        var utf8Encodable = Utf8Text.CanEncode(keptTexts) && Utf8Text.CanEncode(TextsOf(trailer)) && Utf8Text.CanEncode(TextsOf(credits))
            && Utf8Text.CanEncode(TextsOf(boilerplate)) && Utf8Text.CanEncode(headline) && Utf8Text.CanEncode(caption)
            && Utf8Text.CanEncode(dateline) && Utf8Text.CanEncode(copyright) && Utf8Text.CanEncode(agency) && Utf8Text.CanEncode(derivedTitle);
        var content = new ArticleContent(
            text,
            headline,
            caption,
            dateline,
            RefsOf(kept),
            keptTexts.ConvertAll(Fnv.HashMixed).ToEquatableArray(),
            copyright,
            copyright is null ? null : LineClassifier.FindYear(copyright),
            RefsOf(trailer),
            repeated,
            ContentId.FromNormalized(TextNormalizer.Normalize(identityTitle), identityDateline is null ? null : TextNormalizer.Normalize(identityDateline), normalizedKept),
            agency,
            derivedTitle,
            RefsOf(credits),
            RefsOf(boilerplate),
            utf8Encodable);

        parse.Flush();

        // Signed here, in the cached per-file step, from the same text the corpus step verifies candidates with.
        return content with { BandKeys = new EquatableArray<ulong>(MinHashSignature.BandKeysOf(ArticleContent.ComparableLinesOf(content.Title, keptTexts))) };
    }

    private static EquatableArray<TextRef> RefsOf(List<BodyParagraph> paragraphs)
        => paragraphs.ConvertAll(p => p.Ref).ToEquatableArray();

    private static IEnumerable<string> TextsOf(List<BodyParagraph> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            yield return paragraph.Text;
        }
    }

    /// <summary>Each body paragraph's lines: paragraph N of the kept ones, or a repeat of the kept paragraph it repeats.</summary>
    private static void TraceBody(ParseTrace trace, List<BodyParagraph> body, List<string> normalizedKept, string? joinedBecause)
    {
        var keptIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < normalizedKept.Count; i++)
        {
            keptIndex[normalizedKept[i]] = i;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        trace.HardWrapEvidence = joinedBecause;
        foreach (var paragraph in body)
        {
            var normalized = TextNormalizer.Normalize(paragraph.Text);
            var number = keptIndex[normalized] + 1;
            var role = seen.Add(normalized) ? LineRole.Paragraph : LineRole.Repeat;
            trace.Mark(paragraph.Line, paragraph.LineCount, role, null, number);
            if (role == LineRole.Repeat)
            {
                trace.Annotate(paragraph.Line, "the same text (ignoring case, spacing and punctuation) as paragraph " + number + ": removed");
            }
            else if (paragraph.LineCount > 1)
            {
                trace.Annotate(paragraph.Line, "a hard-wrapped block of " + paragraph.LineCount + " lines, joined");
            }
        }
    }

    /// <summary>Why the first line is not a headline (null when it is one): the file's metadata, else the rule.</summary>
    private static string? NotHeadlineBecause(string line, FileOverrides overrides)
    {
        if (overrides.Headline is bool headline)
        {
            return headline ? null : "CorpusGenHeadline is \"false\"";
        }

        return HeadlineRule.WhyParagraph(line);
    }

    private static void ReportInvalid(FileOverrides overrides, string filePath, string relativePath, List<DiagnosticInfo> diagnostics)
    {
        if (overrides.InvalidLayout is { } layout)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidOption, filePath, "CorpusGenLayout metadata of '" + relativePath + "'", layout, "expected \"auto\", \"lines\" or \"blocks\"; the layout is detected automatically"));
        }

        if (overrides.InvalidHeadline is { } headline)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidOption, filePath, "CorpusGenHeadline metadata of '" + relativePath + "'", headline, "expected \"auto\", \"true\" or \"false\"; the headline is detected automatically"));
        }
    }

    // Lines quoted in messages are cut, so one diagnostic stays one readable line.
    private const int MaxQuotedLength = 80;

    private static string Quote(string line)
        => line.Length <= MaxQuotedLength ? line : line.Substring(0, char.IsHighSurrogate(line[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength) + "\u2026";

    /// <summary>Keeps the first occurrence of each paragraph, comparing normalised text.</summary>
    public static List<string> RemoveRepeats(List<string> paragraphs, out int repeated, out List<string> normalizedKept)
        => RemoveRepeats(paragraphs.ConvertAll(p => new BodyParagraph(p, 0, 1, new TextRef(0, p.Length, 1))), out repeated, out normalizedKept, out _).ConvertAll(p => p.Text);

    private static List<BodyParagraph> RemoveRepeats(List<BodyParagraph> paragraphs, out int repeated, out List<string> normalizedKept, out int firstRepeatLine)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<BodyParagraph>(paragraphs.Count);
        normalizedKept = new List<string>(paragraphs.Count);
        firstRepeatLine = -1;
        foreach (var paragraph in paragraphs)
        {
            var normalized = TextNormalizer.Normalize(paragraph.Text);
            if (seen.Add(normalized))
            {
                kept.Add(paragraph);
                normalizedKept.Add(normalized);
            }
            else if (firstRepeatLine < 0)
            {
                firstRepeatLine = paragraph.Line;
            }
        }

        repeated = paragraphs.Count - kept.Count;
        return kept;
    }

    /// <summary>
    /// The copyright line: the first line that reads as a copyright notice and is near the end (at most
    /// <see cref="MaxLinesAfterCopyright"/> non-blank lines after it), so a notice quoted mid-article is body text.
    /// </summary>
    private static int? FindCopyright(List<string> lines, int start, CancellationToken cancellationToken)
    {
        var nonBlankAfter = 0;
        int? found = null;
        for (var i = lines.Count - 1; i >= start; i--)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (TextLines.IsBlank(lines[i]))
            {
                continue;
            }

            if (LineClassifier.IsCopyright(lines[i].Trim()))
            {
                found = i;
            }

            if (++nonBlankAfter > MaxLinesAfterCopyright)
            {
                break;
            }
        }

        return found;
    }

    // A site's sign-off after the notice is a line or two (links, "Follow us"); a notice followed by more is quoted.
    private const int MaxLinesAfterCopyright = 5;

    /// <summary>Collects a file's line-located reports and adds them in line order, so diagnostics read top to bottom.</summary>
    private sealed class LineReports
    {
        private readonly List<string> _lines;
        private readonly string _filePath;
        private readonly string _relativePath;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly List<(int Line, int Order, DiagnosticInfo Diagnostic)> _pending = new();

        public LineReports(List<string> lines, string filePath, string relativePath, List<DiagnosticInfo> diagnostics)
        {
            _lines = lines;
            _filePath = filePath;
            _relativePath = relativePath;
            _diagnostics = diagnostics;
        }

        public void Report(DiagnosticDescriptor descriptor, int line, params object?[] arguments)
        {
            var all = new object?[arguments.Length + 1];
            all[0] = _relativePath;
            Array.Copy(arguments, 0, all, 1, arguments.Length);
            _pending.Add((line, _pending.Count, DiagnosticInfo.AtLine(descriptor, _filePath, Math.Min(Math.Max(line, 0), Math.Max(_lines.Count - 1, 0)), all)));
        }

        /// <summary>Makes the last report the first of its line: the reading of line 1 comes before what was cut from it.</summary>
        public void MoveLastFirst()
        {
            var last = _pending[_pending.Count - 1];
            _pending[_pending.Count - 1] = (last.Line, -1, last.Diagnostic);
        }

        public void Flush()
        {
            _pending.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Order.CompareTo(b.Order));
            foreach (var entry in _pending)
            {
                _diagnostics.Add(entry.Diagnostic);
            }

            _pending.Clear();
        }
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
