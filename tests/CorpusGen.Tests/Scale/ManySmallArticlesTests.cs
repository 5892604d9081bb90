using System.Globalization;
using System.Linq;
using CorpusGen.Corpus;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Scale;

/// <summary>
/// 70,000 small articles: more than the 65,535 u8 or data-section literals an assembly may hold (beyond that the
/// program fails at run time with TypeLoadException), so this only builds and runs because a class's text is a few
/// literals per slot, not one per article or paragraph. It is also more than one type has room for as properties
/// (65,535 methods): the articles past <see cref="CorpusBuilder.MaxPropertiesPerClass"/> are reached by name (CG0014).
/// </summary>
public class ManySmallArticlesTests
{
    [Fact]
    public void Seventy_thousand_small_articles_build_and_run()
    {
        var files = Enumerable.Range(0, 70_000)
            .Select(i => (AdditionalText)TestCorpus.File(
                "corpus/" + (i % 100).ToString("D2", CultureInfo.InvariantCulture) + "/" + i.ToString("D5", CultureInfo.InvariantCulture) + ".txt",
                "Report number " + i.ToString(CultureInfo.InvariantCulture) + "\nThe count for day " + i.ToString(CultureInfo.InvariantCulture) + " was taken at noon.\n"))
            .ToArray();

        var run = TestCorpus.Run(
            files,
            program: "System.Console.Write(Demo.Articles.Count + \" \" + Demo.Articles.All[69_999].Paragraphs[0] + \" \" + Demo.Articles.ReportNumber12345.SourcePath + \" \" + (Demo.Articles.TryGet(\"ReportNumber69999\", out var a) ? a.Paragraphs[0] : \"missing\"));",
            trackSteps: false);

        // About 11M characters with names, ids and tables: more than the string heap holds, so UTF-8 literals.
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("CG0014", diagnostic.Id);
        Assert.Contains("the 5000 articles from 'corpus/92/", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.InRange(run.Sources.Length, 3, SlotPlan.SlotCount + 2);
        Assert.Contains(run.Sources, s => s.Text.Contains("\"u8", System.StringComparison.Ordinal));
        Assert.Equal(CorpusBuilder.MaxPropertiesPerClass, run.ArticleNames().Count);
        Assert.Equal("70000 The count for day 69999 was taken at noon. corpus/45/12345.txt The count for day 69999 was taken at noon.", run.CompileAndRun());
    }
}
