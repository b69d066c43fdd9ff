// Word lists for telling a speaker's part from the document. Data only: the rules are in
// SpeakerKindAnalyzer.
using System;
using System.Collections.Generic;

namespace BriefingKit.Analysis;

internal static class KindWords
{
    /// <summary>
    /// Labels that name a part in a conversation, not a person or an office: a coaching session's "Coach" and
    /// "Client", a support call's "Agent" and "Customer". Nobody holds them as a title, so they are never officials.
    /// </summary>
    public static readonly HashSet<string> ConversationParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Coach", "Client", "Agent", "Customer", "Caller", "Patient", "Doctor", "Nurse", "Therapist", "Student", "Teacher",
        "Instructor", "Interviewee", "Respondent", "Applicant", "User", "Buyer", "Seller", "Tenant", "Landlord", "Mentor",
        "Mentee", "Trainer", "Trainee", "Visitor", "Guest", "Narrator", "Parent", "Child", "Employee", "Manager", "Support",
        "Support Agent", "Sales", "Sales Rep", "Consultant", "Volunteer", "Attendee", "Participant", "Supervisor", "System", "Bot",
    };

    /// <summary>Words that, after a name in a self-introduction, say the speaker runs the event.</summary>
    public static readonly string[] ModeratorWords = { "moderator", "moderating", "host", "hosting", "your host", "anchor" };

    /// <summary>Words of a news organisation's name ("NBC News", "the Midland Courier", "Public Television").</summary>
    public static readonly HashSet<string> NewsWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "Television", "TV", "Radio", "Broadcasting", "Broadcast", "Network", "Press", "Times", "Post", "Herald",
        "Tribune", "Journal", "Gazette", "Courier", "Ledger", "Magazine", "Newspaper", "Wire", "Newsweek", "Telegraph",
        "Chronicle", "Observer", "Guardian", "Examiner", "Inquirer", "Dispatch", "Bulletin", "Review", "Reporter", "Media",
    };

    /// <summary>Words that, in the introduction, name the panel of journalists who ask the questions.</summary>
    public static readonly string[] PanelCues =
    {
        "panel", "panelist", "panelists", "questioner", "questioners", "journalist", "journalists", "reporter", "reporters",
        "correspondent", "correspondents", "asking the questions", "asking questions", "questioning the candidates",
    };
}
