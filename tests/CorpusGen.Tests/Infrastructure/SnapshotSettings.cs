using System.Collections.Generic;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>Per-call variations of <see cref="Snapshot"/>; the defaults are what product tests want.</summary>
public sealed record SnapshotSettings
{
    /// <summary>Where the verified files are; default <see cref="RepoPaths.SnapshotsDir"/>.</summary>
    public string? Directory { get; init; }

    /// <summary>Accept (rewrite verified files) instead of failing; default from CORPUSGEN_ACCEPT / VERIFY_AUTOAPPROVE.</summary>
    public bool? Accept { get; init; }

    /// <summary>
    /// Appended to the method name as <c>{Method}_{Parameters}</c> (Verify's UseParameters layout), so each case of a
    /// theory gets its own files.
    /// </summary>
    public string? Parameters { get; init; }

    public IReadOnlyList<Scrubber> Scrubbers { get; init; } = SnapshotScrubbers.Default;
}
