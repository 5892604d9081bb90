using System.IO;
using CorpusGen.Cli.Inspection;
using CorpusGen.Tests.Infrastructure;
using Xunit;
using static CorpusGen.Cli.Tests.Encodings.TestArticles;

namespace CorpusGen.Cli.Tests.Encodings;

/// <summary>The seam <c>inspect</c> calls per file: the encoding's name and the compiler's misreading, from disk.</summary>
public sealed class EncodingColumnTests
{
    [Fact]
    public void A_Windows_1252_file_is_named_and_warned_about_unless_the_project_reads_it_as_Windows_1252()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("legacy.txt");
        File.WriteAllBytes(path, Windows1252.GetBytes(Cafe));

        Assert.Equal("Windows-1252", EncodingColumn.Describe(path));
        Assert.StartsWith("read as UTF-8: every non-ASCII character becomes U+FFFD", EncodingColumn.Warning(path, codePage: null));
        Assert.Null(EncodingColumn.Warning(path, codePage: 1252));
    }

    [Fact]
    public void A_file_that_cannot_be_read_has_no_encoding_and_no_warning()
    {
        using var temp = new TempDirectory();
        var missing = temp.Combine("gone.txt");

        Assert.Null(EncodingColumn.Describe(missing));
        Assert.Null(EncodingColumn.Warning(missing, codePage: null));
    }
}
