using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Cli.Running;

/// <summary>
/// The analyzer config options a build passes: build_property.X globally, build_metadata.AdditionalFiles.X per
/// AdditionalFiles path. As in MSBuild's generated .globalconfig, every declared key is present (empty when unset),
/// so the generator sees exactly what it sees in a build.
/// </summary>
internal sealed class BuildOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions s_empty = new(ImmutableDictionary<string, string>.Empty);
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _files;

    public BuildOptionsProvider(ImmutableDictionary<string, string> global, ImmutableDictionary<string, ImmutableDictionary<string, string>> files)
    {
        GlobalOptions = new DictionaryOptions(global);
        _files = files;
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : s_empty;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
