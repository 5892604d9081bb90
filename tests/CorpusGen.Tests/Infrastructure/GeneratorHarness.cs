using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Runs an incremental generator the way the compiler does, over a real compilation against the .NET 10 reference
/// assemblies, with step tracking on so that incremental tests can inspect why each step re-ran.
/// </summary>
public static class GeneratorHarness
{
    /// <summary>
    /// Every warning wave, as the strictest consumer would see: generated code must not add warnings to anyone's build.
    /// </summary>
    public const int WarningLevel = 9999;

    /// <param name="generator">The generator under test; a fresh instance per call keeps tests independent.</param>
    /// <param name="additionalTexts">The AdditionalFiles items.</param>
    /// <param name="options">Global and per-file analyzer config options; none by default.</param>
    /// <param name="program">
    /// A program with an entry point (top-level statements or a static Main); its presence makes the compilation a
    /// console application that <see cref="GeneratorRun.CompileAndRun"/> can execute.
    /// </param>
    /// <param name="sources">Further C# sources of the user's project.</param>
    /// <param name="languageVersion">The consumer's C# version; the generated sources are parsed with it too.</param>
    /// <param name="nullable">The consumer's nullable context; must be Disable below C# 8.</param>
    /// <param name="outputKind">Overrides the kind chosen from <paramref name="program"/>.</param>
    /// <param name="trackSteps">
    /// Step tracking for incremental tests; off for scale tests, where Roslyn's tracking of 10,000 items costs ten
    /// times the generator's own run.
    /// </param>
    /// <param name="documentationMode">
    /// Diagnose by default so malformed XML doc comments in generated code are reported, as in a project with
    /// GenerateDocumentationFile.
    /// </param>
    public static GeneratorRun Run(
        IIncrementalGenerator generator,
        IEnumerable<AdditionalText>? additionalTexts = null,
        AnalyzerConfigOptionsProvider? options = null,
        string? program = null,
        IEnumerable<string>? sources = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        NullableContextOptions nullable = NullableContextOptions.Enable,
        OutputKind? outputKind = null,
        DocumentationMode documentationMode = DocumentationMode.Diagnose,
        bool trackSteps = true)
    {
        if (languageVersion.MapSpecifiedToEffectiveVersion() < LanguageVersion.CSharp8 && nullable != NullableContextOptions.Disable)
        {
            // The compiler would only say CS8630 on every compilation, hiding what the test is about.
            throw new ArgumentException($"C# {languageVersion.ToDisplayString()} has no nullable context: pass NullableContextOptions.Disable.", nameof(nullable));
        }

        var parseOptions = new CSharpParseOptions(languageVersion, documentationMode);
        var allSources = (program is null ? Enumerable.Empty<string>() : new[] { program }).Concat(sources ?? Enumerable.Empty<string>());
        var trees = allSources.Select((text, i) => CSharpSyntaxTree.ParseText(text, parseOptions, path: $"Source{i}.cs"));
        var compilationOptions = new CSharpCompilationOptions(
                outputKind ?? (program is null ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication),
                nullableContextOptions: nullable,
                warningLevel: WarningLevel,
                deterministic: true);
        var compilation = CSharpCompilation.Create(
            "CorpusGen.Tests.Consumer", trees, Basic.Reference.Assemblies.Net100.References.All, compilationOptions);

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            additionalTexts ?? Enumerable.Empty<AdditionalText>(),
            parseOptions,
            options ?? TestOptionsProvider.Create(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        return GeneratorRun.Execute(driver, compilation);
    }
}
