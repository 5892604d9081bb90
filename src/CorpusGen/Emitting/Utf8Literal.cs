using System.Text;

namespace CorpusGen.Emitting;

/// <summary>How many bytes text takes in a "..."u8 literal.</summary>
internal static class Utf8Literal
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static int ByteCount(string text) => s_utf8.GetByteCount(text);
}
