using System;
using System.Collections.Generic;

namespace CorpusGen.Emitting;

/// <summary>
/// Bytes written two to a UTF-16 unit (the first in the high half) into a <see cref="TableWriter"/>, for data read
/// a byte at a time: numbers as variable-length bytes (seven bits each, low first, the top bit marking another), so
/// the small gaps that fill postings and positions take one byte, not a whole unit.
/// </summary>
internal sealed class PackedBytes
{
    private readonly List<byte> _bytes = new();

    public int Length => _bytes.Count;

    public void Varint(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a packed value cannot be negative");
        }

        var rest = (uint)value;
        while (rest >= 0x80)
        {
            _bytes.Add((byte)(rest | 0x80));
            rest >>= 7;
        }

        _bytes.Add((byte)rest);
    }

    public void Append(PackedBytes other) => _bytes.AddRange(other._bytes);

    /// <summary>Writes the bytes as units, the last padded with a zero byte when the count is odd.</summary>
    public void WriteTo(TableWriter table)
    {
        for (var i = 0; i < _bytes.Count; i += 2)
        {
            table.Unit((_bytes[i] << 8) | (i + 1 < _bytes.Count ? _bytes[i + 1] : 0));
        }
    }
}
