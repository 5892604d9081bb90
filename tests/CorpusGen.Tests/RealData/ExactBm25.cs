using System;
using System.Collections.Generic;
using System.Linq;
using CorpusGen.Runtime;

namespace CorpusGen.Tests.RealData;

/// <summary>
/// BM25 written out plainly over the tokenised documents, to tell CorpusGen's scoring from Lucene's lossy lengths:
/// per field, idf = ln(1 + (N - df + 0.5) / (df + 0.5)) (a phrase: its terms' idf summed), tf weight
/// f (k1 + 1) / (f + k1 (1 - b + b len / avgdl)), the title's part counted twice. With
/// <c>luceneLengths</c> each length is first rounded as Lucene's one-byte norm stores it.
/// </summary>
internal sealed class ExactBm25
{
    private readonly List<string>[][] _fields;
    private readonly double[][] _lengths;
    private readonly double[] _average;
    private readonly Dictionary<string, int>[] _documentFrequency = { new(StringComparer.Ordinal), new(StringComparer.Ordinal) };

    public ExactBm25(IReadOnlyList<SearchDocument> documents, bool luceneLengths)
    {
        _fields = documents.Select(d => new[] { SearchTokenizer.Terms(d.Title), SearchTokenizer.Terms(d.Body) }).ToArray();
        _lengths = _fields.Select(f => f.Select(terms => luceneLengths ? LuceneLength(terms.Count) : terms.Count).ToArray()).ToArray();
        _average = new[] { 0, 1 }.Select(field => _fields.Sum(f => (double)f[field].Count) / documents.Count).ToArray();
        foreach (var document in _fields)
        {
            for (var field = 0; field < 2; field++)
            {
                foreach (var term in document[field].Distinct(StringComparer.Ordinal))
                {
                    _documentFrequency[field][term] = _documentFrequency[field].GetValueOrDefault(term) + 1;
                }
            }
        }
    }

    /// <summary>The best <paramref name="top"/> (position, score), by score then position.</summary>
    public List<(int Position, double Score)> Top(SearchReferenceQuery query, int top)
    {
        var hits = new List<(int, double)>();
        for (var position = 0; position < _fields.Length; position++)
        {
            var score = 0.0;
            var matched = query.Clauses.All(clause =>
            {
                var any = false;
                for (var field = 0; field < 2; field++)
                {
                    var frequency = PhraseFrequency(_fields[position][field], clause);
                    if (frequency > 0)
                    {
                        any = true;
                        var idf = clause.Sum(term => Idf(_documentFrequency[field].GetValueOrDefault(term)));
                        var weight = frequency * (SearchEngine.K1 + 1) / (frequency + (SearchEngine.K1 * (1 - SearchEngine.B + (SearchEngine.B * _lengths[position][field] / _average[field]))));
                        score += (field == 0 ? SearchEngine.TitleBoost : 1) * idf * weight;
                    }
                }

                return any;
            });
            if (matched)
            {
                hits.Add((position, score));
            }
        }

        return hits.OrderByDescending(h => h.Item2).ThenBy(h => h.Item1).Take(top).ToList();
    }

    private double Idf(int documentFrequency) => Math.Log(1 + ((_fields.Length - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>How often the terms follow one another in a tokenised text, overlaps counted: the text's own answer, not an index's.</summary>
    internal static int PhraseFrequency(IReadOnlyList<string> terms, string[] phrase)
    {
        var frequency = 0;
        for (var i = 0; i + phrase.Length <= terms.Count; i++)
        {
            var j = 0;
            while (j < phrase.Length && terms[i + j] == phrase[j])
            {
                j++;
            }

            frequency += j == phrase.Length ? 1 : 0;
        }

        return frequency;
    }

    /// <summary>A field length as Lucene 4.8's BM25Similarity stores it: 1/sqrt(length) in one byte (3 mantissa bits), decoded.</summary>
    private static double LuceneLength(int length)
    {
        if (length == 0)
        {
            return 0;
        }

        var norm = Lucene.Net.Util.SmallSingle.SingleToByte315(1f / MathF.Sqrt(length));
        var decoded = Lucene.Net.Util.SmallSingle.Byte315ToSingle(norm);
        return 1.0 / (decoded * decoded);
    }
}
