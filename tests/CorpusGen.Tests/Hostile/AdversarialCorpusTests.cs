using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Hostile;

/// <summary>Each hostile file next to a good one: the right diagnostic, the build succeeds, the good article is untouched.</summary>
public class AdversarialCorpusTests
{
    private static readonly TestAdditionalText s_good = TestCorpus.File("corpus/good.txt", TestCorpus.Texts.Ferry);
    private static readonly string s_goodPart = TestCorpus.Run(new[] { s_good }).ArticlePart("HarbourFerryAddsLateSailings", "corpus/good.txt");

    public static IEnumerable<object[]> Cases => AdversarialCorpus.Cases.Select(c => new object[] { c });

    private static TestAdditionalText Decode(AdversarialCorpus.Case file) =>
        TestAdditionalText.FromBytes(TestCorpus.ProjectDir + file.RelativePath, file.Bytes, Encoding.UTF8);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_file_gives_its_diagnostic_and_leaves_the_rest_alone(AdversarialCorpus.Case file)
    {
        var run = TestCorpus.Run(new AdditionalText[] { s_good, Decode(file) });

        run.AssertNoCompileDiagnostics();
        Assert.Equal(s_goodPart, run.ArticlePart("HarbourFerryAddsLateSailings", "corpus/good.txt"));
        Assert.Equal(file.ExpectedDiagnostic is null ? new string[0] : new[] { file.ExpectedDiagnostic }, run.GeneratorDiagnosticIds.Distinct());
        var articles = run.ArticleNames();
        if (file.ExpectedArticle is null)
        {
            Assert.Single(articles);
        }
        else
        {
            Assert.Equal(2, articles.Count);
            Assert.Contains(articles, name => name.StartsWith(file.ExpectedArticle, System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public void UTF16_file_text_is_decoded()
    {
        var run = TestCorpus.Run(new[] { Decode(AdversarialCorpus.Cases.Single(c => c.Name == "UTF-16 with BOM")) });

        Assert.Contains("Fares rise to \u00A32.80.\n", run.ArticleSource("WideStory"));
    }

    [Fact]
    public void Odd_paths_keep_their_exact_project_relative_source_path()
    {
        var run = TestCorpus.Run(new[] { Decode(AdversarialCorpus.Cases.Single(c => c.Name == "path with spaces and non-ASCII")) });

        Assert.Contains("\ncorpus/with space/Z\u00FCrich \u6771\u4EAC.txt\n", run.ArticleSource("LakeFerry"));
    }

    [Fact]
    public void Files_differing_only_in_case_are_separate_articles_with_separate_files()
    {
        var run = TestCorpus.Run(new AdditionalText[]
        {
            TestCorpus.File("corpus/Story.txt", "Abc\nFirst story.\n"),
            TestCorpus.File("corpus/story.txt", "ABC\nSecond story.\n"),
            TestCorpus.File("corpus/STORY.txt", "Abc\nThird story.\n"),
        });

        run.AssertNoCompileDiagnostics();
        Assert.Equal(new[] { "ABC", "Abc_STORY", "Abc_Story" }, run.ArticleNames().OrderBy(n => n, System.StringComparer.Ordinal));
        var hints = run.Sources.Select(s => s.HintName).ToList();
        Assert.Equal(hints.Count, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(new[] { "CG0003" }, run.GeneratorDiagnosticIds);
    }

    [Fact]
    public void Ten_thousand_tiny_files_all_become_articles_that_compile()
    {
        var files = Enumerable.Range(0, 10_000)
            .Select(i => TestCorpus.File("corpus/tiny/" + i.ToString("D5", CultureInfo.InvariantCulture) + ".txt", "Tiny " + (i % 100).ToString(CultureInfo.InvariantCulture) + "\nItem " + i.ToString(CultureInfo.InvariantCulture) + ".\n"))
            .ToArray();

        var run = TestCorpus.Run(files, program: "System.Console.Write(Demo.Articles.All.Count + \" \" + Demo.Articles.All[9999].Paragraphs[0]);", trackSteps: false);

        // One source per slot, not per article: the type, the index and at most every slot.
        Assert.Equal(10_000, run.ArticleNames().Count);
        Assert.InRange(run.Sources.Length, 3, CorpusGen.Corpus.SlotPlan.SlotCount + 2);
        Assert.All(run.GeneratorDiagnosticIds, id => Assert.Equal("CG0003", id));
        Assert.Equal("10000 Item 9999.", run.CompileAndRun());
    }
}
