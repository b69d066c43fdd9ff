// Reads a WebVTT cue payload into speaker segments: <v Name> voice spans (closing tag
// optional, several per cue, names with character references) start segments; other tags
// (<c>, <i>, <b>, <u>, <lang>, <ruby>, timestamps) are dropped, <rt> ruby text with them;
// character references are decoded. A '<' that does not open a tag is kept as text.
using System;
using System.Collections.Generic;
using System.Text;
using BriefingKit.Reading.Internal;

namespace BriefingKit.Reading.WebVtt.Internal;

internal static class WebVttCueText
{
    private const int MaxTagLength = 256;

    public static List<CaptionSegment> Parse(IReadOnlyList<CaptionLine> payload, out bool hasVoice)
    {
        var state = new State();
        foreach (var line in payload)
        {
            var text = line.Text;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '<' && TryReadTag(text, i, out var tag, out var length))
                {
                    state.Tag(tag, line.Number);
                    i += length;
                    continue;
                }
                if (c == '&' && WebVttCharacterReference.TryDecode(text, i, out var value, out var consumed))
                {
                    state.Append(value);
                    i += consumed;
                    continue;
                }
                state.Append(c);
                i++;
            }
            state.EndLine(line.Number);
        }
        state.Flush();
        hasVoice = state.HasVoice;
        return state.Segments;
    }

    private static bool TryReadTag(string text, int at, out string tag, out int length)
    {
        tag = string.Empty;
        length = 0;
        if (at + 1 >= text.Length) return false;
        var first = text[at + 1];
        if (!char.IsLetter(first) && first != '/' && !char.IsDigit(first)) return false;
        // Bounded search: real tags are short, and a line of many '<' must not cost quadratic time.
        var close = text.IndexOf('>', at + 1, Math.Min(MaxTagLength, text.Length - at - 1));
        if (close < 0) return false;
        tag = text.Substring(at + 1, close - at - 1);
        length = close - at + 1;
        return true;
    }

    private sealed class State
    {
        private readonly StringBuilder _lineText = new();
        private List<CaptionLine> _lines = new();
        private string? _voice;
        private bool _inRubyText;
        private int _currentLine;

        public List<CaptionSegment> Segments { get; } = new();

        public bool HasVoice { get; private set; }

        public void Append(string text)
        {
            if (!_inRubyText) _lineText.Append(text);
        }

        public void Append(char c)
        {
            if (!_inRubyText) _lineText.Append(c);
        }

        public void EndLine(int number)
        {
            _lines.Add(new CaptionLine(number, _lineText.ToString()));
            _lineText.Clear();
        }

        public void Tag(string tag, int number)
        {
            _currentLine = number;
            if (tag.Length > 0 && tag[0] == '/')
            {
                var name = tag.Substring(1).Trim();
                if (name == "v") StartSegment(null);
                else if (name is "rt" or "ruby") _inRubyText = false;
                return;
            }
            if (char.IsDigit(tag[0])) return; // a timestamp tag: karaoke timing, not text

            var nameEnd = 0;
            while (nameEnd < tag.Length && tag[nameEnd] is not ('.' or ' ' or '\t')) nameEnd++;
            var tagName = tag.Substring(0, nameEnd);
            if (tagName == "v")
            {
                HasVoice = true;
                var space = tag.IndexOfAny(Whitespace);
                var voice = space < 0 ? string.Empty : CaptionText.Collapse(WebVttCharacterReference.DecodeAll(tag.Substring(space + 1)));
                StartSegment(voice.Length == 0 ? null : voice);
            }
            else if (tagName == "rt")
            {
                _inRubyText = true;
            }
        }

        public void Flush()
        {
            if (_lineText.Length > 0) EndLine(_currentLine);
            if (_lines.Count > 0) Segments.Add(new CaptionSegment(_voice, _lines));
            _lines = new List<CaptionLine>();
        }

        // A new voice (or </v>) ends the current segment; an unclosed <v> runs to the next one.
        private void StartSegment(string? voice)
        {
            if (_lineText.Length > 0)
            {
                _lines.Add(new CaptionLine(_currentLine, _lineText.ToString()));
                _lineText.Clear();
            }
            if (_lines.Count > 0) Segments.Add(new CaptionSegment(_voice, _lines));
            _lines = new List<CaptionLine>();
            _voice = voice;
        }

        private static readonly char[] Whitespace = { ' ', '\t' };
    }
}
