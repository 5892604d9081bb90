using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Diagnostics;

/// <summary>
/// Where a diagnostic points, as a plain value: a <see cref="Location"/> must not live in a cached pipeline model.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Line)
{
    public Location ToLocation()
    {
        var position = new LinePosition(Line, 0);
        return Location.Create(FilePath, default, new LinePositionSpan(position, position));
    }
}
