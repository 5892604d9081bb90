using System;

namespace CorpusGen.Helpers;

/// <summary>
/// Septs (7-bit numbers) for data read a sept at a time (<see cref="Runtime.SearchIndexData.SeptVarint"/>): numbers
/// as variable-length septs (six bits each, low first, 0x40 marking another), so the small gaps that fill postings and
/// positions take half a unit. Each file's positions are written so in its own step; a shard's merge copies them.
/// </summary>
internal sealed class PackedSepts
{
    private byte[] _septs;

    public PackedSepts(int capacity = 64) => _septs = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public void Varint(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a packed value cannot be negative");
        }

        if (Length + 6 > _septs.Length)
        {
            Array.Resize(ref _septs, _septs.Length * 2);
        }

        var at = Length;
        Write(_septs, ref at, value);
        Length = at;
    }

    /// <summary>A non-negative number as variable-length septs at <paramref name="at"/> (room already made), moved past it.</summary>
    public static void Write(byte[] septs, ref int at, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x40)
        {
            septs[at++] = (byte)((rest & 0x3F) | 0x40);
            rest >>= 6;
        }

        septs[at++] = (byte)rest;
    }

    public byte[] ToArray()
    {
        var copy = new byte[Length];
        Buffer.BlockCopy(_septs, 0, copy, 0, Length);
        return copy;
    }
}
