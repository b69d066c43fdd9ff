namespace BriefingKit.Reading.Internal;

internal sealed record DecodedText(string Text, ValueList<Diagnostic> Warnings);
