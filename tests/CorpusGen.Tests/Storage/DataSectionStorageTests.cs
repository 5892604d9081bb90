using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CorpusGen.Corpus;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Storage;

/// <summary>
/// The compiler's experimental data-section switch: read from the parse options, trusted only from a compiler that
/// has it, and counted in the storage choice per literal, as the compiler moves literals.
/// </summary>
public class DataSectionStorageTests
{
    private static readonly Version s_roslyn5 = new(5, 0, 0, 0);

    private static CSharpParseOptions With(string? value) =>
        value is null
            ? CSharpParseOptions.Default
            : CSharpParseOptions.Default.WithFeatures(new[] { new KeyValuePair<string, string>(DataSectionStrings.FeatureName, value) });

    [Theory]
    [InlineData(null, null)]
    [InlineData("0", 0)]
    [InlineData("5000", 5000)]
    [InlineData("true", 100)] // what MSBuild passes for the bare flag; the compiler's default threshold
    [InlineData("lots", 100)]
    [InlineData("off", null)]
    public void The_threshold_is_read_as_the_compiler_reads_it(string? value, int? expected)
        => Assert.Equal(expected, DataSectionStrings.Threshold(With(value), s_roslyn5));

    [Fact]
    public void A_compiler_older_than_the_switch_is_not_trusted_with_it()
        => Assert.Null(DataSectionStrings.Threshold(With("0"), new Version(4, 14, 0, 0)));

    [Fact]
    public void Beyond_the_string_limit_literals_the_compiler_moves_do_not_count()
    {
        var files = new[] { File("a.txt", "Story A\nFirst paragraph of A.\n"), File("b.txt", "Story B\nFirst paragraph of B.\n") };

        // 10 characters is far below this corpus; it stays in strings only where the compiler moves every literal.
        Assert.True(Build(files, dataSectionThreshold: null).ArticleType!.Utf8Text);
        Assert.False(Build(files, dataSectionThreshold: 0).ArticleType!.Utf8Text);
        Assert.True(Build(files, dataSectionThreshold: 100_000).ArticleType!.Utf8Text);
    }

    [Fact]
    public void A_slot_with_a_lone_surrogate_stays_in_the_string_heap_and_counts()
    {
        // The compiler moves only literals that are valid UTF-8.
        var files = new[] { File("a.txt", "Story A\nHalf a pair: " + (char)0xD800 + " here.\n") };

        Assert.True(Build(files, dataSectionThreshold: 0).ArticleType!.Utf8Text);
    }

    private static ParsedArticle File(string path, string text) => Naming.CorpusBuilderTests.File(path, text);

    private static CorpusModel Build(ParsedArticle[] files, int? dataSectionThreshold)
    {
        var options = new GeneratorOptions("Demo", "Articles", false, true, true, EquatableArray<DiagnosticInfo>.Empty, SupportsUtf8: true, StringLimit: 10, DataSectionThreshold: dataSectionThreshold);
        return CorpusBuilder.Build(files.ToImmutableArray(), options, CancellationToken.None);
    }
}
