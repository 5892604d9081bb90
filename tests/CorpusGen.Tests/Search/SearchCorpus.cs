using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Tests.Search;

/// <summary>The seed and short articles written for the search tests, with CorpusGenSearch on.</summary>
internal static class SearchCorpus
{
    public const string Rates =
        "Central bank holds interest rates\n\n" +
        "The central bank kept interest rates at 4.5% on Thursday, saying inflation was still too high.\n\n" +
        "Economists had expected the bank to hold rates until the spring.\n";

    public const string Cafe =
        "Caf\u00E9 owners protest new rules\n\n" +
        "Owners of the city's CAF\u00C9S marched on Tuesday against rules on pavement seating.\n\n" +
        "The na\u00EFve plan, one owner said, would close a third of the terraces.\n";

    public const string Storm =
        "Storm closes coastal roads\n\n" +
        "A winter storm closed coastal roads and cut power to 20,000 homes, the council said.\n\n" +
        "Engineers expect to restore power to most homes by Friday; interest in generators has soared.\n";

    public static TestAdditionalText[] Files() => new[]
    {
        TestCorpus.Seed(),
        TestCorpus.File("corpus/business/rates.txt", Rates),
        TestCorpus.File("corpus/city/cafe.txt", Cafe),
        TestCorpus.File("corpus/weather/storm.txt", Storm),
    };

    public static TestOptionsProvider Options(bool search = true) => TestCorpus.Options().WithProperty("CorpusGenSearch", search ? "true" : "false");

    public static GeneratorRun Run(string? program = null, LanguageVersion version = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable, TestOptionsProvider? options = null) =>
        TestCorpus.Run(Files(), options ?? Options(), program, version, nullable);
}
