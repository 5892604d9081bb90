using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// What MSBuild hands the generator through the generated .globalconfig: global keys (build_property.X for each
/// CompilerVisibleProperty) and per-AdditionalFiles-path keys (build_metadata.AdditionalFiles.X for each
/// CompilerVisibleItemMetadata). Immutable, so one base setup can be shared and varied per test.
/// </summary>
/// <remarks>
/// Per-file options do not include the global keys, as in the compiler; syntax trees get no options. Unlike MSBuild,
/// nothing is present unless set: MSBuild writes every declared key, empty when unset, so a generator must treat
/// "missing" and "" alike — use <c>WithFile(path, key, "")</c> to test the empty case.
/// </remarks>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string PropertyPrefix = "build_property.";
    public const string AdditionalFileMetadataPrefix = "build_metadata.AdditionalFiles.";

    private static readonly ImmutableDictionary<string, string> s_noOptions =
        ImmutableDictionary.Create<string, string>(AnalyzerConfigOptions.KeyComparer);

    private static readonly DictionaryOptions s_emptyOptions = new(s_noOptions);

    private readonly ImmutableDictionary<string, string> _global;

    // Keyed by AdditionalText.Path, compared ordinally like the compiler's per-path sections.
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _files;

    private TestOptionsProvider(
        ImmutableDictionary<string, string> global,
        ImmutableDictionary<string, ImmutableDictionary<string, string>> files)
    {
        _global = global;
        _files = files;
        GlobalOptions = new DictionaryOptions(global);
    }

    public static TestOptionsProvider Create() =>
        new(s_noOptions, ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_emptyOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : s_emptyOptions;

    public TestOptionsProvider WithGlobal(string key, string value) => new(_global.SetItem(key, value), _files);

    /// <summary><c>WithProperty("RootNamespace", "Demo")</c> sets <c>build_property.RootNamespace</c>.</summary>
    public TestOptionsProvider WithProperty(string name, string value) => WithGlobal(PropertyPrefix + name, value);

    public TestOptionsProvider WithFile(string path, string key, string value)
    {
        var options = _files.TryGetValue(path, out var existing) ? existing : s_noOptions;
        return new(_global, _files.SetItem(path, options.SetItem(key, value)));
    }

    /// <summary><c>WithMetadata(path, "CorpusGenName", "X")</c> sets <c>build_metadata.AdditionalFiles.CorpusGenName</c>.</summary>
    public TestOptionsProvider WithMetadata(string path, string name, string value) =>
        WithFile(path, AdditionalFileMetadataPrefix + name, value);

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
