using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.InfrastructureTests;

public class TestOptionsProviderTests
{
    private static readonly TestAdditionalText s_file = TestAdditionalText.FromString("/project/a.txt", "A");

    [Fact]
    public void Keys_are_case_insensitive_as_in_analyzer_config()
    {
        var options = TestOptionsProvider.Create().WithProperty("RootNamespace", "Demo");

        Assert.True(options.GlobalOptions.TryGetValue("BUILD_PROPERTY.rootnamespace", out var value));
        Assert.Equal("Demo", value);
    }

    [Fact]
    public void File_options_are_per_path_and_separate_from_global_ones()
    {
        var options = TestOptionsProvider.Create()
            .WithGlobal("build_property.ProjectDir", "/project/")
            .WithMetadata(s_file.Path, "CorpusGenName", "X")
            .WithFile(s_file.Path, "build_metadata.AdditionalFiles.CorpusGen", "true");

        var fileOptions = options.GetOptions(s_file);
        Assert.True(fileOptions.TryGetValue("build_metadata.AdditionalFiles.CorpusGenName", out var name));
        Assert.Equal("X", name);
        Assert.True(fileOptions.TryGetValue("build_metadata.additionalfiles.corpusgen", out var include));
        Assert.Equal("true", include);
        Assert.False(fileOptions.TryGetValue("build_property.ProjectDir", out _));
        Assert.Empty(options.GetOptions(TestAdditionalText.FromString("/project/b.txt", "B")).Keys);
    }

    [Fact]
    public void With_methods_leave_the_original_unchanged()
    {
        var original = TestOptionsProvider.Create().WithProperty("RootNamespace", "Demo");

        var changed = original.WithProperty("RootNamespace", "Other").WithMetadata(s_file.Path, "CorpusGenName", "X");

        Assert.True(original.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value));
        Assert.Equal("Demo", value);
        Assert.Empty(original.GetOptions(s_file).Keys);
        Assert.True(changed.GlobalOptions.TryGetValue("build_property.RootNamespace", out var other));
        Assert.Equal("Other", other);
    }
}
