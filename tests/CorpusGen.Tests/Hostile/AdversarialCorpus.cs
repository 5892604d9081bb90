using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CorpusGen.Tests.Hostile;

/// <summary>
/// Files a real corpus contains sooner or later, built as raw bytes (decoded later as the compiler on Linux does),
/// each with the diagnostic it must produce. Built in code rather than committed: some are megabytes, and two
/// names that differ only in case cannot be checked out on Windows or macOS.
/// </summary>
public static class AdversarialCorpus
{
    public sealed record Case(string Name, string RelativePath, byte[] Bytes, string? ExpectedDiagnostic, string? ExpectedArticle)
    {
        public override string ToString() => Name;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static readonly byte[] s_png =
    {
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    };

    public static IReadOnlyList<Case> Cases { get; } = new[]
    {
        new Case("empty", "corpus/empty.txt", Array.Empty<byte>(), "CG0001", null),
        new Case("whitespace only", "corpus/blank.txt", Utf8(" \r\n\t\n\u00A0\u2003\n"), "CG0001", null),
        new Case("image bytes", "corpus/photo.txt", s_png, "CG0002", null),
        new Case("NUL-laden", "corpus/nul.txt", Utf8("Title\nSome\0text\0with\0NULs\n"), "CG0002", null),
        new Case("Latin-1 byte", "corpus/latin1.txt", Encoding.Latin1.GetBytes("Transfer fee\nA \u00A315.8m signing.\n"), "CG0011", "TransferFee"),
        new Case("UTF-16 with BOM", "corpus/utf16.txt", new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Wide story\r\nFares rise to \u00A32.80.\r\n")).ToArray(), null, "WideStory"),
        new Case("5 MB single line", "corpus/huge.txt", Utf8(new string('w', 5 * 1024 * 1024)), "CG0010", null),
        new Case("every line a duplicate", "corpus/echo.txt", Utf8("Echo\nEcho\nEcho\nEcho\n"), "CG0007", "Echo"),
        new Case("only a copyright line", "corpus/copyright.txt", Utf8("\u00A9 Thomson Reuters 2015\n"), "CG0008", "ThomsonReuters2015"),
        new Case("headline that is a keyword", "corpus/kw.txt", Utf8("class\nBody.\n"), null, "Class"),
        new Case("headline of punctuation", "corpus/when-all-else-fails.txt", Utf8("!!! ??? ...\nBody.\n"), null, "WhenAllElseFails"),
        new Case("nothing usable at all", "corpus/___.txt", Utf8("--- !!!\nBody text here.\n"), null, "Article"),
        new Case("path with spaces and non-ASCII", "corpus/with space/Z\u00FCrich \u6771\u4EAC.txt", Utf8("Lake ferry\nBody.\n"), null, "LakeFerry"),
        new Case("index member name", "corpus/all.txt", Utf8("All\nBody.\n"), "CG0003", "All_All"),
    };
}
