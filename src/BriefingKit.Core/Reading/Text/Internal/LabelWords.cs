// Word lists for telling speaker labels from ordinary words before a colon. Data only: the rules
// that use them are in SpeakerLabelMatcher and LabelShapes.
using System;
using System.Collections.Generic;

namespace BriefingKit.Reading.Text.Internal;

internal static class LabelWords
{
    /// <summary>Keys (see <see cref="LabelKey"/>) of words that end in a colon at the start of a line without being speakers.</summary>
    public static readonly HashSet<string> NotSpeakers = new(StringComparer.Ordinal)
    {
        "NOTE", "NOTES", "UPDATE", "UPDATED", "EDITOR S NOTE", "EDITORS NOTE", "SOURCE", "SOURCES", "PHOTO", "DATE", "TIME",
        "LOCATION", "SUBJECT", "RE", "TO", "FROM", "CC", "BCC", "WHEN", "WHERE", "WHAT", "WHO", "WHY", "HOW", "AGENDA",
        "ATTENDEES", "PARTICIPANTS", "PRESENT", "SUMMARY", "BACKGROUND", "CONTACT", "TITLE", "TAGS", "URL", "LINK", "LINKS",
        "WARNING", "IMPORTANT", "EXAMPLE", "TRANSCRIPT", "TRANSLATION", "P S", "PS", "ALSO", "AND", "BUT", "SO", "FACT SHEET",
        "READ MORE", "WATCH", "LISTEN", "EMBARGOED", "FOR IMMEDIATE RELEASE", "MEDIA NOTE", "READOUT", "STATEMENT", "RELATED",
        "VIDEO", "AUDIO", "IMAGE", "FIGURE", "TABLE", "CHART", "DRAFT", "CLASSIFICATION", "Q AND A", "THE BOTTOM LINE",
        "QA", "CORRECTION", "CORRECTIONS", "CLARIFICATION", "DISCLAIMER", "AS PREPARED FOR DELIVERY", "AS DELIVERED",
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "TODAY", "TONIGHT", "TOMORROW", "YESTERDAY",
    };

    /// <summary>
    /// Discourse markers and sentence adverbs: a writer puts a colon after them ("Honestly: …", "However: …"),
    /// a transcript never names a speaker with them.
    /// </summary>
    public static readonly HashSet<string> DiscourseMarkers = new(StringComparer.Ordinal)
    {
        "HOWEVER", "HONESTLY", "FRANKLY", "SERIOUSLY", "ACTUALLY", "BASICALLY", "ANYWAY", "ANYWAYS", "AGAIN", "FINALLY", "FIRST",
        "SECOND", "THIRD", "FIRSTLY", "SECONDLY", "THIRDLY", "LASTLY", "MEANWHILE", "OTHERWISE", "THEREFORE", "THUS", "HENCE",
        "MOREOVER", "FURTHERMORE", "ADDITIONALLY", "BESIDES", "STILL", "YET", "NOW", "THEN", "WELL", "OKAY", "OK", "YES", "NO",
        "SURE", "RIGHT", "INDEED", "CLEARLY", "OBVIOUSLY", "PERSONALLY", "ULTIMATELY", "IMPORTANTLY", "INTERESTINGLY",
        "UNFORTUNATELY", "FORTUNATELY", "SURPRISINGLY", "REMEMBER", "REMINDER", "TIP", "HINT", "CAUTION", "ANSWER", "EDIT",
        "REASON", "RESULT", "RESULTS", "CONCLUSION", "OVERALL", "BOTTOM LINE", "INSTEAD", "PLUS", "FACT", "TRUTH", "SPOILER",
        "CONTEXT", "ASIDE", "DISCLOSURE", "QUOTE", "VERDICT", "PROBLEM", "SOLUTION", "GOAL", "GOALS", "STEP", "OPTION",
        "MEANING", "TRANSLATED", "OFTEN", "SOMETIMES", "USUALLY", "LATER", "EARLIER", "SIMILARLY", "LIKEWISE", "CONVERSELY",
        "ALTERNATIVELY", "IN SHORT", "IN FACT", "IN OTHER WORDS", "FOR EXAMPLE", "FOR INSTANCE", "OF COURSE", "BY THE WAY",
        "THAT SAID", "IN ADDITION", "ON THE OTHER HAND", "TO BE FAIR", "TO BE CLEAR", "KEY TAKEAWAY", "KEY TAKEAWAYS",
        "NEXT STEPS", "ACTION ITEMS", "TAKEAWAY", "TAKEAWAYS", "LESSON", "WHY IT MATTERS", "WHAT S NEXT", "THE GIST",
    };

