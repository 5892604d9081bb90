using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.InfrastructureTests;

/// <summary>The mistake IncrementalAssert.NoCompilerObjectsInOutputs exists to catch: a pipeline value holding the Compilation.</summary>
internal sealed class LeakyGenerator : IIncrementalGenerator
{
    public const string LeakyStep = "Leaky";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var leaky = context.CompilationProvider
            .Select(static (compilation, _) => new Holder(new[] { new Inner(compilation) }))
            .WithTrackingName(LeakyStep);
        context.RegisterSourceOutput(leaky, static (_, _) => { });
    }

    internal sealed record Inner(Compilation Compilation);

    internal sealed record Holder(Inner[] Items);
}
