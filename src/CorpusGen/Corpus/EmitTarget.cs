namespace CorpusGen.Corpus;

/// <summary>Where and how a generated index class and its articles are written.</summary>
internal sealed record EmitTarget(string? Namespace, string ClassName, bool IsPublic, bool SupportsNullable, bool HasNotNullWhen);
