namespace CorpusGen.Parsing;

/// <summary>
/// A short title made from the start of an article that has no headline: its first sentence when that is short,
/// else its first words, cut at a word boundary and marked with an ellipsis.
/// </summary>
internal static class DerivedTitle
{
    public const int MaxLength = 80;

    // A first sentence shorter than this ("Yes.") says too little to title the article.
    private const int MinSentenceLength = 20;

    public static string From(string paragraph)
    {
        var sentenceEnd = HeadlineRule.FirstSentenceEnd(paragraph);
        if (sentenceEnd >= MinSentenceLength && sentenceEnd <= MaxLength)
        {
            return WithoutFullStop(paragraph.Substring(0, sentenceEnd));
        }

        if (paragraph.Length <= MaxLength)
        {
            return WithoutFullStop(paragraph);
        }

        var cut = paragraph.LastIndexOf(' ', MaxLength - 1);
        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(paragraph[MaxLength - 2]) ? MaxLength - 2 : MaxLength - 1;
        }

        return paragraph.Substring(0, cut).TrimEnd(' ', ',', ';', ':', '-', '\u2013', '\u2014') + "\u2026";
    }

    // A title has no full stop ("Rain hits Paris"), but an ellipsis or "U.S." keeps its dots.
    private static string WithoutFullStop(string sentence)
        => sentence.Length > 1 && sentence[sentence.Length - 1] == '.' && char.IsLower(sentence[sentence.Length - 2])
            ? sentence.Substring(0, sentence.Length - 1)
            : sentence;
}
