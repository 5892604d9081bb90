using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.Consumers;

/// <summary>The .nupkg that `dotnet pack` makes: what a consumer's restore will find in it.</summary>
[Collection(ConsumerCollection.Name)]
[Trait("Category", "Consumer")]
public sealed class PackageLayoutTests
{
    private readonly ConsumerFixture _fixture;

    public PackageLayoutTests(ConsumerFixture fixture) => _fixture = fixture;

    [Fact]
    public void Pack_reports_no_warning()
    {
        Assert.False(
            Regex.IsMatch(_fixture.PackResult.Output, @":\s*warning\s+[A-Z]+[0-9]+"),
            "dotnet pack reported a warning.\n" + _fixture.PackResult.Describe());
    }

    [Fact]
    public void Generator_ships_only_as_an_analyzer()
    {
        using var zip = ZipFile.OpenRead(_fixture.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        // Exactly one analyzer assembly: Roslyn comes from the compiler that loads it, never from the package.
        Assert.Equal(new[] { "analyzers/dotnet/cs/CorpusGen.dll" }, entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Contains("build/CorpusGen.props", entries);
        Assert.Contains("buildTransitive/CorpusGen.props", entries);
        Assert.Contains("build/CorpusGen.targets", entries);
        Assert.Contains("buildTransitive/CorpusGen.targets", entries);
        Assert.Contains("README.md", entries);
    }

    [Fact]
    public void Analyzer_assembly_loads_in_the_oldest_supported_compiler()
    {
        using var zip = ZipFile.OpenRead(_fixture.PackagePath);
        using var image = new MemoryStream();
        using (var dll = zip.GetEntry("analyzers/dotnet/cs/CorpusGen.dll")!.Open())
        {
            dll.CopyTo(image);
        }

        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();
        Assert.Equal("CorpusGen", metadata.GetString(metadata.GetAssemblyDefinition().Name));

        // Built against Roslyn 4.8 (the .NET 8 SDK's compiler), so any compiler from then on can load it.
        var roslyn = metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Where(r => metadata.GetString(r.Name) is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp")
            .ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.True(r.Version <= new Version(4, 8, 0, 0), $"{metadata.GetString(r.Name)} {r.Version} is newer than 4.8"));
    }

    [Fact]
    public void Props_make_every_setting_visible_to_the_compiler()
    {
        using var zip = ZipFile.OpenRead(_fixture.PackagePath);
        var build = ReadEntry(zip, "build/CorpusGen.props");
        Assert.Equal(build, ReadEntry(zip, "buildTransitive/CorpusGen.props"));

        var props = XDocument.Parse(build);
        var properties = props.Descendants().Where(e => e.Name.LocalName == "CompilerVisibleProperty")
            .Select(e => (string?)e.Attribute("Include")).ToList();
        // Every key the generator reads (MsBuildKeys) must be declared, except the two the SDK always passes.
        var keys = typeof(CorpusGen.Reading.MsBuildKeys).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToList();
        var expectedProperties = keys.Where(k => k.StartsWith("build_property.", StringComparison.Ordinal))
            .Select(k => k.Substring("build_property.".Length))
            .Where(p => p is not ("RootNamespace" or "ProjectDir"))
            .ToList();
        Assert.Contains("CorpusGenNamespace", expectedProperties);
        foreach (var property in expectedProperties)
        {
            Assert.Contains(property, properties);
        }

        var metadata = props.Descendants().Where(e => e.Name.LocalName == "CompilerVisibleItemMetadata")
            .Where(e => (string?)e.Attribute("Include") == "AdditionalFiles")
            .Select(e => (string?)e.Attribute("MetadataName")).ToList();
        var expectedMetadata = keys.Where(k => k.StartsWith("build_metadata.AdditionalFiles.", StringComparison.Ordinal))
            .Select(k => k.Substring("build_metadata.AdditionalFiles.".Length))
            .ToList();
        Assert.Equal(new[] { "CorpusGen", "CorpusGenName", "CorpusGenClass", "CorpusGenLayout", "CorpusGenHeadline" }, expectedMetadata);
        foreach (var name in expectedMetadata)
        {
            Assert.Contains(name, metadata);
        }
    }

    [Fact]
    public void Nuspec_has_no_dependencies_and_full_metadata()
    {
        using var zip = ZipFile.OpenRead(_fixture.PackagePath);
        var nuspec = XDocument.Parse(ReadEntry(zip, "CorpusGen.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("CorpusGen", Value("id"));
        Assert.Equal(_fixture.PackageVersion, Value("version"));
        Assert.StartsWith(_fixture.BaseVersion + "-", _fixture.PackageVersion, StringComparison.Ordinal);
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName is "dependency" or "group" or "frameworkReference");
        Assert.Equal("true", Value("developmentDependency"));

        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.False(string.IsNullOrWhiteSpace(license.Value));

        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        var tags = (Value("tags") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("source-generator", tags);
        Assert.Contains("roslyn", tags);

        // The package's README is the short PACKAGE.md, not the repository's README.
        Assert.Equal(
            File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "src", "CorpusGen", "PACKAGE.md")).ReplaceLineEndings("\n"),
            ReadEntry(zip, "README.md").ReplaceLineEndings("\n"));
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"The package has no {name}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
