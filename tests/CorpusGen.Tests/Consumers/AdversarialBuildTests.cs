using System;
using System.IO;
using System.Linq;
using CorpusGen.Diagnostics;
using CorpusGen.Tests.Hostile;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>
/// The adversarial corpus in a real project built with the packed generator: the build succeeds, each hostile file
/// gets its warning at its own path, and the good articles are in the app. (Info diagnostics such as CG0003 and
/// CG0007 are not in the log; on Windows the compiler decodes the Latin-1 byte as Windows-1252, so there is no
/// CG0011 there.)
/// </summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class AdversarialBuildTests
{
    private readonly ConsumerFixture _fixture;

    public AdversarialBuildTests(ConsumerFixture fixture) => _fixture = fixture;

    private const string Image = "corpus/photo.txt";

    [Fact]
    public void Hostile_files_give_warnings_and_the_build_succeeds()
    {
        var app = new ConsumerProject(_fixture, _fixture.NewProjectFolder("adversarial"), "Hostile");
        string Project(string extraItems) => ProjectXml.Project(
            "net10.0",
            "Hostile",
            ProjectXml.Language("latest", "enable") + ProjectXml.Property("TreatWarningsAsErrors", "false"),
            ProjectXml.CorpusGenReference(_fixture) + ProjectXml.Item("<AdditionalFiles Include=\"corpus/**/*.txt\" />") + extraItems);
        app.WriteProject(Project(string.Empty));
        app.Write("Program.cs", "foreach (var a in Hostile.Articles.All) System.Console.WriteLine(a.Name);\n");
        foreach (var file in AdversarialCorpus.Cases)
        {
            var path = app.PathOf(file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        app.Restore();

        // Image bytes that are not UTF-8 and hold NUL pairs: the compiler itself fails the build with CS2015 as
        // soon as the generator asks for the text (CorpusGen sees null and adds CG0002). Nothing a generator can
        // do about it; CorpusGen="false" keeps the compiler from reading the file at all.
        var failed = _fixture.DotnetUnchecked(app.Directory, "build", app.ProjectPath, "--no-restore", "-c", "Debug");
        Assert.Contains("error CS2015: '" + app.PathOf(Image) + "' is a binary file", failed.Output, StringComparison.Ordinal);
        app.WriteProject(Project(ProjectXml.Item("<AdditionalFiles Update=\"" + Image + "\" CorpusGen=\"false\" />")));
        var build = _fixture.Dotnet(app.Directory, "build", app.ProjectPath, "--no-restore", "-c", "Debug");

        Assert.True(build.Output.Contains("Build succeeded", StringComparison.Ordinal), build.Describe());
        Assert.DoesNotContain("CS2015", build.Output, StringComparison.Ordinal);
        foreach (var file in AdversarialCorpus.Cases.Where(c => c.ExpectedDiagnostic is not null && DiagnosticDescriptors.ById(c.ExpectedDiagnostic).DefaultSeverity == DiagnosticSeverity.Warning && c.RelativePath != Image && !(c.ExpectedDiagnostic == "CG0011" && OperatingSystem.IsWindows())))
        {
            var line = build.Output.Split('\n').FirstOrDefault(l => l.Contains(": warning " + file.ExpectedDiagnostic, StringComparison.Ordinal) && l.Contains(file.RelativePath, StringComparison.Ordinal));
            Assert.True(line is not null, $"{file.Name}: no {file.ExpectedDiagnostic} naming {file.RelativePath}\n{build.Describe()}");
        }

        var names = app.Run().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in AdversarialCorpus.Cases.Where(c => c.ExpectedArticle is not null))
        {
            Assert.Contains(names, n => n.StartsWith(file.ExpectedArticle!, StringComparison.Ordinal));
        }
    }
}
