using CorpusGen.Cli.Reporting;
using Xunit;

namespace CorpusGen.Cli.Tests.Units;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff()
    {
        Assert.Equal(string.Empty, UnifiedDiff.Create("a", "x\ny\n", "b", "x\ny\n"));
    }

    [Fact]
    public void A_changed_line_is_one_hunk_with_three_lines_of_context()
    {
        var before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        var diff = UnifiedDiff.Create("old.cs", before, "new.cs", after);

        Assert.Equal("--- old.cs\n+++ new.cs\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
    }

    [Fact]
    public void Far_apart_changes_are_separate_hunks_and_a_new_file_diffs_from_nothing()
    {
        var before = string.Join("\n", System.Linq.Enumerable.Range(1, 30)) + "\n";
        var after = before.Replace("\n3\n", "\nthree\n", System.StringComparison.Ordinal).Replace("\n27\n", "\ntwenty-seven\n", System.StringComparison.Ordinal);

        var diff = UnifiedDiff.Create("a", before, "b", after);
        var created = UnifiedDiff.Create("/dev/null", string.Empty, "b", "x\n");

        Assert.Equal(2, diff.Split("\n@@ ").Length - 1);
        Assert.Equal("--- /dev/null\n+++ b\n@@ -0,0 +1,1 @@\n+x\n", created);
    }
}
