using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Benchmarks;

/// <summary>The BBC corpus from ../shared/corpora as AdditionalFiles, and the options MSBuild would pass.</summary>
internal static class BenchmarkCorpus
{
    public static string BbcRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CorpusGen.sln")))
            {
                var root = Path.Combine(dir.FullName, "..", "shared", "corpora", "bbc-news", "bbc");
                return Directory.Exists(root)
                    ? Path.GetFullPath(root) + Path.DirectorySeparatorChar
                    : throw new InvalidOperationException("These benchmarks need ../shared/corpora/bbc-news beside the repository.");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    public static List<InMemoryText> LoadBbc()
    {
        var root = BbcRoot();
        return Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Where(p => Path.GetDirectoryName(p) + Path.DirectorySeparatorChar != root)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new InMemoryText(p, SourceText.From(File.ReadAllText(p), System.Text.Encoding.UTF8)))
            .ToList();
    }

    public static AnalyzerConfigOptionsProvider Options(string projectDir, Dictionary<string, string>? properties = null) => new Provider(projectDir, properties);

    internal sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Provider(string projectDir, Dictionary<string, string>? properties) : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions s_empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new Dictionary<string, string>(properties ?? new Dictionary<string, string>())
        {
            ["build_property.RootNamespace"] = "Bbc",
            ["build_property.ProjectDir"] = projectDir,
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_empty;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
