using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Cli.Running;

/// <summary>One generated source: the hint name a build writes it under, and its text.</summary>
internal sealed record GeneratedFile(string HintName, SourceText Text);

/// <summary>
/// What one run of the generator produced: its sources and diagnostics exactly as a build gets them, and the
/// pipeline's own values (parsed files, the corpus model) for the tool to show how it got there.
/// </summary>
internal sealed record CorpusRunResult(
    CorpusInput Input,
    IReadOnlyList<GeneratedFile> Sources,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<ParsedArticle> ParsedArticles,
    CorpusModel? Corpus,
    IReadOnlyList<string> BinaryFiles,
    TimeSpan Elapsed,
    TimeSpan GeneratorElapsed);

/// <summary>
/// Runs the CorpusGen generator the way the compiler does: <see cref="CSharpGeneratorDriver"/> over the files as
/// AdditionalTexts, with the build's analyzer config keys and parse options, against a compilation of the runtime's
/// core library (the generator asks it only whether NotNullWhen, ReadOnlySpan and Encoding.GetString(span) exist,
/// as on every target from net5.0 on). One implementation: whatever a command shows comes from this run.
/// </summary>
internal static class CorpusRun
{
    /// <param name="onFileRead">Called from the driver's threads each time the generator reads a file.</param>
    public static CorpusRunResult Execute(CorpusInput input, Action? onFileRead = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var fallback = FallbackEncoding(input.CodePage);
        var texts = input.Files.Select(f => new DiskAdditionalText(f, fallback, onFileRead)).ToList();
        var parseOptions = ParseOptionsFor(input);
        var compilation = CSharpCompilation.Create(
            "CorpusGen.Cli.Consumer",
            Array.Empty<SyntaxTree>(),
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // Step tracking is how the tool reads the parsed files and the corpus model: the values the build computes,
        // not a second computation of them.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            texts,
            parseOptions,
            OptionsProvider(input),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var generatorStart = stopwatch.Elapsed;
        driver = driver.RunGenerators(compilation, cancellationToken);
        var generatorElapsed = stopwatch.Elapsed - generatorStart;
        var result = driver.GetRunResult().Results[0];

        var sources = result.GeneratedSources
            .Select(s => new GeneratedFile(s.HintName, s.SourceText))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();
        var parsed = Outputs<ParsedArticle>(result, TrackingNames.ParsedArticles)
            .OrderBy(p => p.RelativePath, StringComparer.Ordinal)
            .ToList();
        var corpus = Outputs<CorpusModel>(result, TrackingNames.Corpus).FirstOrDefault();
        var diagnostics = result.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
            .ToList();
        var binary = texts.Where(t => t.IsBinary).Select(t => t.Path).ToList();
        return new CorpusRunResult(input, sources, diagnostics, parsed, corpus, binary, stopwatch.Elapsed, generatorElapsed);
    }

    /// <summary>The analyzer config options the build would pass for <paramref name="input"/>.</summary>
    public static BuildOptionsProvider OptionsProvider(CorpusInput input) => new(WithDeclaredKeys(input.Properties), input.Metadata);

    private static IEnumerable<T> Outputs<T>(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Value).OfType<T>()
            : Enumerable.Empty<T>();

    /// <summary>MSBuild writes every CompilerVisibleProperty into the .globalconfig, empty when unset.</summary>
    private static ImmutableDictionary<string, string> WithDeclaredKeys(ImmutableDictionary<string, string> properties)
    {
        var all = properties.ToBuilder();
        foreach (var key in BuildKeys.Properties)
        {
            if (!all.ContainsKey(key))
            {
                all[key] = string.Empty;
            }
        }

        return all.ToImmutable();
    }

    public static CSharpParseOptions ParseOptionsFor(CorpusInput input)
    {
        var version = LanguageVersion.Latest;
        if (input.LanguageVersion is { Length: > 0 } text && !LanguageVersionFacts.TryParse(text, out version))
        {
            // A newer SDK names versions this Roslyn does not know yet; to the generator they are all "latest".
            if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 11)
            {
                throw new Infrastructure.UserErrorException($"'{text}' is not a C# language version (LangVersion)");
            }

            version = LanguageVersion.Latest;
        }

        var features = (input.Features ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.Split('=', 2))
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Length > 1 ? g.Last()[1] : "true", StringComparer.Ordinal);
        return new CSharpParseOptions(version).WithFeatures(features);
    }

    /// <summary>The compiler's decoding of a file that is not UTF-8 and has no byte order mark.</summary>
    public static Encoding FallbackEncoding(int? codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        if (codePage is int page)
        {
            try
            {
                return Encoding.GetEncoding(page);
            }
            catch (Exception error) when (error is ArgumentException or NotSupportedException)
            {
                throw new Infrastructure.UserErrorException($"code page {page} is not available (CodePage)");
            }
        }

        return OperatingSystem.IsWindows() ? Encoding.GetEncoding(1252) : Encoding.UTF8;
    }
}
