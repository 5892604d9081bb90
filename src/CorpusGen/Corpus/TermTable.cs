using System.Collections.Generic;

namespace CorpusGen.Corpus;

/// <summary>
/// Dense ids for the distinct terms of a shard's merge, looked up by a slice of a file's terms string and the hash the
/// file's own step computed: no string and no hashing per occurrence, one read of the file's terms.
/// </summary>
internal sealed class TermTable
{
    private readonly List<string> _names = new();
    private int[] _slots = new int[1024];
    private int[] _hashes = new int[1024];

    /// <summary>The terms by id.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>
    /// The id of <paramref name="source"/>'s <paramref name="length"/> characters from <paramref name="start"/>, added
    /// when new; <paramref name="hash"/> is the file's hash of them.
    /// </summary>
    public int Add(string source, int start, int length, int hash)
    {
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                var id = _names.Count;
                _names.Add(source.Substring(start, length));
                _slots[slot] = id + 1;
                _hashes[slot] = hash;
                if (_names.Count * 2 > _slots.Length)
                {
                    Grow();
                }

                return id;
            }

            var name = _names[entry - 1];
            if (_hashes[slot] == hash && name.Length == length && string.CompareOrdinal(source, start, name, 0, length) == 0)
            {
                return entry - 1;
            }
        }
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var hashes = new int[slots.Length];
        var mask = slots.Length - 1;
        for (var old = 0; old < _slots.Length; old++)
        {
            if (_slots[old] != 0)
            {
                var slot = _hashes[old] & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = _slots[old];
                hashes[slot] = _hashes[old];
            }
        }

        _slots = slots;
        _hashes = hashes;
    }
}
