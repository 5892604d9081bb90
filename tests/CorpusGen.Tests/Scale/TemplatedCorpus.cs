using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CorpusGen.Tests.Scale;

/// <summary>
/// Deterministic corpora of short reports for the near-duplicate scale tests: <see cref="Templated"/> fills one
/// weather-report template (written for these tests) with a place, a day and a few numbers, so any two reports differ in
/// a handful of words and are near-duplicates of each other; <see cref="Varied"/> has the same number of files of
/// the same shape and length, with every word made of random letters, so no two are alike.
/// </summary>
public static class TemplatedCorpus
{
    private static readonly string[] s_days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static readonly string[] s_skies = { "clear", "cloudy", "grey", "bright", "hazy", "overcast" };
    private static readonly string[] s_winds = { "north", "south", "east", "west", "northwest", "southwest" };
    private static readonly string[] s_syllables = { "bra", "ken", "lo", "mur", "sta", "vin", "dal", "or", "pe", "thu", "wick", "ham" };

    // About 150 words; {0} place, {1} day, {2} sky, {3} high, {4} low, {5} wind direction, {6} wind speed.
    private const string Template =
        "{0} weather for {1}\n\n" +
        "{0} will wake to {2} skies on {1}, with a high of {3} degrees in the early afternoon and a low of {4} " +
        "overnight. Winds from the {5} at around {6} miles an hour are expected through the morning and should ease " +
        "a little after sunset, when the cooler air settles over the valley and the river paths.\n\n" +
        "Forecasters at the regional office said the pattern of the past week would hold for at least another two " +
        "days, with no heavy rain in the outlook and only a small chance of showers near the coast. Gardeners are " +
        "advised to water in the evening, and cyclists should expect a headwind on the long climb out of town.\n\n" +
        "The pollen count will stay moderate, the air quality index is expected to remain in the good range, and " +
        "the next full forecast for the district will be published at six tomorrow morning on the usual channels.\n";

    public sealed record File(string RelativePath, string Text);

    /// <summary><paramref name="count"/> reports from one template; each differs from any other in a few words.</summary>
    public static IReadOnlyList<File> Templated(int count, int seed = 7)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new File(
            Path(i),
            string.Format(
                CultureInfo.InvariantCulture,
                Template,
                Place(i),
                s_days[random.Next(s_days.Length)],
                s_skies[random.Next(s_skies.Length)],
                random.Next(10, 30),
                random.Next(0, 10),
                s_winds[random.Next(s_winds.Length)],
                random.Next(5, 25)))).ToList();
    }

    /// <summary>
    /// As many files as <see cref="Templated"/>, each of the same shape and length as its templated twin: every word is
    /// replaced by random letters of the same length (a capital stays a capital), lines and punctuation stay.
    /// </summary>
    public static IReadOnlyList<File> Varied(int count, int seed = 7)
    {
        var random = new Random(seed + 1);
        return Templated(count, seed).Select(file =>
        {
            var text = file.Text.ToCharArray();
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    var letter = (char)('a' + random.Next(26));
                    text[i] = char.IsUpper(text[i]) ? char.ToUpperInvariant(letter) : letter;
                }
            }

            return new File(file.RelativePath, new string(text));
        }).ToList();
    }

    private static string Path(int i) => "corpus/reports/" + i.ToString("D5", CultureInfo.InvariantCulture) + ".txt";

    /// <summary>A made-up place name, different for every index.</summary>
    private static string Place(int i)
    {
        var name = new StringBuilder();
        do
        {
            name.Append(s_syllables[i % s_syllables.Length]);
            i /= s_syllables.Length;
        }
        while (i > 0);

        name.Append("ton");
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

}
