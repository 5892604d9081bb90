using System;
using System.Text;

namespace CorpusGen.Emitting;

/// <summary>
/// Builds an offset table as UTF-16 code units, written into the generated source as one string literal and read by
/// the helpers <see cref="ArticleTypeEmitter"/> writes. Small numbers take one unit (below 0x8000), others two
/// (15 bits each, the first marked by its top bit); directory entries and hashes have fixed widths so the generated
/// code can jump to them.
/// </summary>
/// <remarks>
/// A slot's table starts with a directory, eight units per article: where its record starts in the table, where its
/// text fields start in the slot's meta literal and its own paragraphs in the text literal, and where its record's
/// paragraph entries start in the table (32 bits each), so reading paragraphs skips the fields without a loop. A record
/// is: flags, the year when there is one, the number of trailer lines, credits, boilerplate lines, merged copies and
/// near-duplicates, the length of each text field (name; headline, caption, derived title, dateline, agency and
/// copyright when present; path, id, then the five lists),
/// the number of paragraphs, and per paragraph its length times two, or 1 and the 64-bit hash of a shared paragraph.
/// Every text field and paragraph is followed by a line break in its literal, so the literals read as text.
/// </remarks>
internal sealed class TableWriter
{
    /// <summary>Largest value a variable-length entry can hold (30 bits).</summary>
    public const int MaxValue = (1 << 30) - 1;

    private readonly StringBuilder _units = new();

    public int Length => _units.Length;

    public void Varint(int value)
    {
        if (value < 0 || value > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a table value must be between 0 and 2^30 - 1");
        }

        if (value < 0x8000)
        {
            _units.Append((char)value);
        }
        else
        {
            _units.Append((char)(0x8000 | (value >> 15))).Append((char)(value & 0x7FFF));
        }
    }

    /// <summary>One unit, 0 to 0xFFFF.</summary>
    public void Unit(int value)
    {
        if (value < 0 || value > 0xFFFF)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a table unit must be between 0 and 0xFFFF");
        }

        _units.Append((char)value);
    }

    public void Int32(int value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a table offset cannot be negative");
        }

        _units.Append((char)(value >> 16)).Append((char)(value & 0xFFFF));
    }

    /// <summary>A number below 2^30 in two units of 15 bits, high first: fixed width, and never a surrogate.</summary>
    public void Int30(int value)
    {
        if (value < 0 || value > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a table value must be between 0 and 2^30 - 1");
        }

        _units.Append((char)(value >> 15)).Append((char)(value & 0x7FFF));
    }

    public void SetInt32(int at, int value)
    {
        _units[at] = (char)(value >> 16);
        _units[at + 1] = (char)(value & 0xFFFF);
    }

    public void Hash(ulong hash)
        => _units.Append((char)(hash >> 48)).Append((char)((hash >> 32) & 0xFFFF)).Append((char)((hash >> 16) & 0xFFFF)).Append((char)(hash & 0xFFFF));

    public override string ToString() => _units.ToString();
}
