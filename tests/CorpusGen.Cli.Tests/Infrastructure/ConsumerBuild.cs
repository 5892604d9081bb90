using System;
using System.IO;
using System.Linq;
using CorpusGen.Tests.Consumers;

namespace CorpusGen.Cli.Tests.Infrastructure;

/// <summary>
/// A real project consuming the generator as the package wires it (analyzer + build/CorpusGen.props), built with
/// <c>dotnet build</c> and EmitCompilerGeneratedFiles, to compare the tool's output with the build's own files.
/// </summary>
internal sealed class ConsumerBuild
{
    public ConsumerBuild(ToolFixture tool, string folder, string name, string additionalFiles)
    {
        Folder = folder;
        ProjectPath = Path.Combine(folder, name + ".csproj");
        var generatorDir = Path.GetDirectoryName(tool.GeneratorProject)!;
        File.WriteAllText(ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{Path.Combine(generatorDir, "build", "CorpusGen.props")}" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{tool.GeneratorProject}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                {additionalFiles}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(" + name + ".Articles.Count);\n");
    }

    public string Folder { get; }

    public string ProjectPath { get; }

    /// <summary>Where the compiler wrote CorpusGen's sources.</summary>
    public string GeneratedDir => Path.Combine(Folder, "generated", "CorpusGen", "CorpusGen.CorpusGenerator");

    public void Build()
    {
        DotnetCli.RunChecked(Folder, new[] { "build", ProjectPath, "-c", "Debug", "-nodeReuse:false", "-p:UseSharedCompilation=false" }, timeout: TimeSpan.FromMinutes(8));
        if (!Directory.Exists(GeneratedDir) || !Directory.EnumerateFiles(GeneratedDir).Any())
        {
            throw new InvalidOperationException("The build wrote no generated files to " + GeneratedDir);
        }
    }
}
