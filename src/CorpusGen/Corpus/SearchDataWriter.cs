using System;
using System.Text;
using CorpusGen.Runtime;

namespace CorpusGen.Corpus;

/// <summary>
/// Builds a search literal's content in the layout <see cref="SearchIndexData"/> reads: every unit
/// <see cref="SearchIndexData.UnitBase"/> plus 14 bits, fixed-width numbers as two units, septs two to a unit.
/// </summary>
internal sealed class SearchDataWriter
{
    /// <summary>Largest value <see cref="Number"/> holds (28 bits).</summary>
    public const int MaxNumber = (1 << 28) - 1;

    private readonly StringBuilder _units;

    public SearchDataWriter(int capacity = 16) => _units = new StringBuilder(capacity);

    /// <summary>A number below 2^28 in two units of 14 bits, high first (<see cref="SearchIndexData.Number"/>).</summary>
    public void Number(int value)
    {
        if (value < 0 || value > MaxNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a search table number must be between 0 and 2^28 - 1");
        }

        _units.Append((char)(SearchIndexData.UnitBase + (value >> 14))).Append((char)(SearchIndexData.UnitBase + (value & 0x3FFF)));
    }

    /// <summary>Writes the septs as units, the first of each pair in the high half, the last padded with a zero sept when the count is odd.</summary>
    public void Septs(byte[] septs)
    {
        for (var i = 0; i < septs.Length; i += 2)
        {
            _units.Append((char)(SearchIndexData.UnitBase + ((septs[i] << 7) | (i + 1 < septs.Length ? septs[i + 1] : 0))));
        }
    }

    public override string ToString() => _units.ToString();
}
