using System.Collections.Generic;
using System.Collections.Immutable;

namespace CorpusGen.Cli.Running;

/// <summary>
/// Everything a build would hand the generator, as plain values: the AdditionalFiles with their item metadata, the
/// MSBuild properties (as the build_property./build_metadata. keys of the generated .globalconfig), and the
/// language options of the compilation.
/// </summary>
/// <param name="Files">Full paths, in ordinal order.</param>
/// <param name="Properties">build_property.X keys and their values.</param>
/// <param name="Metadata">Per full path, build_metadata.AdditionalFiles.X keys and their values.</param>
/// <param name="LanguageVersion">The project's LangVersion (null: the compiler's default, "latest").</param>
/// <param name="Features">The project's Features property (experimental-data-section-string-literals).</param>
/// <param name="CodePage">The project's CodePage: how the compiler decodes a file that is not UTF-8.</param>
internal sealed record CorpusInput(
    IReadOnlyList<string> Files,
    ImmutableDictionary<string, string> Properties,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> Metadata,
    string? LanguageVersion = null,
    string? Features = null,
    int? CodePage = null);
