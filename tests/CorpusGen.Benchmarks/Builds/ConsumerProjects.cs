using System.Collections.Generic;
using System.IO;
using System.Security;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>
/// The consumer apps being built: the BBC corpus in three forms (CorpusGen, hand-written literals, embedded
/// resources) and the 50 MB synthetic corpus with CorpusGen. Each prints how many articles it holds and one title,
/// so a run also proves the variant works.
/// </summary>
internal static class ConsumerProjects
{
    private const string RootNamespace = "BbcApp";

    /// <param name="generatorCache">
    /// Turn on the compiler server's opt-in generator cache (<c>enable-generator-cache</c>), which keeps the generator
    /// driver between builds, so an unchanged corpus re-runs incrementally instead of from scratch.
    /// </param>
    public static ConsumerProject BbcWithCorpusGen(BuildLayout layout, bool generatorCache = false) => new(
        generatorCache ? "BbcCorpusGenCached" : "BbcCorpusGen",
        generatorCache ? "CorpusGen with the compiler's generator cache" : "CorpusGen (AdditionalFiles + generator)",
        Project(
            layout,
            importGeneratorProps: true,
            properties: generatorCache ? "<Features>$(Features);enable-generator-cache</Features>" : "",
            items: CorpusGenItems(layout)),
        stamp => $$"""
            // {{stamp}}
            using {{RootNamespace}};

            System.Console.WriteLine($"{Articles.All.Count} articles; first: {Articles.All[0].Title}");

            """);

    /// <summary>CorpusGen with <c>CorpusGenSearch</c> on: the same app, which also runs one query.</summary>
    public static ConsumerProject BbcWithCorpusGenSearch(BuildLayout layout) => new(
        "BbcCorpusGenSearch",
        "CorpusGen with CorpusGenSearch",
        Project(layout, importGeneratorProps: true, properties: "<CorpusGenSearch>true</CorpusGenSearch>", items: CorpusGenItems(layout)),
        stamp => $$"""
            // {{stamp}}
            using {{RootNamespace}};

            System.Console.WriteLine($"{Articles.All.Count} articles; first: {Articles.All[0].Title}; 'interest rates': {Articles.CountMatches("interest rates")} matches, first {Articles.Search("interest rates", 1)[0].Article.Title}");

            """);

    private static string CorpusGenItems(BuildLayout layout) => $"""
            <Analyzer Include="{Xml(layout.GeneratorDll)}" />
            <AdditionalFiles Include="{Xml(BbcGlob(layout))}" />
        """;

    public static ConsumerProject BbcAsLiterals(BuildLayout layout) => new(
        "BbcLiterals",
        "hand-written literals (baseline)",
        Project(layout, importGeneratorProps: false, properties: "", items: ""),
        stamp => $$"""
            // {{stamp}}
            using {{RootNamespace}};

            System.Console.WriteLine($"{Texts.Count} articles; first: {Texts.T0.Split('\n')[0].Trim()}");

            """,
        new Dictionary<string, string> { ["Texts.cs"] = HandWrittenLiterals.Source(layout.BbcFiles, RootNamespace) });

    public static ConsumerProject BbcAsEmbeddedResources(BuildLayout layout) => new(
        "BbcResources",
        "EmbeddedResource, read at run time",
        Project(
            layout,
            importGeneratorProps: false,
            properties: "",
            items: $"""
                <EmbeddedResource Include="{Xml(BbcGlob(layout))}" LogicalName="bbc/%(RecursiveDir)%(Filename)%(Extension)" />
            """),
        stamp => $$"""
            // {{stamp}}
            using System;
            using System.IO;
            using System.Linq;
            using System.Reflection;

            // Every article is a manifest resource named bbc/<category>/NNN.txt; identical files counted once, as the
            // other variants do.
            var assembly = Assembly.GetExecutingAssembly();
            var texts = assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith("bbc/", StringComparison.Ordinal))
                .OrderBy(name => name, StringComparer.Ordinal)
                .Select(name =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                    return reader.ReadToEnd();
                })
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            Console.WriteLine($"{texts.Length} articles; first: {texts[0].Split('\n')[0].Trim()}");

            """);

