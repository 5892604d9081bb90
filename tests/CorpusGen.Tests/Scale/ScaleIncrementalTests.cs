using System;
using System.Linq;
using CorpusGen.Tests.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Scale;

/// <summary>
/// A 10M-character synthetic corpus, over the default string limit, so stored as UTF-8 with shared-paragraph
/// shards: editing one file must still regenerate that article's slot only, as it does for a small corpus.
/// </summary>
public class ScaleIncrementalTests
{
    [Fact]
    public void Editing_one_file_of_a_ten_megabyte_corpus_regenerates_one_source()
    {
        var corpus = SyntheticCorpus.Generate(seed: 7, totalCharacters: 10_000_000);
        var files = corpus.Select(f => TestCorpus.File(f.RelativePath, f.Text)).ToArray();
        var first = TestCorpus.Run(files);
        Assert.Contains(first.Sources, s => s.HintName.StartsWith("Articles.Shared", StringComparison.Ordinal));

        // A file that is nobody's copy, and a paragraph of it that no other file has.
        var paragraphs = corpus.SelectMany(f => f.Text.Split("\n\n").Skip(1).Distinct()).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var index = corpus.ToList().FindLastIndex(f => corpus.Count(g => g.Text == f.Text) == 1);
        var own = corpus[index].Text.Split("\n\n").Skip(1).First(p => p.Length > 0 && paragraphs[p] == 1);
        var edited = files[index].WithText(corpus[index].Text.Replace(own, own.TrimEnd('.') + " and more.", StringComparison.Ordinal));

        var second = first.Rerun(driver => driver.ReplaceAdditionalText(files[index], edited));

        var modified = Assert.Single(IncrementalAssert.ModifiedSourceHintNames(second));
        Assert.Equal(IncrementalTests.SlotSource(corpus[index].RelativePath), modified);
        Assert.Contains(" and more.", second.Source(modified), StringComparison.Ordinal);
        Assert.Equal(first.GeneratorDiagnosticIds.Order(), second.GeneratorDiagnosticIds.Order());
    }
}
