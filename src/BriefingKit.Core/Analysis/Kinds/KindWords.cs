// Word lists for telling a speaker's part from the document (templates/speaker-kinds.json,
// embedded). Data only: the rules are in SpeakerKindAnalyzer and the readers.
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal static class KindWords
{
    private static readonly Lazy<Lists> Data = new(() => DataFiles.BuiltIn("speaker-kinds.json", "speaker kind word list",
        "{\"conversationParts\": [...], \"unidentifiedLabels\": [...], \"moderatorWords\": [...], \"newsWords\": [...], \"panelCues\": [...], \"placeholderLabels\": [...], \"placeholderQualifiers\": [...], \"selfIntroductions\": [...], \"moderatorIsNamed\": [...], \"moderatorOf\": [...]}", Read));

    /// <summary>
    /// Labels that name a part in a conversation, not a person or an office: a coaching session's "Coach" and
    /// "Client", a support call's "Agent" and "Customer". Nobody holds them as a title, so they are never officials.
    /// </summary>
    public static HashSet<string> ConversationParts => Data.Value.ConversationParts;

    /// <summary>
    /// Labels that name no one, only someone present: an aide who interjects ("AIDE:"), a voice from the audience
    /// ("AUDIENCE MEMBER:"). The speaker is unidentified; a role word among them ("Staff") is not an office.
    /// </summary>
    public static HashSet<string> UnidentifiedLabels => Data.Value.UnidentifiedLabels;

    /// <summary>Words that, after a name in a self-introduction, say the speaker runs the event.</summary>
    public static string[] ModeratorWords => Data.Value.ModeratorWords;

    /// <summary>Words of a news organisation's name ("NBC News", "the Midland Courier", "Public Television").</summary>
    public static HashSet<string> NewsWords => Data.Value.NewsWords;

    /// <summary>Words that, in the introduction, name the panel of journalists who ask the questions.</summary>
    public static string[] PanelCues => Data.Value.PanelCues;

    /// <summary>Labels of a voice a transcription service cannot name ("Speaker", "Guest"), as a regex alternation without a group.</summary>
    public static string PlaceholderLabel => Data.Value.PlaceholderLabel;

    /// <summary>Words before a placeholder label ("Unknown Speaker"), as a regex alternation without a group.</summary>
    public static string PlaceholderQualifier => Data.Value.PlaceholderQualifier;

    /// <summary>Openers of a self-introduction ("I am", "My name is"), matched as written, as a regex alternation without a group.</summary>
    public static string SelfIntroduction => Data.Value.SelfIntroduction;

    /// <summary>Words between "moderator" and the name ("the moderator is Jane Roe"), as a regex alternation without a group.</summary>
    public static string ModeratorIsNamed => Data.Value.ModeratorIsNamed;

    /// <summary>Words before "moderator" after a name ("Jane Roe, our moderator"), as a regex alternation without a group.</summary>
    public static string ModeratorOf => Data.Value.ModeratorOf;

    /// <summary>Courtesy titles before a moderator's name ("the moderator, Dr. Roe"), as a regex alternation without a group.</summary>
    public static string CourtesyTitles => Data.Value.CourtesyTitles;

    /// <summary>Titles after which a full stop does not end a sentence ("Mr. Pryor", "Sen. Roe"), as a regex alternation without a group.</summary>
    public static string TitlesBeforeNames => Data.Value.TitlesBeforeNames;

    private static Lists Read(JsonElement root) => new(
        new HashSet<string>(JsonLists.Required(root, "conversationParts"), StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(JsonLists.Required(root, "unidentifiedLabels"), StringComparer.OrdinalIgnoreCase),
        JsonLists.Required(root, "moderatorWords").ToArray(),
        new HashSet<string>(JsonLists.Required(root, "newsWords"), StringComparer.OrdinalIgnoreCase),
        JsonLists.Required(root, "panelCues").ToArray(),
        WordAlternation.Of(JsonLists.Required(root, "placeholderLabels")),
        WordAlternation.Of(JsonLists.Required(root, "placeholderQualifiers")),
        WordAlternation.Of(JsonLists.Required(root, "selfIntroductions")),
        WordAlternation.Of(JsonLists.Required(root, "moderatorIsNamed")),
        WordAlternation.Of(JsonLists.Required(root, "moderatorOf")),
        WordAlternation.Of(JsonLists.Required(root, "courtesyTitles")),
        WordAlternation.Of(JsonLists.Required(root, "titlesBeforeNames")));

    private sealed record Lists(HashSet<string> ConversationParts, HashSet<string> UnidentifiedLabels, string[] ModeratorWords, HashSet<string> NewsWords, string[] PanelCues,
        string PlaceholderLabel, string PlaceholderQualifier, string SelfIntroduction, string ModeratorIsNamed, string ModeratorOf,
        string CourtesyTitles, string TitlesBeforeNames);
}
