// What a cue says, split by speaker: a plain cue is one segment; a Teams cue with several
// <v> voice spans is one segment per span. Speaker is the name as written, or null.
using System.Collections.Generic;

namespace BriefingKit.Reading.Internal;

internal sealed record CaptionSegment(string? Speaker, IReadOnlyList<CaptionLine> Lines);
