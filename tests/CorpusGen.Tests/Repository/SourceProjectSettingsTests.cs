using System.IO;
using CorpusGen.Tests.Consumers;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Repository;

/// <summary>
/// Directory.Build.props holds shipped code to a stricter bar than tests. Which projects are "shipped" must be decided
/// from the repository's own layout, not from folder names above it: a clone kept under ~/src/ once turned the
/// test project into a source project and broke the README's test command with hundreds of analyzer errors.
/// </summary>
public sealed class SourceProjectSettingsTests
{
    [Theory]
    [InlineData("src/CorpusGen/CorpusGen.csproj", "true")]
    [InlineData("src/CorpusGen.Demo/CorpusGen.Demo.csproj", "true")]
    [InlineData("tests/CorpusGen.Tests/CorpusGen.Tests.csproj", "false")]
    [InlineData("tests/CorpusGen.Benchmarks/CorpusGen.Benchmarks.csproj", "false")]
    public void Only_projects_under_the_repository_src_folder_are_source_projects_even_in_a_clone_under_src(string project, string expected)
    {
        using var temp = new TempDirectory();
        var clone = temp.Combine(Path.Combine("src", "work", "CorpusGen"));
        CopyMsBuildFiles(clone);

        var result = DotnetCli.RunChecked(clone, new[] { "msbuild", project, "-getProperty:IsSourceProject", "-getProperty:TreatWarningsAsErrors" });

        var isSource = result.Output.Contains("\"IsSourceProject\": \"True\"", System.StringComparison.OrdinalIgnoreCase);
        Assert.True(expected == "true" == isSource, $"{project} in a clone under src/: IsSourceProject should be {expected}.\n{result.Output}");
    }

    /// <summary>Every project and props file, where they are in the repository: what evaluation reads.</summary>
    private static void CopyMsBuildFiles(string clone)
    {
        var root = RepoPaths.RepoRoot;
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var extension = Path.GetExtension(file);
            var isMsBuild = extension is ".csproj" or ".props" or ".targets";
            if (!isMsBuild || relative.Contains("/bin/", System.StringComparison.Ordinal) || relative.Contains("/obj/", System.StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(clone, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
