using CorpusGen.Diagnostics;
using CorpusGen.Helpers;

namespace CorpusGen.Reading;

/// <summary>Project-wide settings, read from MSBuild properties and the compilation's language options.</summary>
/// <param name="Namespace">Namespace of the generated types; null for the global namespace.</param>
/// <param name="ClassName">Default index class for articles without CorpusGenClass metadata.</param>
/// <param name="IsPublic">Generated types are public instead of internal.</param>
/// <param name="SupportsNullable">C# 8 or later: emit nullable annotations.</param>
/// <param name="HasNotNullWhen">The target framework has NotNullWhenAttribute, so TryGet can be annotated.</param>
internal sealed record GeneratorOptions(
    string? Namespace,
    string ClassName,
    bool IsPublic,
    bool SupportsNullable,
    bool HasNotNullWhen,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public const string DefaultClassName = "Articles";

    /// <summary>The generated article type; also a name no index class may take.</summary>
    public const string ArticleTypeName = "Article";

    /// <summary>Where the index class <paramref name="className"/> and its articles are written.</summary>
    public Corpus.EmitTarget TargetFor(string className) => new(Namespace, className, IsPublic, SupportsNullable, HasNotNullWhen);
}
