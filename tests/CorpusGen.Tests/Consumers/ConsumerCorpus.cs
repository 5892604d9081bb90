namespace CorpusGen.Tests.Consumers;

/// <summary>
/// Short original articles (written for these tests, about invented places and people) that consumer projects
/// compile next to the seed. Each shows one shape the parser handles; the expected values are spelled out beside it.
/// </summary>
internal static class ConsumerCorpus
{
    /// <summary>The seed's name and facts, from corpus/000_4b3ca78899aa5c2a.txt (copied byte for byte).</summary>
    public const string SeedName = "BanKiMoon";
    public const string SeedFileName = "000_4b3ca78899aa5c2a.txt";
    public const int SeedParagraphs = 17;

    /// <summary>
    /// Caption, dateline, copyright with a year and a one-line trailer; named from the caption's person
    /// ("Director" is a role word): <c>InesOkafor</c>.
    /// </summary>
    public const string Lighthouse =
        "File photo of Port Director Ines Okafor.\n" +
        "MARLOW BAY:\n" +
        "Port Director Ines Okafor said on Tuesday that the old lighthouse on the north mole will be lit again next spring, forty years after its lamp was switched off.\n" +
        "The restored lantern will run on solar panels fitted to the gallery rail, and volunteers will open the tower to visitors on summer weekends.\n" +
        "\"Sailors still steer by it, even when it is dark,\" Okafor said.\n" +
        "Copyright 2023 Marlow Bay Courier\n" +
        "Get the Courier's harbour newsletter every Friday\n";

    public const string LighthouseName = "InesOkafor";
    public const string LighthouseCaption = "File photo of Port Director Ines Okafor.";
    public const string LighthouseFirst = "Port Director Ines Okafor said on Tuesday that the old lighthouse on the north mole will be lit again next spring, forty years after its lamp was switched off.";
    public const string LighthouseLast = "\"Sailors still steer by it, even when it is dark,\" Okafor said.";

    /// <summary>
    /// A headline, then hard-wrapped paragraphs separated by blank lines (CRLF line endings, as saved on Windows):
    /// each paragraph becomes one line. Named from the headline.
    /// </summary>
    public const string Chess =
        "Orchard school wins regional chess shield\r\n" +
        "\r\n" +
        "Pupils from Orchard Lane primary school won the regional chess\r\n" +
        "shield on Saturday, beating eleven other teams over seven rounds\r\n" +
        "in the town hall.\r\n" +
        "\r\n" +
        "The team captain, who is ten, drew the deciding game against\r\n" +
        "last year's champions with a minute left on her clock.\r\n" +
        "\r\n" +
        "The shield will stand in the school library until next autumn.\r\n";

    public const string ChessName = "OrchardSchoolWinsRegionalChessShield";
    public const string ChessHeadline = "Orchard school wins regional chess shield";
    public const string ChessFirst = "Pupils from Orchard Lane primary school won the regional chess shield on Saturday, beating eleven other teams over seven rounds in the town hall.";
    public const string ChessLast = "The shield will stand in the school library until next autumn.";

    /// <summary>
    /// Text that must be escaped in C# literals and XML doc comments (quotes, a backslash, &amp;, &lt;, "*/",
    /// non-ASCII); named through <c>CorpusGenName</c> metadata.
    /// </summary>
    public const string Storm =
        "Storm warning: gusts of \"110 km/h\" & <sleet> tonight */\n" +
        "\n" +
        "Forecasters issued an amber warning for the coast \u2014 the strongest since 2019.\n" +
        "\n" +
        "Ferry crossings may be cancelled; check C:\\timetables\\winter before you travel.\n" +
        "\n" +
        "Temperatures will fall to \u22123 \u00B0C inland.\n";

    public const string StormName = "StormWarning";
    public const string StormHeadline = "Storm warning: gusts of \"110 km/h\" & <sleet> tonight */";
    public const string StormFirst = "Forecasters issued an amber warning for the coast \u2014 the strongest since 2019.";
    public const string StormLast = "Temperatures will fall to \u22123 \u00B0C inland.";

    /// <summary>Sports desk, compiled into a class of its own with <c>CorpusGenClass="Sports"</c>.</summary>
    public const string Rowing =
        "Rowing club takes river sprint title\n" +
        "\n" +
        "The Millbrook rowing club won the river sprint title on Sunday by a quarter of a length.\n" +
        "\n" +
        "Their coxswain said the crew had trained at dawn for six weeks.\n";

    public const string RowingName = "RowingClubTakesRiverSprintTitle";

    public const string Football =
        "Late goal keeps Ashford top of the league\n" +
        "\n" +
        "A header in the final minute gave Ashford a 2-1 win over Kingsmere on Saturday.\n" +
        "\n" +
        "Ashford stay two points clear with four games left.\n";

    public const string FootballName = "LateGoalKeepsAshfordTopOfTheLeague";
}
