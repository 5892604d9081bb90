namespace CorpusGen.Corpus;

/// <summary>Where and how a generated index class and its articles are written.</summary>
/// <param name="Utf8Paragraphs">Paragraphs are stored as one u8 literal per article: the corpus is too large for strings.</param>
internal sealed record EmitTarget(string? Namespace, string ClassName, bool IsPublic, bool SupportsNullable, bool HasNotNullWhen, bool Utf8Paragraphs = false);