    /// <summary>
    /// Common English words. A label seen only once is taken on its shape alone only when its name words are
    /// none of these: "Brokaw:" once is a speaker in a debate of "Nixon:" and "Kennedy:", "Sometimes:" is not.
    /// A courtesy or role title before the name ("Mr. Young") makes it a name whatever the words.
    /// </summary>
    public static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "A", "AN", "THE", "THIS", "THAT", "THESE", "THOSE", "MY", "OUR", "YOUR", "THEIR", "HIS", "HER", "ITS", "I", "WE", "YOU",
        "HE", "SHE", "IT", "THEY", "ME", "US", "THEM", "ALL", "ANY", "EACH", "EVERY", "SOME", "MANY", "MOST", "MORE", "LESS",
        "FEW", "OTHER", "ANOTHER", "SUCH", "ONE", "TWO", "THREE", "FOUR", "FIVE", "TEN", "IN", "ON", "AT", "BY", "FOR", "WITH",
        "ABOUT", "AFTER", "BEFORE", "UNDER", "OVER", "BETWEEN", "INTO", "OF", "OR", "NOT", "IF", "AS", "IS", "ARE", "WAS",
        "BE", "DO", "DOES", "DID", "HAVE", "HAS", "HAD", "CAN", "WILL", "WOULD", "SHOULD", "MUST", "MAY", "MIGHT", "HERE",
        "THERE", "NEW", "OLD", "GOOD", "BAD", "BEST", "BIG", "SMALL", "GREAT", "HIGH", "LOW", "LONG", "SHORT", "NEXT", "LAST",
        "OPEN", "CLOSED", "FULL", "MAIN", "KEY", "TOP", "FINAL", "TOTAL", "GENERAL", "SPECIAL", "PUBLIC", "PRIVATE", "LOCAL",
        "NATIONAL", "POLICY", "PLAN", "PLANS", "ISSUE", "ISSUES", "POINT", "POINTS", "QUESTIONS", "TOPIC", "TOPICS", "ITEM",
        "ITEMS", "NEWS", "STORY", "REPORT", "DATA", "FACTS", "FINDINGS", "STEPS", "ACTION", "ACTIONS", "DECISION", "DECISIONS",
        "OUTCOME", "OUTCOMES", "TERMS", "RULES", "RULE", "COST", "COSTS", "PRICE", "PRICES", "TAX", "TAXES", "MONEY", "WORK",
        "HOME", "HOUSE", "GARDEN", "CITY", "STATE", "WORLD", "COUNTRY", "PEOPLE", "MEN", "WOMEN", "FAMILY", "LIFE", "DAY",
        "WEEK", "MONTH", "YEAR", "YEARS", "MORNING", "EVENING", "NIGHT", "PART", "CHAPTER", "SECTION", "PAGE", "LINE", "LIST",
        "NAME", "NAMES", "PLACE", "VENUE", "EVENT", "EVENTS", "MEETING", "SESSION", "PANEL", "KEYNOTE", "REMARKS", "OPENING",
        "CLOSING", "WELCOME", "INTRODUCTION", "OVERVIEW", "AGREEMENT", "DEAL", "VOTE", "VOTES", "TOTALS", "SCORE", "STATUS",
        "STATS", "FOCUS", "THEME", "MESSAGE", "RESPONSE", "REPLY", "REQUEST", "OFFER", "PROMISE", "WARNINGS", "RISK", "RISKS",
        "HISTORY", "FUTURE", "PAST", "PRESENT", "SCENE", "SETTING", "MOOD", "TONE", "STYLE", "TYPE", "KIND", "FORMAT", "SIZE",
        "COLOR", "COLOUR", "WEATHER", "TRAFFIC", "SPORTS", "HEALTH", "EDUCATION", "SCIENCE", "BUSINESS", "ECONOMY", "TRADE",
        "ENERGY", "CLIMATE", "SECURITY", "DEFENSE", "DEFENCE", "WAR", "PEACE", "LAW", "ORDER", "ROSE", "WHITE", "BLACK", "RED",
        "BLUE", "GREEN", "NORTH", "SOUTH", "EAST", "WEST", "BREAKING", "LIVE", "EXCLUSIVE", "ANALYSIS", "OPINION", "REVIEW",
        "UPDATE", "RECAP", "PREVIEW", "HIGHLIGHTS", "DETAILS", "RESOURCES", "CONTACTS", "CREDITS", "THANKS", "NOTICE", "ALERT",
    };

    /// <summary>
    /// ISO 639-1 language codes as interpreted transcripts write them after a name ("Name (SL):"). Left out on
    /// purpose: codes that are also common actor abbreviations ("UK" is Ukrainian but mostly the United
    /// Kingdom, "EU" Basque but mostly the European Union).
    /// </summary>
    public static readonly HashSet<string> LanguageCodes = new(StringComparer.Ordinal)
    {
        "AR", "BG", "BS", "CA", "CS", "CY", "DA", "DE", "EL", "EN", "ES", "ET", "FA", "FI", "FR", "GA", "HE", "HI", "HR",
        "HU", "HY", "ID", "IS", "IT", "JA", "KA", "KK", "KO", "LT", "LV", "MK", "MN", "MS", "MT", "NL", "NO", "PL", "PT",
        "RO", "RU", "SK", "SL", "SQ", "SR", "SV", "SW", "TH", "TR", "UR", "UZ", "VI", "ZH",
    };
}
