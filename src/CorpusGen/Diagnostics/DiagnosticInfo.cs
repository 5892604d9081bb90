using System.Linq;
using CorpusGen.Helpers;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Diagnostics;

/// <summary>A diagnostic waiting to be reported, kept as an equatable value in the pipeline.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params object?[] arguments)
        => new(descriptor.Id, location, arguments.Select(a => a?.ToString() ?? string.Empty).ToEquatableArray());

    public static DiagnosticInfo AtFile(DiagnosticDescriptor descriptor, string filePath, params object?[] arguments)
        => Create(descriptor, new LocationInfo(filePath, 0), arguments);

    /// <summary>A diagnostic at a 0-based line of the file, where the text it is about starts.</summary>
    public static DiagnosticInfo AtLine(DiagnosticDescriptor descriptor, string filePath, int line, params object?[] arguments)
        => Create(descriptor, new LocationInfo(filePath, line), arguments);

    /// <summary>CG0006 with the whole exception, stack included, on one line so build logs keep it together.</summary>
    public static DiagnosticInfo InternalError(string? filePath, string displayName, System.Exception exception)
        => Create(
            DiagnosticDescriptors.InternalError,
            filePath is null ? null : new LocationInfo(filePath, 0),
            displayName,
            exception.ToString().Replace("\r", string.Empty).Replace('\n', ' '));

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.ToArray());
    }
}
