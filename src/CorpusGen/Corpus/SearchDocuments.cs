using System.Collections.Generic;
using CorpusGen.Helpers;
using CorpusGen.Reading;

namespace CorpusGen.Corpus;

/// <summary>
/// Which file each class's search documents come from, in the order of All (a merged copy counts once, under the
/// article): what every search merge needs from the corpus, so an edit that keeps the articles and their order
/// leaves it unchanged. Empty when CorpusGenSearch is off.
/// </summary>
internal sealed record SearchDocuments(EquatableArray<ClassDocuments> Classes)
{
    public static SearchDocuments Empty { get; } = new(EquatableArray<ClassDocuments>.Empty);

    public static SearchDocuments Of(CorpusModel corpus, GeneratorOptions options)
    {
        if (!options.Search || corpus.Indexes.IsEmpty)
        {
            return Empty;
        }

        var articles = corpus.Articles;
        var classes = new List<ClassDocuments>(corpus.Indexes.Count);
        var first = 0;
        foreach (var index in corpus.Indexes)
        {
            var paths = new string[index.Names.Count];
            for (var position = 0; position < paths.Length; position++)
            {
                paths[position] = articles[first + position].SourcePath;
            }

            first += paths.Length;
            classes.Add(new ClassDocuments(index.Target, index.HintName.Substring(0, index.HintName.Length - ".g.cs".Length), new EquatableArray<string>(paths)));
        }

        return new SearchDocuments(classes.ToEquatableArray());
    }
}

/// <summary>A class's documents: the source path of each article of its All, in order.</summary>
/// <param name="Stem">What its search files' hint names start with (its index's, without ".g.cs").</param>
internal sealed record ClassDocuments(EmitTarget Target, string Stem, EquatableArray<string> Paths)
{
    public string RootHintName => Stem + ".Search.g.cs";

    public string ShardHintName(int shard) => Stem + ".SearchTerms" + shard.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
}
