// Options shared by the commands that read transcripts.
using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using BriefingKit.Cli.Inputs;

namespace BriefingKit.Cli.Commands;

internal static class CommonOptions
{
    public static Option<TranscriptFormat?> Format()
    {
        var names = Enum.GetNames<TranscriptFormat>().Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1)).ToArray();
        var option = new Option<TranscriptFormat?>("--format", "-f")
        {
            Description = "Read every input in this format instead of detecting it: " + string.Join(", ", names) + ".",
            HelpName = "format",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (Enum.TryParse<TranscriptFormat>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)) return value;
                result.AddError($"'{text}' is not a format; use one of: {string.Join(", ", names)}.");
                return null;
            },
        };
        return option;
    }

    /// <summary>A data file the analysis reads instead of, or in addition to, the built-in one.</summary>
    public static Option<FileInfo> DataFile(string name, string description)
    {
        var option = new Option<FileInfo>(name) { Description = description, HelpName = "file.json" };
        option.AcceptExistingOnly();
        return option;
    }

    public static Option<long> MaxSize() => new("--max-size")
    {
        Description = "Refuse inputs larger than this (e.g. 50MB, 500k). Default 50MB.",
        HelpName = "size",
        DefaultValueFactory = _ => BriefingKitOptions.DefaultMaxInputBytes,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (ByteSize.TryParse(text, out var bytes)) return bytes;
            result.AddError($"'{text}' is not a size; write e.g. 50MB, 500k or 1048576.");
            return 0;
        },
    };
}
