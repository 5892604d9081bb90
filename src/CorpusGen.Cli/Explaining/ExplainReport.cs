using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CorpusGen.Cli.Infrastructure;
using CorpusGen.Cli.Reporting;
using CorpusGen.Cli.Running;
using CorpusGen.Diagnostics;
using CorpusGen.Parsing;
using CorpusGen.Reading;

namespace CorpusGen.Cli.Explaining;

/// <summary>One line of the file with the role the parser gave it.</summary>
internal sealed record ExplainedLine(int Number, string Text, TracedLine Role);

/// <summary>
/// Everything <c>explain FILE</c> shows: the file line by line with roles and rules (recorded by the parser itself
/// through a <see cref="ParseTrace"/>), the name and how it was derived, the hard-wrap decision with its evidence,
/// and the file's diagnostics from a generator run, as the build reports them.
/// </summary>
internal sealed record ExplainReport(
    string Path,
    string RelativePath,
    string? ClassName,
    string? Name,
    string? DerivedName,
    string? NameFrom,
    string? NameOverride,
    string? MergedInto,
    ArticleContent? Content,
    ParseTrace Trace,
    IReadOnlyList<ExplainedLine> Lines,
    IReadOnlyList<ReportedDiagnostic> Diagnostics,
    string? NotRead)
{
    public static ExplainReport Create(CorpusInput input, string path)
    {
        var run = CorpusRun.Execute(input);
        var provider = CorpusRun.OptionsProvider(input);
        var file = new DiskAdditionalText(path, CorpusRun.FallbackEncoding(input.CodePage));
        var classified = ArticleFileClassifier.Classify(file, provider);
        var relative = ProjectPaths.MakeRelative(input.Properties.TryGetValue(MsBuildKeys.ProjectDir, out var dir) ? dir : null, path);
        var diagnostics = ReportedDiagnostic.Of(run).Where(d => d.Path == path || d.Path is null).ToList();
        var trace = new ParseTrace();
        if (classified.Article is not { } candidate)
        {
            return new ExplainReport(path, relative, null, null, null, null, null, null, null, trace, Array.Empty<ExplainedLine>(), diagnostics,
                classified.Error is not null ? "its CorpusGen metadata is not a boolean (CG0009)" : "it is not an article: " + NotArticleBecause(path, provider));
        }

        var text = file.GetText();
        if (text is null)
        {
            return new ExplainReport(path, relative, null, null, null, null, null, null, null, trace, Array.Empty<ExplainedLine>(), diagnostics,
                file.IsBinary ? "the compiler refuses it as a binary file (CS2015)" : "it cannot be read");
        }

        var content = text.Length > candidate.Limits.MaxFileSize
            ? null
            : ArticleParser.ParseText(text.ToString(), path, candidate.RelativePath, new List<DiagnosticInfo>(), CancellationToken.None, candidate.Limits.MaxParagraphs, candidate.Overrides, trace);
        var lines = TextLines.Split(text.ToString(), CancellationToken.None).Select((line, i) => new ExplainedLine(i + 1, line, trace[i])).ToList();

        var article = run.Corpus?.Articles.FirstOrDefault(a => a.SourcePath == candidate.RelativePath);
        var mergedInto = run.Corpus?.Articles.FirstOrDefault(a => a.DuplicateSources.Contains(candidate.RelativePath));
        var className = run.Corpus?.Slots.FirstOrDefault(s => article is not null && s.Articles.Contains(article))?.Target.ClassName;
        var (derived, from) = content is null ? (null, null) : ArticleNamer.Explain(content, candidate.RelativePath);
        return new ExplainReport(path, candidate.RelativePath, className, article?.Name, derived, from, candidate.NameOverride, mergedInto?.SourcePath,
            content, trace, lines, diagnostics, content is null ? "it yields no article (see the diagnostics)" : null);
    }

    private static string NotArticleBecause(string path, BuildOptionsProvider provider)
        => ArticleFileClassifier.ReadRequireOptIn(provider.GlobalOptions) == true
            ? "CorpusGenRequireOptIn is true and the file is not marked CorpusGen=\"true\""
            : string.Equals(System.IO.Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase)
                ? "it is marked CorpusGen=\"false\", or it is another tool's input (BannedSymbols.txt, PublicAPI.*.txt, NativeMethods.txt, ...)"
                : "only .txt files are articles unless marked CorpusGen=\"true\"";

    public static string ExistingFile(string argument, CliContext context)
    {
        var path = System.IO.Path.GetFullPath(argument, context.WorkingDirectory);
        if (Directory.Exists(path))
        {
            throw new UserErrorException($"explain takes one file, and '{argument}' is a folder");
        }

        if (!File.Exists(path))
        {
            throw new UserErrorException($"no such file: '{argument}'");
        }

        return path;
    }
}
