using Microsoft.CodeAnalysis;

namespace CorpusGen.Reading;

/// <summary>What the consumer's compilation offers the generated code, as plain values.</summary>
/// <param name="HasNotNullWhen">NotNullWhenAttribute is accessible, so TryGet can be annotated.</param>
/// <param name="HasReadOnlySpan">ReadOnlySpan&lt;T&gt; exists, which u8 literals need.</param>
internal readonly record struct CompilationFacts(bool HasNotNullWhen, bool HasReadOnlySpan)
{
    public static CompilationFacts Of(Compilation compilation) => new(
        IsAccessible(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"),
        IsAccessible(compilation, "System.ReadOnlySpan`1"));

    private static bool IsAccessible(Compilation compilation, string metadataName)
        => compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
}
