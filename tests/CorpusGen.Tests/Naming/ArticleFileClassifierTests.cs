using CorpusGen.Reading;
using Xunit;

namespace CorpusGen.Tests.Naming;

public class ArticleFileClassifierTests
{
    [Theory]
    [InlineData("corpus/a.txt", null, true)]
    [InlineData("corpus/A.TXT", null, true)]
    [InlineData("BannedSymbols.txt", null, false)]
    [InlineData("BannedSymbols.Core.txt", null, false)]
    [InlineData("PublicAPI.Shipped.txt", null, false)]
    [InlineData("PublicAPI.Unshipped.txt", null, false)]
    [InlineData("notes.md", null, false)]
    [InlineData("notes.md", "true", true)]
    [InlineData("BannedSymbols.txt", "True", true)]
    [InlineData("corpus/a.txt", "false", false)]
    [InlineData("corpus/a.txt", "", true)]
    public void Txt_files_are_articles_unless_metadata_or_well_known_names_say_otherwise(string path, string? metadata, bool expected)
    {
        Assert.Equal(expected, ArticleFileClassifier.IsArticle(path, metadata));
    }

    [Theory]
    [InlineData("/repo/app/", "/repo/app/corpus/a.txt", "corpus/a.txt")]
    [InlineData("/repo/app", "/repo/app/corpus/a.txt", "corpus/a.txt")]
    [InlineData("/repo/app/", "/repo/corpus/a.txt", "../corpus/a.txt")]
    [InlineData("C:\\repo\\app\\", "C:\\repo\\app\\corpus\\a.txt", "corpus/a.txt")]
    [InlineData("C:\\repo\\app\\", "D:\\corpus\\a.txt", "D:/corpus/a.txt")]
    [InlineData(null, "/repo/app/a.txt", "/repo/app/a.txt")]
    public void Source_paths_are_project_relative_with_forward_slashes(string? projectDir, string path, string expected)
    {
        Assert.Equal(expected, ProjectPaths.MakeRelative(projectDir, path));
    }
}
