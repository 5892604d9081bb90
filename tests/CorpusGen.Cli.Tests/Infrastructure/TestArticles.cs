using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CorpusGen.Cli.Tests.Infrastructure;

/// <summary>
/// Articles written for these tests (never text from shared/corpora), one per format the parser knows: a captioned
/// wire story with a dateline, copyright and trailer; a hard-wrapped headline story; a story whose first line is a
/// paragraph (derived title) with a credit and web debris; an exact copy of another file; CRLF with a BOM; UTF-16.
/// </summary>
public static class TestArticles
{
    public const string Captioned =
        "Photo of Harbour Master Ines Calder at the new lock gates.\n" +
        "PORTHAVEN:\n" +
        "The new lock gates at Porthaven opened on Tuesday, two months ahead of the date set when work began last spring.\n" +
        "Harbour Master Ines Calder said the gates would let larger fishing boats reach the inner basin at any tide.\n" +
        "Harbour Master Ines Calder said the gates would let larger fishing boats reach the inner basin at any tide.\n" +
        "The work cost less than the council had budgeted, the harbour board said in a statement.\n" +
        "Copyright 2025 Porthaven Gazette\n" +
        "Follow the Gazette for more coastal news\n";

    public const string HardWrapped =
        "Orchard growers report a late but heavy apple crop\n" +
        "\n" +
        "Growers across the valley say the apple harvest began almost three\n" +
        "weeks later than usual this year, after a cold spring held back the\n" +
        "blossom, but the crop is the heaviest in a decade.\n" +
        "\n" +
        "Pickers have been hired for an extra fortnight, and the co-operative\n" +
        "has rented two more cold stores to hold the fruit until the winter.\n";

    public const string NoHeadline =
        "MILLBROOK (Valley Wire) - The Millbrook bridge will close for three nights next week while engineers replace the expansion joints, the county roads office said on Friday, and traffic will be sent through the town centre.\n" +
        "Photo by Tom Ashdown\n" +
        "Read more\n" +
        "Buses will keep their usual stops, but drivers should allow an extra fifteen minutes for journeys across the river.\n";

    /// <summary>Writes the corpus into <paramref name="folder"/> and returns the file names written.</summary>
    public static IReadOnlyList<string> WriteCorpus(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        void Write(string name, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            files.Add(name);
        }

        var utf8 = new UTF8Encoding(false);
        Write("lock-gates.txt", utf8.GetBytes(Captioned));
        Write("apple-crop.txt", utf8.GetBytes(HardWrapped));
        Write("bridge-closure.txt", utf8.GetBytes(NoHeadline));
        Write("bridge-closure-copy.txt", utf8.GetBytes(NoHeadline));
        Write("market-crlf-bom.txt", new UTF8Encoding(true).GetPreamble().Concat(utf8.GetBytes("Farmers market moves to the quay\r\n\r\nThe Saturday farmers market will move to the quay from next month, the town council said.\r\nStallholders welcomed the extra space.\r\n")));
        Write("choir-utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Choir wins regional title\n\nThe Millbrook community choir won the regional title on Sunday with a programme of sea shanties.\n")));
        return files;
    }

    private static byte[] Concat(this byte[] first, byte[] second)
    {
        var all = new byte[first.Length + second.Length];
        first.CopyTo(all, 0);
        second.CopyTo(all, first.Length);
        return all;
    }
}
