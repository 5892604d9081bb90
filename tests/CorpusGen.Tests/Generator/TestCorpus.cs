using System.Collections.Generic;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CorpusGen.Tests.Generator;

/// <summary>A project as MSBuild would describe it to the generator: RootNamespace Demo, in /project/.</summary>
internal static class TestCorpus
{
    public const string ProjectDir = "/project/";
    public const string SeedRelativePath = "corpus/000_4b3ca78899aa5c2a.txt";

    public static TestAdditionalText Seed(string relativePath = SeedRelativePath) =>
        TestAdditionalText.FromFile(RepoPaths.SeedPath, ProjectDir + relativePath);

    public static TestAdditionalText File(string relativePath, string text) =>
        TestAdditionalText.FromString(ProjectDir + relativePath, text);

    public static TestOptionsProvider Options() =>
        TestOptionsProvider.Create().WithProperty("RootNamespace", "Demo").WithProperty("ProjectDir", ProjectDir);

    public static GeneratorRun Run(
        IEnumerable<AdditionalText> files,
        TestOptionsProvider? options = null,
        string? program = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        NullableContextOptions nullable = NullableContextOptions.Enable,
        bool trackSteps = true) =>
        GeneratorHarness.Run(new CorpusGenerator(), files, options ?? Options(), program, languageVersion: languageVersion, nullable: nullable, trackSteps: trackSteps);

    /// <summary>Short articles written for the tests, one per format the parser knows.</summary>
    public static class Texts
    {
        public const string Ferry =
            "Harbour ferry adds late sailings\n\n" +
            "The harbour ferry will run two extra evening sailings from December, the operator said on Monday.\n\n" +
            "Single fares are unchanged at \u00A32.80, and season tickets remain valid.\n";

        public const string Library =
            "Library opens on Sundays\n\n" +
            "The central library will open on Sundays from next month after a vote by the city council.\n";

        public const string LibraryAgain =
            "Library opens on Sundays\n\n" +
            "A second, different story with the same headline: the branch libraries will share a mobile service.\n";

        public const string Mayor =
            "Photo of Mayor Elena Rossi at the reopened ferry terminal.\r\n" +
            "GENOA:\r\n" +
            "Mayor Elena Rossi reopened the east ferry terminal on Saturday after an eighteen-month refit.\r\n" +
            "\"A harbour city should be able to reach its own water,\" Rossi told the crowd.\r\n" +
            "Mayor Elena Rossi reopened the east ferry terminal on Saturday after an eighteen-month refit.\r\n" +
            "(c) 2024 Example Wire Service\r\n" +
            "Read more local news every morning in our newsletter\r\n";
    }
}
