using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Benchmarks;

/// <summary>
/// The baseline: read each file and emit it verbatim as one escaped u8 literal, in one output. No parsing,
/// deduplication or naming: the least work any corpus generator must do.
/// </summary>
// Run in process by the benchmark's GeneratorDriver only, never loaded by a compiler, so the rules for shipped
// analyzers (netstandard2.0 target, extended analyzer rules) do not apply.
#pragma warning disable RS1036, RS1041
[Generator(LanguageNames.CSharp)]
public sealed class VerbatimGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var texts = context.AdditionalTextsProvider
            .Select(static (file, ct) => file.GetText(ct)?.ToString() ?? string.Empty)
            .Collect();
        context.RegisterSourceOutput(texts, static (spc, all) =>
        {
            var source = new StringBuilder("internal static class Verbatim\n{\n");
            for (var i = 0; i < all.Length; i++)
            {
                source.Append("    public static System.ReadOnlySpan<byte> F").Append(i).Append(" => ")
                    .Append(SymbolDisplay.FormatLiteral(all[i], quote: true)).Append("u8;\n");
            }

            spc.AddSource("Verbatim.g.cs", source.Append("}\n").ToString());
        });
    }
}
