namespace CorpusGen.Corpus;

/// <summary>Where and how a generated index class and its articles are written.</summary>
/// <param name="Utf8Text">Text is stored in "..."u8 literals: the corpus is too large for the string heap.</param>
/// <param name="SpanDecoding">Encoding.GetString takes a ReadOnlySpan&lt;byte&gt;, so UTF-8 text is decoded in place.</param>
/// <param name="ArticleTypeName">The generated article type's name (CorpusGenArticleType), in the same namespace.</param>
internal sealed record EmitTarget(
    string? Namespace,
    string ClassName,
    bool IsPublic,
    bool SupportsNullable,
    bool HasNotNullWhen,
    bool Utf8Text = false,
    bool SpanDecoding = false,
    string ArticleTypeName = Reading.GeneratorOptions.DefaultArticleTypeName)
{
    /// <summary>Where the index class <paramref name="className"/> and its articles are written.</summary>
    public static EmitTarget For(Reading.GeneratorOptions options, string className, bool utf8Text = false) =>
        new(options.Namespace, className, options.IsPublic, options.SupportsNullable, options.HasNotNullWhen, utf8Text, utf8Text && options.SpanDecoding, options.ArticleTypeName);
}
