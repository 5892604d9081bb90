using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using CorpusGen.Parsing;
using CorpusGen.Runtime;

namespace CorpusGen.Corpus;

/// <summary>
/// Ids for the terms of one shard, kept between runs, and each file's ids in it, kept as long as the driver keeps the
/// file's <see cref="ShardTerms"/>: a shard's merge re-runs over every file when one changes (an added word moves the
/// file's positions in every shard), and looking up every file's terms again was most of that re-run. Only a file
/// that changed is looked up. An optimisation only: the merge's output orders terms by name, whatever their ids.
/// </summary>
internal sealed class ShardVocabulary
{
    /// <summary>Past this many terms (they are never removed) the shard starts a new vocabulary.</summary>
    private const int MaxTerms = 1 << 18;

    /// <summary>
    /// Held weakly: what keeps a vocabulary alive is the files' ids that point to it, so when the last driver that
    /// used it is gone (a closed project in a long-lived compiler server), so is it.
    /// </summary>
    private static readonly WeakReference<ShardVocabulary>?[] s_shards = new WeakReference<ShardVocabulary>?[SearchTokenizer.ShardCount];

    private static readonly ConditionalWeakTable<ShardTerms, Holder> s_ids = new();

    private readonly TermTable _table = new();

    /// <summary>The last merge's terms in ordinal order: the next merge of the same terms (most edits) reuses it.</summary>
    private int[] _lastOrder = Array.Empty<int>();

    public static ShardVocabulary For(int shard)
    {
        lock (s_shards)
        {
            if (s_shards[shard] is { } held && held.TryGetTarget(out var current) && current.Count <= MaxTerms)
            {
                return current;
            }

            var fresh = new ShardVocabulary();
            s_shards[shard] = new WeakReference<ShardVocabulary>(fresh);
            return fresh;
        }
    }

    private int Count
    {
        get
        {
            lock (_table)
            {
                return _table.Names.Count;
            }
        }
    }

    /// <summary>
    /// Each document's term ids (null for a document without terms in the shard) and the names of all ids so far
    /// (a snapshot: other compilations may add terms meanwhile).
    /// </summary>
    public int[]?[] IdsOf(IReadOnlyList<ShardTerms?> documents, out string[] names, CancellationToken cancellationToken)
    {
        var ids = new int[]?[documents.Count];
        lock (_table)
        {
            for (var position = 0; position < documents.Count; position++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (documents[position] is not { TermCount: > 0 } file)
                {
                    continue;
                }

                var holder = s_ids.GetValue(file, static _ => new Holder());
                if (Volatile.Read(ref holder.Entry) is { } entry && entry.Owner == this)
                {
                    ids[position] = entry.Ids;
                    continue;
                }

                var looked = new int[file.TermCount];
                for (var term = 0; term < looked.Length; term++)
                {
                    var start = file.NameStart(term);
                    looked[term] = _table.Add(file.Terms, start, file.NameEnd(term) - start, file.Hash(term));
                }

                Volatile.Write(ref holder.Entry, new Entry(this, looked));
                ids[position] = looked;
            }

            names = new string[_table.Names.Count];
            for (var id = 0; id < names.Length; id++)
            {
                names[id] = _table.Names[id];
            }
        }

        return ids;
    }

    /// <summary>
    /// The ids with a document (<paramref name="present"/> of them, from <paramref name="documentCount"/>) ordered by
    /// name, ordinally; the same array as the last call's when the set is the same. Never written after it is returned.
    /// </summary>
    public int[] InOrdinalOrder(int[] documentCount, int present, string[] names)
    {
        var last = Volatile.Read(ref _lastOrder);
        if (last.Length == present && present > 0 && Array.TrueForAll(last, id => id < documentCount.Length && documentCount[id] > 0))
        {
            // As many ids, all present: the same set.
            return last;
        }

        var order = new int[present];
        var orderNames = new string[present];
        for (int id = 0, next = 0; id < documentCount.Length; id++)
        {
            if (documentCount[id] > 0)
            {
                orderNames[next] = names[id];
                order[next++] = id;
            }
        }

        Array.Sort(orderNames, order, StringComparer.Ordinal);
        Volatile.Write(ref _lastOrder, order);
        return order;
    }

    /// <summary>A file's ids in one vocabulary, replaced whole so a reader never sees half of it.</summary>
    private sealed class Entry(ShardVocabulary owner, int[] ids)
    {
        public ShardVocabulary Owner { get; } = owner;

        public int[] Ids { get; } = ids;
    }

    private sealed class Holder
    {
        public Entry? Entry;
    }
}
