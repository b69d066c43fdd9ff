// The one per-transcript document every analyzer reads and adds to (after spaCy's Doc): the
// transcript so far, its sentences with their tokens (split and lower-cased once), and what
// several analyzers need from it — the speaker roster, the quoted speech, the main parties and
// whether "we" is their joint voice. Each part is built on first use and rebuilt only when the
// part of the transcript it comes from is replaced (turns, speakers, quotes).
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Analysis;

/// <summary>
/// A transcript under analysis: analyzers read <see cref="Transcript"/> and the shared views
/// (<see cref="Sentences"/>, …) and set <see cref="Transcript"/> to the transcript with their results.
/// Made by the pipeline for each input; not shared between threads.
/// </summary>
internal sealed class AnalysisDocument
{
    private Transcript _transcript;
    private IReadOnlyList<Sentence>? _sentences;
    private ValueList<Turn>? _sentencesOf;
    private SpeakerRoster? _roster;
    private (ValueList<Speaker> Speakers, PeopleDirectory People)? _rosterOf;
    private QuotedSpeech? _quoted;
    private ValueList<Quote>? _quotedOf;
    private int _wordCount = -1;
    private ValueList<Turn>? _wordCountOf;
    private IReadOnlyList<string>? _parties;
    private (ValueList<Speaker> Speakers, ValueList<Turn> Turns, string? Title, SubjectFinder Subjects)? _partiesOf;

    /// <summary>Starts the analysis of a transcript.</summary>
    /// <param name="transcript">The transcript as read.</param>
    public AnalysisDocument(Transcript transcript) => _transcript = transcript ?? throw new ArgumentNullException(nameof(transcript));

    /// <summary>The transcript so far; an analyzer sets it to the transcript with its results.</summary>
    public Transcript Transcript
    {
        get => _transcript;
        set => _transcript = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The sentences of every turn, in order, each with its tokens.</summary>
    public IReadOnlyList<Sentence> Sentences
    {
        get
        {
            // Analyzers that only re-attribute turns (the speaker merger) keep the texts, so the sentences stand.
            if (_sentences is null || !SameTexts(_sentencesOf!, _transcript.Turns))
            {
                _sentences = SentenceSplitter.Split(_transcript);
                _sentencesOf = _transcript.Turns;
            }
            return _sentences;
        }
    }

    /// <summary>The number of words in the turns (for rules that depend on a document's length).</summary>
    public int WordCount
    {
        get
        {
            // Counted once while the turns stand: several analyzers ask, and counting reads every turn.
            if (_wordCount < 0 || !ReferenceEquals(_wordCountOf, _transcript.Turns))
            {
                _wordCount = _transcript.Turns.Sum(t => SpaceSeparated.Count(t.Text));
                _wordCountOf = _transcript.Turns;
            }
            return _wordCount;
        }
    }

    /// <summary>The speakers, with lookups by surname, role and mention; adding reported people to it changes <see cref="Transcript"/>'s speakers only when an analyzer sets them.</summary>
    internal SpeakerRoster Roster(PeopleDirectory people)
    {
        if (_roster is null || _rosterOf is not { } of || !ReferenceEquals(of.Speakers, _transcript.Speakers) || !ReferenceEquals(of.People, people))
        {
            _roster = new SpeakerRoster(_transcript, people);
            _rosterOf = (_transcript.Speakers, people);
        }
        return _roster;
    }

    /// <summary>Who said each direct quotation's words: a sentence inside one is its speaker's.</summary>
    internal QuotedSpeech QuotedSpeech
    {
        get
        {
            if (_quoted is null || !ReferenceEquals(_quotedOf, _transcript.Quotes))
            {
                _quoted = new QuotedSpeech(_transcript);
                _quotedOf = _transcript.Quotes;
            }
            return _quoted;
        }
    }

    /// <summary>
    /// The main parties, whom "both sides" and a joint "we" mean (<see cref="SubjectFinder.MainParties"/>), found
    /// once while the speakers, turns and title stand.
    /// </summary>
    internal IReadOnlyList<string> MainParties(SubjectFinder subjects)
    {
        if (_parties is null || _partiesOf is not { } of || !ReferenceEquals(of.Speakers, _transcript.Speakers) || !ReferenceEquals(of.Turns, _transcript.Turns)
            || !string.Equals(of.Title, _transcript.Title, StringComparison.Ordinal) || !ReferenceEquals(of.Subjects, subjects))
        {
            _parties = subjects.MainParties(_transcript);
            _partiesOf = (_transcript.Speakers, _transcript.Turns, _transcript.Title, subjects);
        }
        return _parties;
    }

    /// <summary>Whether "we" is all the main parties: in a joint event, when there are two or more.</summary>
    internal bool JointVoice(SubjectFinder subjects) => MainParties(subjects).Count >= 2 && IsJointEvent;

    /// <summary>A joint press conference or a joint statement: where "we" may speak for every main party.</summary>
    public bool IsJointEvent =>
        _transcript.Kind == TranscriptKind.PressConference
        || (_transcript.Kind == TranscriptKind.Statement && (_transcript.Title ?? string.Empty).IndexOf("joint", StringComparison.OrdinalIgnoreCase) >= 0);

    private static bool SameTexts(ValueList<Turn> before, ValueList<Turn> now)
    {
        if (ReferenceEquals(before, now)) return true;
        if (before.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++)
            if (!ReferenceEquals(before[i].Text, now[i].Text) && !string.Equals(before[i].Text, now[i].Text, StringComparison.Ordinal)) return false;
        return true;
    }
}
