using System;

namespace CorpusGen.Reading;

/// <summary>The spellings MSBuild itself accepts for a bool (ConversionUtilities.ConvertStringToBool), any case.</summary>
internal static class MsBuildBoolean
{
    /// <summary>true, yes, on, !false, !no, !off and their negations; null for anything else (trim first).</summary>
    public static bool? Parse(string value)
    {
        var negated = value.StartsWith("!", StringComparison.Ordinal);
        var word = negated ? value.Substring(1) : value;
        bool? parsed = IsAny(word, "true", "yes", "on") ? true : IsAny(word, "false", "no", "off") ? false : null;
        return negated ? !parsed : parsed;
    }

    private static bool IsAny(string word, string a, string b, string c)
        => string.Equals(word, a, StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, b, StringComparison.OrdinalIgnoreCase)
        || string.Equals(word, c, StringComparison.OrdinalIgnoreCase);
}
