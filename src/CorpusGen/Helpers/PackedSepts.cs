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

    public byte this[int index] => _septs[index];

    public void Varint(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a packed value cannot be negative");
        }

        Reserve(6);
        var rest = (uint)value;
        while (rest >= 0x40)
        {
            _septs[Length++] = (byte)((rest & 0x3F) | 0x40);
            rest >>= 6;
        }

        _septs[Length++] = (byte)rest;
    }

    public void Append(PackedSepts other)
    {
        Reserve(other.Length);
        Buffer.BlockCopy(other._septs, 0, _septs, Length, other.Length);
        Length += other.Length;
    }

    /// <summary>Appends septs already written (<paramref name="count"/> of them from <paramref name="start"/>).</summary>
    public void Append(EquatableArray<byte> septs, int start, int count)
    {
        Reserve(count);
        septs.CopyTo(start, _septs, Length, count);
        Length += count;
    }

    public void Clear() => Length = 0;

    public byte[] ToArray()
    {
        var copy = new byte[Length];
        Buffer.BlockCopy(_septs, 0, copy, 0, Length);
        return copy;
    }

    private void Reserve(int more)
    {
        if (Length + more > _septs.Length)
        {
            Array.Resize(ref _septs, Math.Max(Length + more, _septs.Length * 2));
        }
    }
}
