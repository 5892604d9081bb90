using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGen.Tests.Scale;

/// <summary>
/// A deterministic corpus of made-up articles of a given total size, for scale tests: the same seed gives the same
/// files on every machine. A share of the files are exact copies of earlier ones (syndication), a share of the
/// paragraphs reappear in later articles (syndicated paragraphs), and the words are
/// drawn from an invented vocabulary with a little non-ASCII, so nothing resembles real data.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] s_syllables = { "ka", "lo", "mi", "ter", "sun", "vra", "den", "po", "shi", "ul", "za", "qu", "\u00E9n", "\u00F8r", "\u00DF" };

    public sealed record File(string RelativePath, string Text);

    /// <param name="duplicateRate">Share of files that are exact copies of an earlier file.</param>
    /// <param name="sharedParagraphRate">Share of paragraphs taken from a recent article (a syndicated paragraph).</param>
    public static IReadOnlyList<File> Generate(int seed, long totalCharacters, double duplicateRate = 0.05, int paragraphsPerArticle = 12, double sharedParagraphRate = 0.05)
    {
        const int RecentParagraphs = 2000;
        var recent = new List<string>(RecentParagraphs);
        var random = new Random(seed);
        var vocabulary = new string[4000];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            var word = new StringBuilder();
            for (var s = random.Next(1, 4); s >= 0; s--)
            {
                word.Append(s_syllables[random.Next(s_syllables.Length)]);
            }

            vocabulary[i] = word.ToString();
        }

        var files = new List<File>();
        long size = 0;
        while (size < totalCharacters)
        {
            var path = "corpus/synthetic/" + files.Count.ToString("D6", CultureInfo.InvariantCulture) + ".txt";
            string text;
            if (files.Count > 0 && random.NextDouble() < duplicateRate)
            {
                text = files[random.Next(files.Count)].Text;
            }
            else
            {
                var article = new StringBuilder();
                article.Append("Story ").Append(files.Count.ToString(CultureInfo.InvariantCulture)).Append(' ');
                AppendWords(article, random, vocabulary, 6);
                article.Append("\n\n");
                var used = new HashSet<string>(StringComparer.Ordinal);
                for (var p = 0; p < paragraphsPerArticle; p++)
                {
                    // A paragraph appears at most once per article: repeats inside one file are another feature (CG0007).
                    var paragraph = recent.Count > 0 && random.NextDouble() < sharedParagraphRate ? recent[random.Next(recent.Count)] : null;
                    if (paragraph is null || !used.Add(paragraph))
                    {
                        var words = new StringBuilder();
                        AppendWords(words, random, vocabulary, random.Next(20, 80));
                        paragraph = words.Append('.').ToString();
                        used.Add(paragraph);
                        if (recent.Count < RecentParagraphs)
                        {
                            recent.Add(paragraph);
                        }
                        else
                        {
                            recent[random.Next(RecentParagraphs)] = paragraph;
                        }
                    }

                    article.Append(paragraph).Append("\n\n");
                }

                text = article.ToString();
            }

            files.Add(new File(path, text));
            size += text.Length;
        }

        return files;
    }

    private static void AppendWords(StringBuilder builder, Random random, string[] vocabulary, int count)
    {
        for (var w = 0; w < count; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            builder.Append(vocabulary[random.Next(vocabulary.Length)]);
        }
    }
}
