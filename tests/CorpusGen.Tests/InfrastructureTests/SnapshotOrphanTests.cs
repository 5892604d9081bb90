using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Tests.InfrastructureTests;

public class SnapshotOrphanTests
{
    /// <summary>A renamed or deleted snapshot test leaves verified files no test checks any more; this finds them.</summary>
    [Fact]
    public void Every_verified_snapshot_belongs_to_a_test_method()
    {
        Assert.Empty(Snapshot.FindOrphans(typeof(SnapshotOrphanTests).Assembly.GetTypes()));
    }
}
