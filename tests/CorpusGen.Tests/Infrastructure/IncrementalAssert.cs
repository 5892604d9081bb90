using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Assertions over the driver's step tracking (<see cref="GeneratorRunResult.TrackedSteps"/>): what re-ran after an
/// edit, and whether pipeline values are plain data that the driver can cache.
/// </summary>
public static class IncrementalAssert
{
    /// <summary>The output step name Roslyn uses for RegisterSourceOutput (and for the implementation-only variant).</summary>
    public const string SourceOutput = "SourceOutput";

    public const string ImplementationSourceOutput = "ImplementationSourceOutput";

    /// <summary>
    /// Names Roslyn gives its own nodes. They appear in TrackedSteps beside the generator's WithTrackingName steps, and
    /// some legitimately carry a Compilation, so "all steps" means all steps except these.
    /// </summary>
    public static ImmutableHashSet<string> RoslynStepNames { get; } = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "AdditionalTexts", "AnalyzerConfigOptions", "Compilation", "CompilationOptions", "MetadataReferences",
        "ParseOptions", "SyntaxTrees", SourceOutput, ImplementationSourceOutput);

    /// <summary>
    /// Every output of the named steps (default: all of the generator's own tracked steps) is Cached or Unchanged, as
    /// after a re-run with no edit or an edit the pipeline should ignore.
    /// </summary>
    public static void AllOutputsCachedOrUnchanged(GeneratorRun run, params string[] stepNames) =>
        AllOutputsCachedOrUnchanged(run.Result, stepNames);

    public static void AllOutputsCachedOrUnchanged(GeneratorRunResult result, params string[] stepNames)
    {
        var failures = new List<string>();
        foreach (var name in StepNamesOrAll(result, stepNames))
        {
            foreach (var (output, index) in Outputs(result, name).Select((output, index) => (output, index)))
            {
                if (output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                {
                    failures.Add($"  {name}[{index}]: {output.Reason} ({Abbreviate(output.Value)})");
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException("These step outputs re-ran although nothing they depend on should have changed:\n" + string.Join("\n", failures));
        }
    }

    /// <summary>The reasons of all outputs of <paramref name="stepName"/> in this run, in the driver's order.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRun run, string stepName) => Reasons(run.Result, stepName);

    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string stepName) =>
        Outputs(result, stepName).Select(output => output.Reason).ToList();

    /// <summary>
    /// Hint names of the sources that this run (re)produced: source output steps whose outputs are New or Modified.
    /// Cached, Unchanged and Removed outputs are not re-produced, and an output that only reports diagnostics has no
    /// hint name. Sorted ordinally.
    /// </summary>
    /// <remarks>
    /// In Roslyn 4.14 a source output step's output value is a
    /// <c>ValueTuple&lt;ImmutableArray&lt;GeneratedSourceText&gt;, ImmutableArray&lt;Diagnostic&gt;&gt;</c>: the sources
    /// and diagnostics of one call of the RegisterSourceOutput action. GeneratedSourceText is internal, so its HintName
    /// is read by reflection; a change of that shape fails here rather than silently finding nothing.
    /// </remarks>
    public static IReadOnlyList<string> ModifiedSourceHintNames(GeneratorRun run) => ModifiedSourceHintNames(run.Result);

    public static IReadOnlyList<string> ModifiedSourceHintNames(GeneratorRunResult result) =>
        new[] { SourceOutput, ImplementationSourceOutput }
            .Where(result.TrackedOutputSteps.ContainsKey)
            .SelectMany(name => result.TrackedOutputSteps[name])
            .SelectMany(step => step.Outputs)
            .Where(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            .SelectMany(output => HintNamesOf(output.Value))
            .Distinct()
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// No output of the named steps (default: all of the generator's own) holds a Compilation, ISymbol, SyntaxNode or
    /// SyntaxTree anywhere in its object graph: such values never compare equal across runs and keep whole
    /// compilations alive, which defeats the driver's caching.
    /// </summary>
    public static void NoCompilerObjectsInOutputs(GeneratorRun run, params string[] stepNames) => NoCompilerObjectsInOutputs(run.Result, stepNames);

    public static void NoCompilerObjectsInOutputs(GeneratorRunResult result, params string[] stepNames)
    {
        var failures = new List<string>();
        foreach (var name in StepNamesOrAll(result, stepNames))
        {
            foreach (var (output, index) in Outputs(result, name).Select((output, index) => (output, index)))
            {
                if (ObjectGraph.FindCompilerObject(output.Value) is { } found)
                {
                    failures.Add($"  {name}[{index}]: {found}");
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException("Pipeline values must be plain data, but these outputs hold compiler objects:\n" + string.Join("\n", failures));
        }
    }

    private static IEnumerable<string> StepNamesOrAll(GeneratorRunResult result, string[] stepNames) =>
        stepNames.Length > 0
            ? stepNames
            : result.TrackedSteps.Keys.Where(name => !RoslynStepNames.Contains(name)).OrderBy(name => name, StringComparer.Ordinal);

    // A step missing from TrackedSteps is almost always a misspelt name, so it fails instead of vacuously passing.
    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs)
            : throw new XunitException($"No tracked step '{stepName}' in this run; tracked: {string.Join(", ", result.TrackedSteps.Keys.OrderBy(k => k, StringComparer.Ordinal))}");

    private static IEnumerable<string> HintNamesOf(object value)
    {
        if (value is not ITuple { Length: 2 } tuple || tuple[0] is not IEnumerable sources)
        {
            throw new XunitException($"Unexpected source output value {value.GetType()}: Roslyn changed its shape; update IncrementalAssert.HintNamesOf.");
        }

        foreach (var source in sources)
        {
            var property = source?.GetType().GetProperty("HintName");
            yield return property?.GetValue(source) as string
                ?? throw new XunitException($"Unexpected generated source {source?.GetType()}: Roslyn changed its shape; update IncrementalAssert.HintNamesOf.");
        }
    }

    private static string Abbreviate(object? value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length <= 100 ? text : text[..100] + "...";
    }
}
