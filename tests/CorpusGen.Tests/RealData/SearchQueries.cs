using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CorpusGen.Runtime;

namespace CorpusGen.Tests.RealData;

/// <summary>
/// Queries drawn from the articles themselves with a fixed seed, so every run and both engines see the same ones:
/// in turn a single word, two words of one sentence, and a quoted phrase of 2 to 4 words in a row.
/// </summary>
internal static class SearchQueries
{
    private static readonly Regex s_sentenceEnd = new(@"(?<=[.!?])\s+");

    public static IEnumerable<string> Sentences(string body) => s_sentenceEnd.Split(body).Where(s => s.Length > 0);

    public static List<SearchReferenceQuery> Draw(IReadOnlyList<SearchDocument> documents, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<SearchReferenceQuery>();
        while (queries.Count < count)
        {
            var sentences = Sentences(documents[random.Next(documents.Count)].Body).ToList();
            if (sentences.Count == 0)
            {
                continue;
            }

            var terms = SearchTokenizer.Terms(sentences[random.Next(sentences.Count)]);
            if (terms.Count < 4)
            {
                continue;
            }

            switch (queries.Count % 3)
            {
                case 0:
                    var word = terms[random.Next(terms.Count)];
                    queries.Add(new(word, new[] { new[] { word } }));
                    break;
                case 1:
                    var first = random.Next(terms.Count - 1);
                    var second = random.Next(first + 1, terms.Count);
                    queries.Add(new(terms[first] + " " + terms[second], new[] { new[] { terms[first] }, new[] { terms[second] } }));
                    break;
                default:
                    var length = random.Next(2, 5);
                    var start = random.Next(terms.Count - length + 1);
                    var phrase = terms.GetRange(start, length).ToArray();
                    queries.Add(new("\"" + string.Join(" ", phrase) + "\"", new[] { phrase }));
                    break;
            }
        }

        return queries;
    }
}
