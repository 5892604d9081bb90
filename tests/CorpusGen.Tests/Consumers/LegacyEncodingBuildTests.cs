using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// The advice of CG0011, proved with the SDK's compiler: a Windows-1252 article is read as UTF-8 with U+FFFD
/// (CG0011 at its first damaged line), and <c>&lt;CodePage&gt;1252&lt;/CodePage&gt;</c> makes the compiler read it
/// right. The caveat too: with the code page set, a UTF-8 article without a BOM is read as Windows-1252, one with a
/// BOM still as UTF-8. One project, two builds.
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class LegacyEncodingBuildTests
{
    private const string Legacy = "corpus/legacy.txt";
    private const string Utf8 = "corpus/utf8.txt";
    private const string Utf8Bom = "corpus/utf8-bom.txt";

    // Written for this test. Six characters that Windows-1252 stores as one byte each and UTF-8 cannot read:
    // e-acute 0xE9 (twice), curly quotes 0x93 0x94, em dash 0x97, apostrophe 0x92; the first on line 3.
    private const string LegacyHeadline = "Harbour cafe keeps its licence";
    private const string LegacyFirst = "The owners of the Caf\u00E9 Mar\u00E9e called the ruling \u201Clong overdue\u201D \u2014 and thanked their regulars.";
    private const string LegacyLast = "The council\u2019s licensing panel voted five to two on Thursday.";

    private const string Utf8First = "A na\u00EFve visitor asked for \u201Cthe usual\u201D at the quay kiosk.";

    private const string Statements = """
                    foreach (var article in Articles.All)
                    {
                        Print(article.SourcePath + ".title", article.Title);
                        Print(article.SourcePath + ".first", article.Paragraphs[0]);
                        Print(article.SourcePath + ".last", article.Paragraphs[article.Paragraphs.Count - 1]);
                    }
        """;

    private readonly ConsumerFixture _fixture;

    public LegacyEncodingBuildTests(ConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void A_Windows_1252_article_is_CG0011_at_its_first_damaged_line_and_reads_right_with_CodePage_1252()
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder("codepage"), "Legacy");
        app.WriteProject(Project(codePage: null));
        app.Write("Program.cs", ConsumerPrograms.Program("Legacy", Statements));
        WriteBytes(app, Legacy, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(LegacyHeadline + "\n\n" + LegacyFirst + "\n\n" + LegacyLast + "\n"));
        WriteBytes(app, Utf8, Encoding.UTF8.GetBytes("Quay kiosk reopens\n\n" + Utf8First + "\n"));
        WriteBytes(app, Utf8Bom, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Quay kiosk reopens again\n\n" + Utf8First + "\n")).ToArray());
        app.Restore();

        // Without a code page: read as UTF-8, each Windows-1252 byte a U+FFFD. (On Windows the compiler falls back to
        // the system's ANSI code page instead, so there is nothing to see there.)
        var plain = _fixture.Dotnet(app.Directory, "build", app.ProjectPath, "--no-restore", "-c", "Debug");
        if (!OperatingSystem.IsWindows())
        {
            var warnings = plain.Output.Split('\n').Where(l => l.Contains(": warning CG", StringComparison.Ordinal)).Distinct().ToList();
            var warning = Assert.Single(warnings);
            Assert.Contains(app.PathOf(Legacy) + "(3,1): warning CG0011: '" + Legacy + "' contains 6 replacement character(s) (U+FFFD), the first on line 3", warning, StringComparison.Ordinal);
            Assert.Contains("<CodePage>1252</CodePage>", warning, StringComparison.Ordinal);
            ConsumerOutput.AssertContains(
                new Dictionary<string, string>
                {
                    [Legacy + ".title"] = LegacyHeadline,
                    [Legacy + ".first"] = LegacyFirst.Replace('\u00E9', '\uFFFD').Replace('\u201C', '\uFFFD').Replace('\u201D', '\uFFFD').Replace('\u2014', '\uFFFD'),
                    [Legacy + ".last"] = LegacyLast.Replace('\u2019', '\uFFFD'),
                    [Utf8 + ".first"] = Utf8First,
                    [Utf8Bom + ".first"] = Utf8First,
                },
                app.Run());
        }

        // With CodePage 1252: no warning and the right characters; the UTF-8 file with a BOM is still UTF-8, the one
        // without is now read as Windows-1252 (the caveat in CG0011 and the README).
        app.WriteProject(Project(codePage: "1252"));
        app.Build();
        ConsumerOutput.AssertContains(
            new Dictionary<string, string>
            {
                [Legacy + ".title"] = LegacyHeadline,
                [Legacy + ".first"] = LegacyFirst,
                [Legacy + ".last"] = LegacyLast,
                [Utf8Bom + ".first"] = Utf8First,
                [Utf8 + ".first"] = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(Encoding.UTF8.GetBytes(Utf8First)),
            },
            app.Run());
    }

    private string Project(string? codePage) => ProjectXml.Project(
        "net10.0",
        "Legacy",
        ProjectXml.Language("latest", "enable")
            + ProjectXml.Property("TreatWarningsAsErrors", "false")
            + (codePage is null ? string.Empty : ProjectXml.Property("CodePage", codePage)),
        ProjectXml.CorpusGenReference(_fixture) + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*.txt\" />"));

    private static void WriteBytes(ConsumerProject app, string relativePath, byte[] bytes)
    {
        var path = app.PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