    /// <summary>The synthetic corpus is written into the project's corpus/ folder afterwards (it is large).</summary>
    public static ConsumerProject SyntheticWithCorpusGen(BuildLayout layout) => new(
        "SyntheticCorpusGen",
        "CorpusGen on the 50 MB synthetic corpus",
        Project(
            layout,
            importGeneratorProps: true,
            // Over the string limit the text is stored as UTF-8 literals, which need C# 11 or later.
            properties: "<LangVersion>latest</LangVersion>",
            items: $"""
                <Analyzer Include="{Xml(layout.GeneratorDll)}" />
                <AdditionalFiles Include="corpus/**/*.txt" />
            """),
        stamp => $$"""
            // {{stamp}}
            using {{RootNamespace}};

            System.Console.WriteLine($"{Articles.All.Count} articles; first: {Articles.All[0].Title}");

            """);

    /// <summary>
    /// The goal's baseline for the 50 MB corpus: the cheapest form that compiles without special switches, one
    /// hand-written <c>"..."u8</c> property per unique text (string literals would overflow the #US heap).
    /// </summary>
    public static ConsumerProject SyntheticAsU8Properties(BuildLayout layout, IReadOnlyList<string> uniqueTexts) => new(
        "SyntheticU8",
        "hand-written u8 properties (baseline)",
        Project(layout, importGeneratorProps: false, properties: "<LangVersion>latest</LangVersion>", items: ""),
        stamp => $$"""
            // {{stamp}}
            using {{RootNamespace}};

            System.Console.WriteLine($"{Texts.Count} articles; first: {System.Text.Encoding.UTF8.GetString(Texts.T0).Split('\n')[0]}");

            """,
        new Dictionary<string, string> { ["Texts.cs"] = HandWrittenLiterals.Utf8Properties(uniqueTexts, RootNamespace) });

    /// <summary>The same corpus as EmbeddedResource items, read at run time; the corpus is written in afterwards.</summary>
    public static ConsumerProject SyntheticAsEmbeddedResources(BuildLayout layout) => new(
        "SyntheticResources",
        "EmbeddedResource, read at run time",
        Project(layout, importGeneratorProps: false, properties: "", items: """
                <EmbeddedResource Include="corpus/**/*.txt" LogicalName="%(RecursiveDir)%(Filename)%(Extension)" />
            """),
        stamp => $$"""
            // {{stamp}}
            using System;
            using System.IO;
            using System.Linq;
            using System.Reflection;

            var assembly = Assembly.GetExecutingAssembly();
            var texts = assembly.GetManifestResourceNames()
                .OrderBy(name => name, StringComparer.Ordinal)
                .Select(name =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                    return reader.ReadToEnd();
                })
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            Console.WriteLine($"{texts.Length} articles; first: {texts[0].Split('\n')[0].Trim()}");

            """);

    /// <summary>
    /// The files in place (no copy), &lt;category&gt;/*.txt rather than **/*.txt: MSBuild globs ignore case, so
    /// **/*.txt would also take the corpus's README.TXT, which is not an article.
    /// </summary>
    private static string BbcGlob(BuildLayout layout) => Path.Combine(layout.BbcRoot, "*", "*.txt");

    private static string Project(BuildLayout layout, bool importGeneratorProps, string properties, string items)
    {
        // The generator referenced as the NuGet package wires it: an analyzer plus its props (as the demo does).
        var import = importGeneratorProps ? $"""  <Import Project="{Xml(layout.GeneratorProps)}" />""" : "";
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
            {import}
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>{RootNamespace}</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>

            """;
    }

    private static string Xml(string text) => SecurityElement.Escape(text);
}
