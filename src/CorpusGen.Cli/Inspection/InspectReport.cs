using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Cli.Reporting;
using CorpusGen.Cli.Running;
using CorpusGen.Corpus;

namespace CorpusGen.Cli.Inspection;

/// <summary>The numbers at the top of <c>inspect</c>.</summary>
/// <param name="Storage">"strings", "utf8" (u8 literals) or "none" (no article is generated).</param>
internal sealed record InspectSummary(
    int Files,
    int Articles,
    int MergedCopies,
    int RepeatsRemoved,
    int NearDuplicatePairs,
    string Storage,
    int GeneratedFiles,
    long GeneratedBytes);

/// <summary>What was cut from an article: the copyright line, trailer lines, credits, web debris, repeated paragraphs.</summary>
internal sealed record CutParts(string? Copyright, int Trailer, int Credits, int Boilerplate, int Repeats)
{
    public override string ToString()
    {
        var parts = new List<string>();
        if (Copyright is not null)
        {
            parts.Add("copyright");
        }

        Add(parts, Trailer, "trailer line");
        Add(parts, Credits, "credit");
        Add(parts, Boilerplate, "debris line");
        Add(parts, Repeats, "repeat");
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, int count, string what)
    {
        if (count > 0)
        {
            parts.Add(count + " " + what + (count == 1 ? string.Empty : "s"));
        }
    }
}

/// <summary>One generated article, as <c>Articles.X</c> will have it.</summary>
internal sealed record InspectArticle(
    string Name,
    string ClassName,
    string SourcePath,
    string Title,
    bool TitleIsDerived,
    int Paragraphs,
    int? Year,
    string? Dateline,
    string? Agency,
    CutParts Cut,
    IReadOnlyList<string> MergedCopies,
    IReadOnlyList<string> NearDuplicates,
    bool HasProperty);

/// <summary>One input file: what it became, its encoding, and how the compiler will misread it, if it will (see <see cref="EncodingColumn"/>).</summary>
internal sealed record InspectFile(string Path, string RelativePath, string? Article, string? Encoding, string? EncodingWarning = null);

/// <summary>Everything <c>inspect</c> shows, made from one generator run; rendered as tables or as JSON.</summary>
internal sealed record InspectReport(
    InspectSummary Summary,
    IReadOnlyList<InspectArticle> Articles,
    IReadOnlyList<InspectFile> Files,
    IReadOnlyList<ReportedDiagnostic> Diagnostics)
{
    public static InspectReport From(CorpusRunResult run)
    {
        var model = run.Corpus;
        var specs = model?.Articles ?? Array.Empty<ArticleSpec>();
        var classOf = new Dictionary<ArticleSpec, string>(ReferenceEqualityComparer.Instance);
        if (model is not null)
        {
            foreach (var slot in model.Slots)
            {
                foreach (var article in slot.Articles)
                {
                    classOf[article] = slot.Target.ClassName;
                }
            }
        }

        var articles = specs.Select(a => new InspectArticle(
            a.Name,
            classOf.TryGetValue(a, out var c) ? c : string.Empty,
            a.SourcePath,
            a.Content.Title,
            a.Content.TitleIsDerived,
            a.Content.ParagraphRefs.Count,
            a.Content.Year,
            a.Content.Dateline,
            a.Content.Agency,
            new CutParts(a.Content.Copyright, a.Content.TrailerRefs.Count, a.Content.CreditRefs.Count, a.Content.BoilerplateRefs.Count, a.Content.RepeatedParagraphs),
            a.DuplicateSources.ToList(),
            a.NearDuplicates.ToList(),
            a.HasProperty)).ToList();

        // A file is the article it became, or the article its copy was merged into.
        var articleOfPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            articleOfPath[article.SourcePath] = article.Name;
            foreach (var copy in article.MergedCopies)
            {
                articleOfPath[copy] = article.Name;
            }
        }

        var relativeOf = run.ParsedArticles.ToDictionary(p => p.FilePath, p => p.RelativePath, StringComparer.Ordinal);
        var projectDir = run.Input.Properties.TryGetValue(CorpusGen.Reading.MsBuildKeys.ProjectDir, out var dir) ? dir : null;
        var files = run.Input.Files.Select(path =>
        {
            var relative = relativeOf.TryGetValue(path, out var r) ? r : CorpusGen.Reading.ProjectPaths.MakeRelative(projectDir, path);
            var encoding = EncodingColumn.Detect(path);
            return new InspectFile(path, relative, articleOfPath.TryGetValue(relative, out var name) ? name : null, encoding?.DisplayName, encoding?.Misreading(run.Input.CodePage));
        }).ToList();

        // Each article names its nearest near-duplicates in its own class; a pair counts once, whichever names it.
        var pairs = new HashSet<(string Class, string First, string Second)>();
        foreach (var article in articles)
        {
            foreach (var other in article.NearDuplicates)
            {
                pairs.Add(string.CompareOrdinal(article.Name, other) < 0 ? (article.ClassName, article.Name, other) : (article.ClassName, other, article.Name));
            }
        }

        var summary = new InspectSummary(
            run.Input.Files.Count,
            articles.Count,
            articles.Sum(a => a.MergedCopies.Count),
            articles.Sum(a => a.Cut.Repeats),
            pairs.Count,
            model is null || model.Indexes.Count == 0 || articles.Count == 0 ? "none" : model.Indexes.Any(i => i.Target.Utf8Text) ? "utf8" : "strings",
            run.Sources.Count,
            run.Sources.Sum(CorpusGen.Cli.Emitting.GeneratedSources.ByteCount));
        return new InspectReport(summary, articles, files, ReportedDiagnostic.Of(run));
    }
}
