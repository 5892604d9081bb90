using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CorpusGen.Corpus;
using Xunit;

namespace CorpusGen.Tests.Naming;

/// <summary>
/// Templated text puts every article into the same LSH bucket; pairing them all made a 2,000-file corpus of
/// "Report number N" take four minutes in the corpus step. Buckets past <see cref="NearDuplicateDetector.MaxBucketSize"/>
/// give no candidates.
/// </summary>
public class NearDuplicateBucketTests
{
    [Theory]
    [InlineData(NearDuplicateDetector.MaxBucketSize, NearDuplicateDetector.MaxBucketSize * (NearDuplicateDetector.MaxBucketSize - 1) / 2)]
    [InlineData(NearDuplicateDetector.MaxBucketSize + 1, 0)]
    public void A_bucket_is_paired_up_to_the_cap_and_not_beyond(int articles, int expectedPairs)
    {
        // Every article has the same band keys and the same shingle set, but different lines (not exact duplicates).
        var keys = Enumerable.Repeat(42UL, 32).ToArray();
        var bandKeys = Enumerable.Range(0, articles).Select(i => (i, (IReadOnlyList<ulong>)keys)).ToList();

        var pairs = NearDuplicateDetector.FindByBandKeys(
            bandKeys,
            _ => new ulong[] { 1, 2, 3 },
            i => new[] { "Line " + i },
            0.7,
            CancellationToken.None);

        Assert.Equal(expectedPairs, pairs.Count);
    }
}
