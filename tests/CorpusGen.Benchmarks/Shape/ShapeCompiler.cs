using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Benchmarks.Shape;

/// <summary>One timed compile: parsing, declaring, and the rest (binding, lowering, IL, PE, PDB, ref assembly).</summary>
/// <param name="Cpu">Processor time of the whole process meanwhile (all threads, GC included): on a machine shared by
/// other builds it varies less than wall-clock time, which the compiler's own parallelism and the load both move.</param>
internal readonly record struct CompileTime(TimeSpan Parse, TimeSpan Declare, TimeSpan Emit, TimeSpan Cpu)
{
    public TimeSpan Total => Parse + Declare + Emit;
}

/// <summary>
/// Compiles sources in process as the SDK's <c>dotnet build -c Release</c> of a console app does: the options come
/// from the command line that MSBuild passed to csc (read from a <c>-v:d</c> build log of a net10.0 console app,
/// .NET SDK 10.0.401), parsed by the compiler's own command-line parser, and the emit writes the assembly, its
/// portable PDB and the reference assembly (<c>/refout</c>), plus the XML documentation with /doc.
/// </summary>
internal sealed class ShapeCompiler
{
    private readonly CSharpCommandLineArguments _arguments;
    private readonly CSharpCompilation _empty;

    /// <param name="documentationFile">
    /// As with <c>GenerateDocumentationFile=true</c> (csc gets <c>/doc:</c>); without it csc gets no /doc, which is
    /// the SDK's default for an app.
    /// </param>
    public ShapeCompiler(bool documentationFile)
    {
        var args = new List<string>
        {
            "/noconfig", "/unsafe-", "/checked-", "/nowarn:1701,1702,8002", "/fullpaths", "/nostdlib+", "/warn:10",
            "/define:TRACE;RELEASE;NET;NET10_0;NETCOREAPP", "/highentropyva+", "/nullable:enable", "/debug-", "/debug:portable",
            "/filealign:512", "/optimize+", "/out:obj/Consumer.dll", "/refout:obj/refint/Consumer.dll", "/target:exe",
            "/warnaserror-", "/utf8output", "/deterministic+", "/langversion:14.0",
        };
        if (documentationFile)
        {
            args.Add("/doc:obj/Consumer.xml");
        }

        _arguments = CSharpCommandLineParser.Default.Parse(args, Path.GetTempPath(), sdkDirectory: null);
        if (_arguments.Errors.Any(e => e.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(string.Join("\n", _arguments.Errors));
        }

        _empty = CSharpCompilation.Create("Consumer", references: Basic.Reference.Assemblies.Net100.References.All, options: _arguments.CompilationOptions);
        Describe = $"DocumentationMode.{_arguments.ParseOptions.DocumentationMode}, {_arguments.CompilationOptions.OptimizationLevel}, " +
            $"PDB {_arguments.EmitOptions.DebugInformationFormat}, ref assembly {(_arguments.OutputRefFilePath is null ? "no" : "yes")}, " +
            $"XML docs {(_arguments.DocumentationPath is null ? "no" : "yes")}";
    }

    public string Describe { get; }

    public CSharpParseOptions ParseOptions => _arguments.ParseOptions;

    /// <summary>Compiles the sources once; fails on any compile error, so a variant that broke the code cannot look fast.</summary>
    public CompileTime Compile(IReadOnlyList<Source> sources, CSharpParseOptions? parseOptions = null)
    {
        var options = parseOptions ?? _arguments.ParseOptions;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var trees = sources.Select(s => Parse(s, options)).ToList();
        var parsed = watch.Elapsed;
        var compilation = _empty.AddSyntaxTrees(trees);
        compilation.GetDeclarationDiagnostics();
        var declared = watch.Elapsed;
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        using var reference = new MemoryStream();
        using var xml = _arguments.DocumentationPath is null ? null : new MemoryStream();
        var result = compilation.Emit(pe, pdb, xml, metadataPEStream: reference, options: _arguments.EmitOptions);
        var emitted = watch.Elapsed;
        process.Refresh();
        var cpuUsed = process.TotalProcessorTime - cpu;
        if (!result.Success)
        {
            throw new InvalidOperationException("compile errors:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        return new CompileTime(parsed, declared - parsed, emitted - declared, cpuUsed);
    }

    /// <summary>
    /// As a build gets its sources: UTF-8 text (a file, or what AddSource makes of a generator's string), whose
    /// SHA-256 checksum goes into the PDB.
    /// </summary>
    private static SyntaxTree Parse(Source source, CSharpParseOptions options) =>
        CSharpSyntaxTree.ParseText(SourceText.From(source.Text, Encoding.UTF8, SourceHashAlgorithm.Sha256), options, source.Name);

    /// <summary>Warnings a variant gives (a variant should give none, as the real output does).</summary>
    public int Warnings(IReadOnlyList<Source> sources)
    {
        var trees = sources.Select(s => Parse(s, _arguments.ParseOptions));
        return _empty.AddSyntaxTrees(trees).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Warning);
    }
}
