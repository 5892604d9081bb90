using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Runs a generator run's program with one generated source replaced, as a placeholder would replace it.</summary>
public static class ReplacedSource
{
    /// <summary>The program's output, after asserting the replaced compilation has no warning or error.</summary>
    public static string RunWithSource(this GeneratorRun run, string hintName, string source)
    {
        var options = (CSharpParseOptions)run.OutputCompilation.SyntaxTrees.First().Options;
        var generated = run.OutputCompilation.SyntaxTrees.First(t => t.FilePath.EndsWith(hintName, StringComparison.Ordinal));
        var compilation = run.OutputCompilation.ReplaceSyntaxTree(generated, CSharpSyntaxTree.ParseText(source, options, generated.FilePath));

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return ProgramRunner.Run(compilation, Array.Empty<string>());
    }
}
