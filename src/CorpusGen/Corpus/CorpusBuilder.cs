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
    /// <summary>
    /// A type may have at most 65,535 methods (beyond it the runtime throws TypeLoadException when it loads the
    /// class), and every article property is a getter; the index class keeps a margin for its own members.
    /// </summary>
    public const int MaxPropertiesPerClass = 65_000;

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
            var target = EmitTarget.For(options, options.ClassName);
            return new CorpusModel(
                new[] { EmptyIndex(target, new HintNames(options.ArticleTypeName).Claim(options.ClassName)) }.ToEquatableArray(),
                new[] { DiagnosticInfo.InternalError(null, "the corpus", exception) }.ToEquatableArray(),
                target,
                EquatableArray<SlotSpec>.Empty,
                EquatableArray<SharedTextSpec>.Empty);
        }
    }

    private static IndexSpec EmptyIndex(EmitTarget target, string hintName)
        => new(target, hintName, EquatableArray<string>.Empty, EquatableArray<int>.Empty, EquatableArray<int>.Empty, EquatableArray<string>.Empty);

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

        var (storage, heapCharacters) = ChooseStorage(byClass, options, diagnostics, cancellationToken);
        var hintNames = new HintNames(options.ArticleTypeName);
        var indexes = new List<IndexSpec>();
        var slots = new List<SlotSpec>();
        var sharedTexts = new List<SharedTextSpec>();
        var indexHints = byClass.Keys.ToDictionary(k => k, k => hintNames.Claim(k), StringComparer.Ordinal);
        foreach (var entry in byClass)
        {
            var target = EmitTarget.For(options, entry.Key, storage == Storage.Utf8);
            var members = storage == Storage.None ? new List<ParsedArticle>() : entry.Value;
            var classArticles = BuildClass(target, members, hintNames, options.NearDuplicateThreshold, diagnostics, sharedTexts, cancellationToken);
            indexes.Add(AddSlots(target, indexHints[entry.Key], classArticles, hintNames, slots));
        }

        return new CorpusModel(
            indexes.ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            files.IsEmpty ? null : EmitTarget.For(options, options.ClassName, storage == Storage.Utf8),
            slots.ToEquatableArray(),
            sharedTexts.ToEquatableArray(),
            storage == Storage.Strings ? heapCharacters : 0);
    }

    /// <summary>Puts a class's articles into their slots and returns the index that finds them there.</summary>
    private static IndexSpec AddSlots(EmitTarget target, string indexHint, List<ArticleSpec> articles, HintNames hintNames, List<SlotSpec> slots)
    {
        var members = new List<ArticleSpec>[SlotPlan.SlotCount];
        var slotOf = new int[articles.Count];
        var localOf = new int[articles.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            var slot = SlotPlan.SlotOf(articles[a].SourcePath);
            members[slot] ??= new List<ArticleSpec>();
            slotOf[a] = slot;
            localOf[a] = members[slot].Count;
            members[slot].Add(articles[a]);
        }

        for (var slot = 0; slot < SlotPlan.SlotCount; slot++)
        {
            slots.Add(members[slot] is { } list
                ? new SlotSpec(target, slot, hintNames.Claim(target.ClassName + ".Data" + SlotPlan.Hex(slot)), list.ToEquatableArray())
                : new SlotSpec(target, slot, string.Empty, EquatableArray<ArticleSpec>.Empty));
        }

        return new IndexSpec(target, indexHint, articles.Select(a => a.Name).ToEquatableArray(), slotOf.ToEquatableArray(), localOf.ToEquatableArray(), articles.Select(a => a.Content.Title).ToEquatableArray());
    }

    private enum Storage
    {
        Strings,
        Utf8,
        None,
    }

    /// <summary>
    /// String literals while the text that would land in the #US heap fits CorpusGenStringLimit (they compile much
    /// faster); u8 literals beyond it. Where the compiler stores long string literals as UTF-8 data instead
    /// (experimental-data-section-string-literals), a slot's literal longer than the threshold does not count. The
    /// index's literal of titles counts like a slot's (in UTF-8 storage it is a u8 literal).
    /// Below C# 11 a corpus that does not fit is one clear error (CG0012) and no articles, instead of thousands of
    /// CS8103. Duplicate articles count once; a paragraph shared by two articles counts twice although it is stored
    /// once, which errs on the safe side and keeps this step O(articles): it runs on every edit, so it must not hash
    /// the corpus's text.
    /// </summary>
    /// <returns>The storage, and the characters the text would put into the #US heap as strings.</returns>
    private static (Storage Storage, long HeapCharacters) ChooseStorage(SortedDictionary<string, List<ParsedArticle>> byClass, GeneratorOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        long characters = 0;
        foreach (var members in byClass.Values)
        {
            // Per slot: its text fields and its paragraphs are one literal each.
            var counted = new HashSet<string>(StringComparer.Ordinal);
            var slotMeta = new long[SlotPlan.SlotCount];
            var slotText = new long[SlotPlan.SlotCount];
            var slotPinned = new bool[SlotPlan.SlotCount];
            long titles = 0;
            var titlesPinned = false;
            foreach (var file in members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var content = file.Content!;
                var slot = SlotPlan.SlotOf(file.RelativePath);
                slotMeta[slot] += file.RelativePath.Length;
                if (!counted.Add(content.Id))
                {
                    continue;
                }

                // Besides the text: the name (in the slot and the index), the id, a line break per field and paragraph,
                // and about one table unit each, plus the fixed-width entries.
                var pieces = content.ParagraphRefs.Count + content.TrailerRefs.Count + 8;
                slotMeta[slot] += content.TextLength - content.ParagraphLength + content.Id.Length + (2 * (file.DerivedName?.Length ?? 0)) + (2 * pieces) + 10;
                slotText[slot] += content.ParagraphLength;
                slotPinned[slot] |= !content.Utf8Encodable;

                // The index's literal of titles, one per line.
                titles += content.Title.Length + 1;
                titlesPinned |= !content.Utf8Encodable;
            }

            characters += InStringHeap(titles, titlesPinned, options.DataSectionThreshold);

            for (var slot = 0; slot < SlotPlan.SlotCount; slot++)
            {
                characters += InStringHeap(slotMeta[slot], slotPinned[slot], options.DataSectionThreshold)
                    + InStringHeap(slotText[slot], slotPinned[slot], options.DataSectionThreshold);
            }
        }

        if (characters <= options.StringLimit)
        {
            return (Storage.Strings, characters);
        }

        if (options.SupportsUtf8)
        {
            return (Storage.Utf8, characters);
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CorpusTooLargeForStrings, null, characters, options.StringLimit));
        return (Storage.None, characters);
    }

    /// <summary>The characters of one literal that land in the #US heap: all, unless the compiler moves it to data.</summary>
    internal static long InStringHeap(long length, bool hasLoneSurrogate, int? dataSectionThreshold)
        => dataSectionThreshold is { } threshold && length > threshold && !hasLoneSurrogate ? 0 : length;

    private static string ClassOf(ParsedArticle file, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        if (file.ClassOverride is null)
        {
            return options.ClassName;
        }

        if (Identifier.IsValidClassName(file.ClassOverride, options.ArticleTypeName))
        {
            return file.ClassOverride;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.InvalidOption,
            new LocationInfo(file.FilePath, 0),
            "CorpusGenClass on '" + file.RelativePath + "'",
            file.ClassOverride,
            $"it must be a C# identifier other than the article type '{options.ArticleTypeName}' and the search types SearchHit and SearchHighlight; the article goes to '{options.ClassName}' instead"));
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

        // Names (Corpus/ArticleNames.cs): a CorpusGenName first, else the derived name; a name never moves to another
        // file because of other files.
        var articleFiles = new List<IReadOnlyList<ArticleNames.NamedFile>>(keepers.Count);
        var invalidNames = new List<(ParsedArticle File, int Article)>();
        for (var k = 0; k < keepers.Count; k++)
        {
            var named = new List<ArticleNames.NamedFile>();
            foreach (var file in duplicatesOf[keepers[k].Content!.Id].Prepend(keepers[k]))
            {
                var valid = file.NameOverride is null || Identifier.IsValidArticleName(file.NameOverride);
                if (!valid)
                {
                    invalidNames.Add((file, k));
                }

                named.Add(new ArticleNames.NamedFile(file.RelativePath, file.FilePath, file.DerivedName!, valid ? file.NameOverride : null));
            }

            articleFiles.Add(named);
        }

        var names = ArticleNames.Assign(target.ClassName, articleFiles, diagnostics, cancellationToken);
        foreach (var (file, article) in invalidNames)
        {
            diagnostics.Add(DiagnosticInfo.AtFile(DiagnosticDescriptors.InvalidName, file.FilePath, file.NameOverride, file.RelativePath, InvalidIdentifier, names[article]));
        }

        var nearDuplicates = FindNearDuplicates(keepers, names, nearDuplicateThreshold, diagnostics, cancellationToken);
        // In UTF-8 storage, articles that must stay in strings (a lone surrogate) store their own text and share nothing.
        var sharing = keepers.Select(k => !target.Utf8Text || k.Content!.Utf8Encodable ? k.Content : null).ToList();
        var plan = SharedParagraphPlanner.Plan(target, sharing, hintNames, cancellationToken);
        var sharedParagraphs = plan.References;
        sharedTexts.AddRange(plan.Shards);

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

            if (k == MaxPropertiesPerClass)
            {
                diagnostics.Add(DiagnosticInfo.AtFile(
                    DiagnosticDescriptors.TooManyProperties, file.FilePath, target.ClassName, keepers.Count, MaxPropertiesPerClass, keepers.Count - MaxPropertiesPerClass, file.RelativePath));
            }

            specs.Add(new ArticleSpec(
                name,
                file.RelativePath,
                file.Content,
                duplicates.Select(d => d.RelativePath).ToEquatableArray(),
                nearDuplicates[k].ToEquatableArray(),
                sharedParagraphs[k],
                HasProperty: k < MaxPropertiesPerClass));
        }

        return specs;
    }

    /// <summary>
    /// Near-duplicate names per article (in its class, path order), at most its
    /// <see cref="NearDuplicateDetector.MaxNearDuplicates"/> most similar, from the signatures the parse step made;
    /// each pair in which one lists the other is reported once, as CG0013 at the later file.
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
            if (pair.ListedByFirst)
            {
                result[pair.First].Add(names[pair.Second]);
            }

            if (pair.ListedBySecond)
            {
                result[pair.Second].Add(names[pair.First]);
            }

            var later = keepers[pair.Second];
            diagnostics.Add(DiagnosticInfo.AtFile(
                DiagnosticDescriptors.NearDuplicate,
                later.FilePath,
                later.RelativePath,
                keepers[pair.First].RelativePath,
                pair.Similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                NearDuplicateDetector.MaxNearDuplicates));
        }

        return result;
    }

    private const string InvalidIdentifier = "is not a valid C# identifier (letters, digits and '_', not starting with a digit or \"__\", not a keyword)";
}
