using Microsoft.CodeAnalysis;

namespace CorpusGen.Reading;

/// <summary>What the consumer's compilation offers the generated code, as plain values.</summary>
/// <param name="HasNotNullWhen">NotNullWhenAttribute is accessible, so TryGet can be annotated.</param>
/// <param name="HasReadOnlySpan">ReadOnlySpan&lt;T&gt; exists, which u8 literals need.</param>
/// <param name="HasSpanGetString">Encoding.GetString(ReadOnlySpan&lt;byte&gt;) exists (not on netstandard2.0).</param>
internal readonly record struct CompilationFacts(bool HasNotNullWhen, bool HasReadOnlySpan, bool HasSpanGetString = false)
{
    public static CompilationFacts Of(Compilation compilation) => new(
        IsAccessible(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"),
        IsAccessible(compilation, "System.ReadOnlySpan`1"),
        SpanGetStringExists(compilation));

    private static bool SpanGetStringExists(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName("System.Text.Encoding") is not { } encoding)
        {
            return false;
        }

        foreach (var member in encoding.GetMembers("GetString"))
        {
            if (member is IMethodSymbol { Parameters.Length: 1 } method
                && method.Parameters[0].Type is INamedTypeSymbol { Name: "ReadOnlySpan", Arity: 1 } span
                && span.TypeArguments[0].SpecialType == SpecialType.System_Byte)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAccessible(Compilation compilation, string metadataName)
        => compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly);
}
