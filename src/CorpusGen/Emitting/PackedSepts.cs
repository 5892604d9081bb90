using System;
using System.Collections.Generic;

namespace CorpusGen.Emitting;

/// <summary>
/// Septs (7-bit numbers) written two to a UTF-16 unit (the first in the high half) into a <see cref="TableWriter"/>,
/// for data read a sept at a time (<see cref="Runtime.SearchIndexData.SeptVarint"/>): numbers as variable-length
/// septs (six bits each, low first, 0x40 marking another), so the small gaps that fill postings and positions take
/// half a unit, and no unit reaches 0x4000, so none is a surrogate.
/// </summary>
internal sealed class PackedSepts
{
    private readonly List<byte> _septs = new();

    public int Length => _septs.Count;

    public void Varint(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a packed value cannot be negative");
        }

        var rest = (uint)value;
        while (rest >= 0x40)
        {
            _septs.Add((byte)((rest & 0x3F) | 0x40));
            rest >>= 6;
        }

        _septs.Add((byte)rest);
    }

    public void Append(PackedSepts other) => _septs.AddRange(other._septs);

    public void Clear() => _septs.Clear();

    /// <summary>Writes the septs as units, the last padded with a zero sept when the count is odd.</summary>
    public void WriteTo(TableWriter table)
    {
        for (var i = 0; i < _septs.Count; i += 2)
        {
            table.Unit((_septs[i] << 7) | (i + 1 < _septs.Count ? _septs[i + 1] : 0));
        }
    }
}
