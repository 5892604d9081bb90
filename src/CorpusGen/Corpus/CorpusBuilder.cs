using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusGen.Diagnostics;
using CorpusGen.Helpers;
using CorpusGen.Parsing;
using CorpusGen.Reading;

namespace CorpusGen.Corpus;

/// <summary>
/// Decisions that need the whole corpus: which class each article goes to, which files are the same article,
/// and what each article is called. Everything is decided in ordinal path order, so the result does not depend
/// on the order in which the compiler lists the files.
/// </summary>
internal static class CorpusBuilder
{
    private static readonly string[] s_indexMembers =
    {
        "All", "TryGet", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    // Shingle sets of the articles that were near-duplicate candidates, kept while their parsed content lives: an
    // unchanged file yields the same content instance on the next run, so an edit re-shingles only what it touched.
    private static readonly ConditionalWeakTable<ArticleContent, ulong[]> s_shingleSets = new();

    /// <summary>Never throws (but for cancellation): a failure here becomes CG0006 and an empty index that still compiles.</summary>
    public static CorpusModel Build(ImmutableArray<ParsedArticle> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return BuildCore(files, options, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var target = options.TargetFor(options.ClassName);
            return new CorpusModel(
                EquatableArray<ArticleSpec>.Empty,
                new[] { new IndexSpec(target, new HintNames().Claim(options.ClassName), EquatableArray<string>.Empty) }.ToEquatableArray(),
                new[] { DiagnosticInfo.InternalError(null, "the corpus", exception) }.ToEquatableArray(),
                target);
        }
    }

    private static CorpusModel BuildCore(ImmutableArray<ParsedArticle> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var byClass = new SortedDictionary<string, List<ParsedArticle>>(StringComparer.Ordinal);

        // A project with article files always gets its default class, even when every file was rejected, so code
        // using Articles.All still compiles. A project with none gets nothing: the generator also reaches projects
        // that reference a library using CorpusGen, and must not put empty types into them.
        if (!files.IsEmpty)
        {
            byClass[options.ClassName] = new List<ParsedArticle>();
        }

        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ThenBy(f => f.FilePath, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Every file names its class, even one that yields no article: code using Sports.All must compile
            // while the only sports file is broken.
            var className = ClassOf(file, options, diagnostics);
            if (!byClass.TryGetValue(className, out var members))
            {
                byClass[className] = members = new List<ParsedArticle>();
            }

            if (file.Content is not null)
            {
                members.Add(file);
            }
        }

        var storage = ChooseStorage(byClass.Values.SelectMany(members => members), options, diagnostics, cancellationToken);
        var hintNames = new HintNames();
        var indexes = new List<IndexSpec>();
        var articles = new List<ArticleSpec>();
        var sharedTexts = new List<SharedTextSpec>();
        var indexHints = byClass.Keys.ToDictionary(k => k, k => hintNames.Claim(k), StringComparer.Ordinal);
        foreach (var entry in byClass)
        {
            var target = options.TargetFor(entry.Key, storage == Storage.Utf8);
            var members = storage == Storage.None ? new List<ParsedArticle>() : entry.Value;
            var classArticles = BuildClass(target, members, hintNames, options.NearDuplicateThreshold, diagnostics, sharedTexts, cancellationToken);
            articles.AddRange(classArticles);
            indexes.Add(new IndexSpec(target, indexHints[entry.Key], classArticles.Select(a => a.Name).ToEquatableArray()));
        }

        return new CorpusModel(
            articles.ToEquatableArray(),
            indexes.ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            files.IsEmpty ? null : options.TargetFor(options.ClassName, storage == Storage.Utf8),
            sharedTexts.ToEquatableArray(),
            ArticlesOfRepeatedPaths(files, articles));
    }

    private static EquatableArray<ArticleSpec> ArticlesOfRepeatedPaths(ImmutableArray<ParsedArticle> files, List<ArticleSpec> articles)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!seen.Add(file.RelativePath))
            {
                repeated.Add(file.RelativePath);
            }
        }

        return repeated.Count == 0
            ? EquatableArray<ArticleSpec>.Empty
            : articles.Where(a => repeated.Contains(a.SourcePath)).ToEquatableArray();
    }

    private enum Storage
    {
        Strings,
        Utf8,
        None,
    }

    /// <summary>
    /// String literals while the corpus's text fits CorpusGenStringLimit (they compile much faster); u8 literals
    /// beyond it. Below C# 11 a corpus that does not fit is one clear error (CG0012) and no articles, instead of
    /// thousands of CS8103. Duplicate articles count once; a paragraph shared by two articles counts twice
    /// although the compiler stores it once, which errs on the safe side and keeps this step O(articles): it runs
    /// on every edit, so it must not hash the corpus's text.
    /// </summary>
    private static Storage ChooseStorage(IEnumerable<ParsedArticle> files, GeneratorOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var counted = new HashSet<string>(StringComparer.Ordinal);
        long characters = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            characters += file.RelativePath.Length;
            if (counted.Add(file.Content!.Id))
            {
                characters += file.Content.TextLength;
            }
        }

        if (characters <= options.StringLimit)
        {
            return Storage.Strings;
        }

        if (options.SupportsUtf8)
        {
            return Storage.Utf8;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CorpusTooLargeForStrings, null, characters, options.StringLimit));
        return Storage.None;
    }

    private static string ClassOf(ParsedArticle file, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        if (file.ClassOverride is null)
        {
            return options.ClassName;
        }

        if (Identifier.IsValidClassName(file.ClassOverride))
        {
            return file.ClassOverride;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.InvalidOption,
            new LocationInfo(file.FilePath, 0),
            "CorpusGenClass on '" + file.RelativePath + "'",
            file.ClassOverride,
            $"it must be a C# identifier other than '{GeneratorOptions.ArticleTypeName}'; the article goes to '{options.ClassName}' instead"));
        return options.ClassName;
    }

    private static List<ArticleSpec> BuildClass(
        EmitTarget target,
        List<ParsedArticle> files,
        HintNames hintNames,
        double nearDuplicateThreshold,
        List<DiagnosticInfo> diagnostics,
        List<SharedTextSpec> sharedTexts,
        CancellationToken cancellationToken)
    {
        // Cross-file dedup: the first file (ordinal path order) with a given content id keeps the article.
        var keepers = new List<ParsedArticle>();
        var duplicatesOf = new Dictionary<string, List<ParsedArticle>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = file.Content!.Id;
            if (duplicatesOf.TryGetValue(id, out var duplicates))
            {
                duplicates.Add(file);
            }
            else
            {
                duplicatesOf[id] = new List<ParsedArticle>();
                keepers.Add(file);
            }
        }

        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in s_indexMembers.Append(target.ClassName))
        {
            taken[member] = string.Empty;
        }

        // CorpusGenName first: a name the user chose is never taken by an earlier file's derived name.
        var explicitNames = keepers.Select(k => ExplicitName(k, duplicatesOf[k.Content!.Id], diagnostics)).ToList();
        var names = new string[keepers.Count];
        foreach (var pass in new[] { true, false })
        {
            for (var k = 0; k < keepers.Count; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (explicitNames[k] is not null == pass)
                {
                    names[k] = ChooseName(keepers[k], explicitNames[k] ?? keepers[k].DerivedName!, taken, diagnostics);
                }
            }
        }

        var nearDuplicates = FindNearDuplicates(keepers, names, nearDuplicateThreshold, diagnostics, cancellationToken);
        var sharedParagraphs = new EquatableArray<string>[keepers.Count];
        if (target.Utf8Paragraphs)
        {
            // Articles that must stay in strings (a lone surrogate) store their own text and share nothing.
            var utf8Articles = keepers.Select(k => k.Content!.Utf8Encodable ? k.Content : null).ToList();
            var plan = SharedParagraphPlanner.Plan(target, utf8Articles, hintNames, cancellationToken);
            sharedParagraphs = plan.References;
            sharedTexts.AddRange(plan.Shards);
        }

        var specs = new List<ArticleSpec>(keepers.Count);
        for (var k = 0; k < keepers.Count; k++)
        {
            var file = keepers[k];
            var name = names[k];
            var duplicates = duplicatesOf[file.Content!.Id];
            foreach (var duplicate in duplicates)
            {
                diagnostics.Add(DiagnosticInfo.AtFile(
                    DiagnosticDescriptors.DuplicateArticle, duplicate.FilePath, duplicate.RelativePath, file.RelativePath, target.ClassName + "." + name));
            }

            specs.Add(new ArticleSpec(
                target,
                name,
                hintNames.Claim(target.ClassName + "." + name),
                file.RelativePath,
                file.Content,
                duplicates.Select(d => d.RelativePath).ToEquatableArray(),
                nearDuplicates[k].ToEquatableArray(),
                sharedParagraphs[k]));
        }

        return specs;
    }

    /// <summary>
    /// Near-duplicate names per article (in its class), from the signatures the parse step made; each pair is
    /// reported once, as CG0013 at the later file.
    /// </summary>
    private static List<string>[] FindNearDuplicates(
        List<ParsedArticle> keepers,
        string[] names,
        double threshold,
        List<DiagnosticInfo> diagnostics,
        CancellationToken cancellationToken)
    {
        var result = keepers.Select(_ => new List<string>()).ToArray();
        if (threshold <= 0 || keepers.Count < 2)
        {
            return result;
        }

        var bandKeys = keepers.Select((file, i) => (i, (IReadOnlyList<ulong>)file.Content!.BandKeys)).ToList();
        var pairs = NearDuplicateDetector.FindByBandKeys(
            bandKeys,
            i => s_shingleSets.GetValue(keepers[i].Content!, static content => Shingles.SortedSet(content.ComparableLines)),
            i => keepers[i].Content!.ComparableLines,
            threshold,
            cancellationToken);
        foreach (var pair in pairs)
        {
            result[pair.First].Add(names[pair.Second]);
            result[pair.Second].Add(names[pair.First]);
            var later = keepers[pair.Second];
            diagnostics.Add(DiagnosticInfo.AtFile(
                DiagnosticDescriptors.NearDuplicate,
                later.FilePath,
                later.RelativePath,
                keepers[pair.First].RelativePath,
                pair.Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
    }

    /// <summary>
    /// The first valid CorpusGenName among a file and the duplicates merged into it (path order), so naming a copy
    /// names the article; each invalid one is reported (CG0005).
    /// </summary>
    private static string? ExplicitName(ParsedArticle keeper, List<ParsedArticle> duplicates, List<DiagnosticInfo> diagnostics)
    {
        string? chosen = null;
        foreach (var file in duplicates.Prepend(keeper))
        {
            if (file.NameOverride is null)
            {
                continue;
            }

            if (Identifier.IsValidArticleName(file.NameOverride))
            {
                chosen ??= file.NameOverride;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidName, file.FilePath, file.NameOverride, file.RelativePath, keeper.DerivedName!));
            }
        }

        return chosen;
    }

    /// <summary>The wanted name, made unique in its class with 2, 3, ...; a rename is reported.</summary>
    private static string ChooseName(ParsedArticle file, string wanted, Dictionary<string, string> taken, List<DiagnosticInfo> diagnostics)
    {
        var name = wanted;
        if (taken.TryGetValue(wanted, out var owner))
        {
            var stem = owner.Length == 0 ? wanted + "Article" : wanted;
            name = stem;
            for (var n = 2; taken.ContainsKey(name); n++)
            {
                name = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            var reason = owner.Length == 0
                ? "is a member of the generated class"
                : "is already used by the article in '" + owner + "'";
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.NameCollision, file.FilePath, file.RelativePath, wanted, reason, name));
        }

        taken[name] = file.RelativePath;
        return name;
    }
}
