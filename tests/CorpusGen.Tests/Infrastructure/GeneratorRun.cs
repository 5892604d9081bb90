using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// One run of the driver: what the generator produced and reported, and the consumer's compilation with it.
/// Keeps the driver so the next run (<see cref="Rerun"/>) starts from this run's state, as in an IDE session.
/// </summary>
public sealed class GeneratorRun
{
    private GeneratorRun(GeneratorDriver driver, Compilation inputCompilation, Compilation outputCompilation, ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        InputCompilation = inputCompilation;
        OutputCompilation = outputCompilation;
        GeneratorDiagnostics = generatorDiagnostics;
        RunResult = driver.GetRunResult();
        Result = RunResult.Results.Single();
        Sources = Result.GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => new GeneratedSource(source.HintName, source.SourceText.ToString()))
            .ToImmutableArray();
        CompileDiagnostics = outputCompilation.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
    }

    /// <summary>The driver after this run; edit it (ReplaceAdditionalText, ...) and pass it to <see cref="Rerun"/>.</summary>
    public GeneratorDriver Driver { get; }

    /// <summary>The consumer's compilation before generation: what every run must start from.</summary>
    public Compilation InputCompilation { get; }

    /// <summary>The consumer's compilation with the generated sources added.</summary>
    public Compilation OutputCompilation { get; }

    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>The one generator's result, with TrackedSteps and TrackedOutputSteps.</summary>
    public GeneratorRunResult Result { get; }

    /// <summary>What the generator reported, in reporting order.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>Errors and warnings of <see cref="OutputCompilation"/> (hidden and info ones are not a consumer's problem).</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics { get; }

    /// <summary>The generated sources, ordered ordinally by hint name.</summary>
    public ImmutableArray<GeneratedSource> Sources { get; }

    public string Source(string hintName) =>
        Sources.FirstOrDefault(source => source.HintName == hintName)?.Text
        ?? throw new XunitException($"No source '{hintName}' was generated; there are: {string.Join(", ", Sources.Select(s => s.HintName))}");

    internal static GeneratorRun Execute(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        if (driver.GetRunResult().Results.Single().Exception is { } exception)
        {
            // The driver turns a crash into warning CS8785 and no output, which would surface as a baffling assertion later.
            throw new XunitException("The generator threw: " + exception);
        }

        return new GeneratorRun(driver, compilation, output, diagnostics);
    }

    /// <summary>
    /// Applies <paramref name="edit"/> to this run's driver (and <paramref name="editCompilation"/> to the input
    /// compilation) and runs again from this state, so the tracked steps tell what the edit invalidated.
    /// With no edits, everything should come back Cached.
    /// </summary>
    public GeneratorRun Rerun(Func<GeneratorDriver, GeneratorDriver>? edit = null, Func<Compilation, Compilation>? editCompilation = null) =>
        Execute(edit is null ? Driver : edit(Driver), editCompilation is null ? InputCompilation : editCompilation(InputCompilation));

    /// <summary>
    /// Emits the output compilation, runs its entry point with <paramref name="args"/> and returns what it wrote to
    /// Console.Out. Fails with the compile diagnostics when the code does not build.
    /// </summary>
    public string CompileAndRun(params string[] args) => ProgramRunner.Run(OutputCompilation, args);

    public void AssertNoCompileDiagnostics()
    {
        if (!CompileDiagnostics.IsEmpty)
        {
            throw new XunitException($"The generated code does not compile cleanly ({CompileDiagnostics.Length}):\n{DiagnosticText.Describe(CompileDiagnostics)}");
        }
    }

    public void AssertNoGeneratorDiagnostics()
    {
        if (!GeneratorDiagnostics.IsEmpty)
        {
            throw new XunitException($"The generator reported {GeneratorDiagnostics.Length} diagnostic(s):\n{DiagnosticText.Describe(GeneratorDiagnostics)}");
        }
    }

    /// <summary>Neither the generator nor the compilation of its output said anything.</summary>
    public void AssertNoDiagnostics()
    {
        AssertNoGeneratorDiagnostics();
        AssertNoCompileDiagnostics();
    }

    public IEnumerable<string> GeneratorDiagnosticIds => GeneratorDiagnostics.Select(diagnostic => diagnostic.Id);
}
