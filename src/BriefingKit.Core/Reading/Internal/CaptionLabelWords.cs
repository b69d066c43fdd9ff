// Word lists for telling a speaker name before a colon ("Priya Nair: …") from ordinary words
// that people put before a colon when they talk or write ("Honestly: …", "Bottom line: …").
// Data only: the rules that use them are in SpeakerPrefix.
using System;
using System.Collections.Generic;

namespace BriefingKit.Reading.Internal;

internal static class CaptionLabelWords
{
    /// <summary>Lower-case name particles allowed between capitalised words (Ursula von der Leyen).</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "del", "della", "da", "das", "dos", "du", "la", "le", "al", "el", "bin", "ibn", "ter", "zu",
    };

    /// <summary>
    /// Words that label a numbered participant rather than name one, so "Speaker 2" or
    /// "Participant 3" is a speaker although the word itself is common.
    /// </summary>
    public static readonly HashSet<string> NumberedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Speaker", "Participant", "Guest", "Caller", "Person", "Voice", "Reporter", "Interviewee", "Interviewer", "Attendee", "Panelist",
    };

    /// <summary>
    /// Common English words — function words, discourse markers, sentence adverbs, heading
    /// nouns, weekdays and months — that start a caption line before a colon in speech or
    /// notes. A label made only of these is not a person's name.
    /// </summary>
    public static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        // Function words and pronouns.
        "A", "An", "The", "And", "But", "Or", "Nor", "So", "Yet", "If", "Then", "Because", "Since", "While", "Though", "Although",
        "I", "We", "You", "They", "He", "She", "It", "This", "That", "These", "Those", "Here", "There", "What", "Why", "How",
        "When", "Where", "Who", "Which", "My", "Our", "Your", "Their", "His", "Her", "Its", "One", "Two", "Three", "All", "Both",
        "Some", "Any", "Each", "Every", "No", "Not", "Yes", "Also", "Plus", "Except", "Hence", "Thus", "Therefore", "Again",
        "Still", "Even", "Just", "Only", "Of", "On", "In", "At", "To", "For", "With", "From", "By", "About", "Up", "Out", "Off",
        // Discourse markers, interjections and answers.
        "Well", "Okay", "Ok", "Right", "Sure", "Fine", "Great", "Good", "Thanks", "Sorry", "Please", "Wait", "Hey", "Hi",
        "Hello", "Oh", "Ah", "Um", "Uh", "Yeah", "Yep", "Nope", "Look", "Listen", "Remember", "Imagine", "Guess", "Like",
        "Agreed", "Done", "Correct", "Wrong", "True", "False", "Exactly", "Absolutely", "Definitely", "Maybe", "Perhaps",
        "Probably", "Anyway", "Meanwhile", "However", "Otherwise", "Besides", "Instead", "Regardless", "Overall", "Similarly",
        "Likewise", "Hopefully", "Unfortunately", "Fortunately", "Sadly", "Luckily", "Interestingly", "Importantly",
        "Honestly", "Frankly", "Basically", "Clearly", "Obviously", "Actually", "Seriously", "Literally", "Personally",
        "Generally", "Ultimately", "Essentially", "Technically", "Practically", "Realistically", "Specifically", "Simply",
        "Apparently", "Admittedly", "Sincerely", "Truthfully", "Bottom", "Short", "Long", "Quick", "Real", "Final", "Big",
        // Ordinals and time words.
        "First", "Second", "Third", "Fourth", "Fifth", "Next", "Last", "Finally", "Lastly", "Firstly", "Secondly", "Now",
        "Today", "Tonight", "Tomorrow", "Yesterday", "Later", "Earlier", "Before", "After", "Soon", "Once",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
        // Heading nouns of notes, slides and news captions.
        "Note", "Notes", "NB", "PS", "Re", "Fwd", "Subject", "Example", "Examples", "Update", "Updates", "Reminder", "Warning",
        "Caution", "Important", "Summary", "Agenda", "Source", "Sources", "Translation", "Transcript", "Quote", "Unquote",
        "Result", "Results", "Step", "Steps", "Tip", "Tips", "Correction", "Caption", "Captions", "Question", "Questions",
        "Answer", "Answers", "Problem", "Point", "Points", "Issue", "Issues", "Context", "Background", "Line", "Story", "Key",
        "Main", "Takeaway", "Takeaways", "Fact", "Facts", "Truth", "Reality", "Rule", "Rules", "Lesson", "Goal", "Goals",
        "Plan", "Option", "Options", "Idea", "Reason", "Thing", "Status", "Outcome", "Decision", "Action", "Actions", "Item",
        "Items", "Details", "Timeline", "Deadline", "Cost", "Costs", "Price", "Budget", "Risk", "Risks", "Verdict",
        "Conclusion", "Caveat", "Disclaimer", "Spoiler", "Headline", "Breaking", "Exclusive", "Live", "News", "Picture",
        "Side", "Follow", "Take", "Talk", "Thoughts", "Open", "Print", "Bad", "Fun", "Number", "Numbers", "Topic", "Topics",
        "Purpose", "Objective", "Scope", "Definition", "Meaning", "Hint", "Clue", "Challenge", "Task", "Tasks", "Priority",
        "Priorities", "Concern", "Concerns", "Response", "Feedback", "Comment", "Comments", "Location", "Time", "Date",
        "Place", "Venue", "Attendees", "Present", "Absent", "Apologies", "Minutes", "Motion", "Vote",
    };
}
