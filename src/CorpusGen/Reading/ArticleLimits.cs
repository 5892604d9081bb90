using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.Reading;

/// <summary>
/// Guards against files that are not articles at all (a log, a dump, a book): they would bloat every build and the
/// IDE. Sizes are in characters of decoded text, which is what the compiler hands the generator.
/// </summary>
internal sealed record ArticleLimits(int MaxFileSize, int MaxParagraphs)
{
    public const int DefaultMaxFileSize = 1_000_000;
    public const int DefaultMaxParagraphs = 10_000;

    public static ArticleLimits Default { get; } = new(DefaultMaxFileSize, DefaultMaxParagraphs);

    /// <summary>Reads the limits; an invalid value falls back to the default (GeneratorOptionsReader reports it).</summary>
    public static ArticleLimits Read(AnalyzerConfigOptions global)
        => new(
            ReadPositive(global, MsBuildKeys.MaxFileSize) ?? DefaultMaxFileSize,
            ReadPositive(global, MsBuildKeys.MaxParagraphs) ?? DefaultMaxParagraphs);

    public static int? ReadPositive(AnalyzerConfigOptions global, string key)
    {
        var text = ArticleFileClassifier.ReadOption(global, key);
        return text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
    }
}
