using System;
using System.IO;
using CorpusGen.Cli.Infrastructure;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Units;

/// <summary>PATH arguments become the files a build would get: each once, in ordinal order, bin/ and obj/ skipped.</summary>
public sealed class InputFilesTests
{
    [Fact]
    public void Files_folders_and_globs_expand_to_sorted_unique_full_paths()
    {
        using var temp = new TempDirectory();
        foreach (var file in new[] { "corpus/b.txt", "corpus/a.txt", "corpus/deep/c.txt", "corpus/notes.md", "corpus/obj/skip.txt", "other/d.txt" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp.Combine(file))!);
            File.WriteAllText(temp.Combine(file), "x");
        }

        var all = InputFiles.Expand(new[] { "corpus", "corpus/a.txt", "other/*.txt", "corpus/**/c.txt" }, temp.Path);

        Assert.Equal(new[] { temp.Combine("corpus/a.txt"), temp.Combine("corpus/b.txt"), temp.Combine("corpus/deep/c.txt"), temp.Combine("other/d.txt") }, all);
        Assert.Equal(all, InputFiles.Expand(new[] { "other", "corpus" }, temp.Path));
    }

    [Fact]
    public void A_missing_path_or_an_empty_glob_is_a_user_error()
    {
        using var temp = new TempDirectory();

        Assert.Throws<UserErrorException>(() => InputFiles.Expand(new[] { "missing.txt" }, temp.Path));
        Assert.Throws<UserErrorException>(() => InputFiles.Expand(new[] { "missing/*.txt" }, temp.Path));
    }
}
