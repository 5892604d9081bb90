using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CorpusGen.Cli.Infrastructure;
using CorpusGen.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Cli.Running;

/// <summary>
/// The options every corpus command shares: the PATH arguments, <c>--project</c>, and one option per MSBuild
/// setting the generator reads (README "Configuration"). Values are passed to the generator as the build passes
/// them, as text, and validated by the generator's own <see cref="GeneratorOptionsReader"/>: a value it would
/// report as CG0009 in a build is a user error here (exit 2), with the same message.
/// </summary>
internal sealed class SettingsOptions
{
    private readonly (Option<string> Option, string Key)[] _properties;

    public SettingsOptions(bool paths = true)
    {
        Paths = paths ? new Argument<string[]>("PATH") { Description = "Article files, folders (every *.txt below) or globs; default: . (or the project's AdditionalFiles with --project).", Arity = ArgumentArity.ZeroOrMore } : null;
        _properties = new[]
        {
            (Setting("--namespace", "CorpusGenNamespace: namespace of the generated types (default: the root namespace)."), MsBuildKeys.Namespace),
            (Setting("--class-name", "CorpusGenClassName: the index class (default: Articles)."), MsBuildKeys.ClassName),
            (Setting("--article-type", "CorpusGenArticleType: the article type (default: Article)."), MsBuildKeys.ArticleType),
            (Setting("--visibility", "CorpusGenVisibility: internal (default) or public."), MsBuildKeys.Visibility),
            (Setting("--max-file-size", "CorpusGenMaxFileSize: larger files (characters) are skipped with CG0010 (default: 1000000)."), MsBuildKeys.MaxFileSize),
            (Setting("--max-paragraphs", "CorpusGenMaxParagraphs: articles with more paragraphs are skipped with CG0010 (default: 10000)."), MsBuildKeys.MaxParagraphs),
            (Setting("--string-limit", "CorpusGenStringLimit: characters of unique text kept in string literals (default: 7000000)."), MsBuildKeys.StringLimit),
            (Setting("--near-duplicate-threshold", "CorpusGenNearDuplicateThreshold: similarity (0-1) of near-duplicates; 0 turns detection off (default: 0.7)."), MsBuildKeys.NearDuplicateThreshold),
            (Setting("--require-opt-in", "CorpusGenRequireOptIn: true means only files marked CorpusGen=\"true\" are articles (default: false)."), MsBuildKeys.RequireOptIn),
            (Setting("--root-namespace", "RootNamespace, as the SDK sets it from the project name (default: none, the global namespace)."), MsBuildKeys.RootNamespace),
        };
    }

    public Argument<string[]>? Paths { get; }

    public Option<string> Project { get; } = new("--project", "-p") { Description = "Take the AdditionalFiles and the CorpusGen settings from this project, through MSBuild evaluation; options given here win." };

    public Option<string> ProjectDir { get; } = new("--project-dir") { Description = "The folder SourcePath and names are relative to, as the project's folder in a build (default: the project's folder, else the current folder)." };

    public Option<string> LangVersion { get; } = new("--lang-version") { Description = "LangVersion of the consuming project (default: latest); below C# 11 there are no UTF-8 literals." };

    public Option<string> Features { get; } = new("--features") { Description = "The compiler Features of the project, e.g. experimental-data-section-string-literals=0." };

    public Option<int?> CodePage { get; } = new("--code-page") { Description = "CodePage of the project: how the compiler decodes files that are not UTF-8 (default: UTF-8 with U+FFFD; Windows-1252 on Windows)." };

    public void AddTo(Command command)
    {
        if (Paths is not null)
        {
            command.Add(Paths);
        }

        command.Add(Project);
        command.Add(ProjectDir);
        foreach (var (option, _) in _properties)
        {
            command.Add(option);
        }

        command.Add(LangVersion);
        command.Add(Features);
        command.Add(CodePage);
    }

    /// <summary>What the build would pass, from the project (if any) and the options; throws a user error for a bad value.</summary>
    public CorpusInput Read(ParseResult parse, CliContext context, IReadOnlyList<string>? explicitPaths = null)
    {
        var paths = explicitPaths ?? (Paths is null ? Array.Empty<string>() : parse.GetValue(Paths) ?? Array.Empty<string>());
        var projectPath = parse.GetValue(Project);
        var project = projectPath is null ? null : ProjectEvaluation.Evaluate(Path.GetFullPath(projectPath, context.WorkingDirectory));

        var given = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (option, key) in _properties)
        {
            if (parse.GetValue(option) is { } value)
            {
                given[key] = value;
            }
        }

        Validate(given.ToImmutable());

        var properties = (project?.Properties ?? ImmutableDictionary<string, string>.Empty).ToBuilder();
        foreach (var pair in given)
        {
            properties[pair.Key] = pair.Value;
        }

        var projectDir = parse.GetValue(ProjectDir) is { } dir ? Path.GetFullPath(dir, context.WorkingDirectory)
            : project is not null ? project.Directory
            : context.WorkingDirectory;
        if (!Directory.Exists(projectDir))
        {
            throw new UserErrorException($"no such folder: '{projectDir}' (--project-dir)");
        }

        // MSBuild's ProjectDir ends with a separator; the generator makes paths relative to it.
        properties[MsBuildKeys.ProjectDir] = Path.TrimEndingDirectorySeparator(projectDir) + Path.DirectorySeparatorChar;

        var files = project is not null && paths.Count == 0 ? project.Files : InputFiles.Expand(paths, context.WorkingDirectory);
        var metadata = project?.Metadata.Where(m => files.Contains(m.Key)).ToImmutableDictionary(StringComparer.Ordinal)
            ?? ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty.WithComparers(StringComparer.Ordinal);
        return new CorpusInput(
            files,
            properties.ToImmutable(),
            metadata,
            parse.GetValue(LangVersion) ?? project?.LanguageVersion,
            parse.GetValue(Features) ?? project?.Features,
            parse.GetValue(CodePage) ?? project?.CodePage);
    }

    private static Option<string> Setting(string name, string description) => new(name) { Description = description };

    /// <summary>The generator's own checks, on the values given on the command line alone.</summary>
    private void Validate(ImmutableDictionary<string, string> given)
    {
        if (given.IsEmpty)
        {
            return;
        }

        var provider = new BuildOptionsProvider(given, ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);
        var options = GeneratorOptionsReader.Read(provider.GlobalOptions, Microsoft.CodeAnalysis.CSharp.CSharpParseOptions.Default, default);
        if (options.Diagnostics.Count > 0)
        {
            var diagnostic = options.Diagnostics[0].ToDiagnostic();
            var property = options.Diagnostics[0].Arguments[0];
            var option = _properties.FirstOrDefault(p => BuildKeys.PropertyName(p.Key) == property).Option?.Name;
            throw new UserErrorException((option is null ? string.Empty : option + ": ") + diagnostic.GetMessage(CultureInfo.InvariantCulture) + $" ({diagnostic.Id})");
        }
    }
}
