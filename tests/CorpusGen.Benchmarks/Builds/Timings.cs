using System;
using System.Collections.Generic;
using System.Linq;

namespace CorpusGen.Benchmarks.Builds;

/// <summary>
/// Repeated wall-clock measurements. The median resists one slow outlier (another process waking up); the minimum
/// is the closest to the cost without interference.
/// </summary>
internal sealed class Timings
{
    private readonly List<TimeSpan> _values = new();

    public IReadOnlyList<TimeSpan> Values => _values;

    public int Count => _values.Count;

    public void Add(TimeSpan value) => _values.Add(value);

    public TimeSpan Median
    {
        get
        {
            if (_values.Count == 0)
            {
                return TimeSpan.Zero;
            }

            var sorted = _values.OrderBy(v => v).ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public TimeSpan Min => _values.Count == 0 ? TimeSpan.Zero : _values.Min();
}
