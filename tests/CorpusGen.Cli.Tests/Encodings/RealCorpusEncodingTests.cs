using System.IO;
using System.Linq;
using System.Text;
using CorpusGen.Cli.Encodings;
using CorpusGen.Tests.Infrastructure;
using Xunit;

namespace CorpusGen.Cli.Tests.Encodings;

/// <summary>The detector on a real scraped corpus (local input only, never committed; skipped when absent).</summary>
public sealed class RealCorpusEncodingTests
{
    [SharedCorpusFact("bbc-news")]
    public void The_BBC_corpus_is_ASCII_and_UTF_8_but_for_the_one_file_with_a_raw_Windows_1252_pound_sign()
    {
        var dir = RepoPaths.SharedCorpusDir("bbc-news")!;
        var kinds = Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories)
            .ToLookup(path => EncodingDetector.Detect(File.ReadAllBytes(path)).Kind);

        // FACTS.md: 2,225 files, UTF-8 except one raw 0xA3 byte in sport/199.txt.
        Assert.Equal(2225, kinds.Sum(group => group.Count()));
        var legacy = Assert.Single(kinds[TextEncodingKind.Windows1252]);
        Assert.EndsWith(Path.Combine("sport", "199.txt"), legacy);
        Assert.Equal(2224, kinds[TextEncodingKind.Ascii].Count() + kinds[TextEncodingKind.Utf8].Count());

        var conversion = Utf8Conversion.Plan(File.ReadAllBytes(legacy), withBom: false);
        Assert.Contains("\u00A3", Encoding.UTF8.GetString(conversion.Utf8Bytes!));
    }
}
