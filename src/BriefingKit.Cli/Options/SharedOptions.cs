// The one place options are defined and parsed, so every command that takes --output, --date,
// --paper, --template, --format, --max-size or a data file accepts the same values and refuses
// bad ones with the same message (and exit code 2) before any input is read.
using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using BriefingKit.Cli.Inputs;
using BriefingKit.Cli.Output;
using BriefingKit.Word;

namespace BriefingKit.Cli.Options;

internal static class SharedOptions
{
    public static Option<TranscriptFormat?> Format()
    {
        var names = Enum.GetNames<TranscriptFormat>().Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1)).ToArray();
        return new Option<TranscriptFormat?>("--format", "-f")
        {
            Description = "Read every input in this format instead of detecting it: " + string.Join(", ", names) + ".",
            HelpName = "format",
            CustomParser = result =>
            {
                var text = TokenOf(result);
                if (Enum.TryParse<TranscriptFormat>(text, ignoreCase: true, out var value) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return value;
                result.AddError($"--format: '{text}' is not a format; use one of: {string.Join(", ", names)}.");
                return null;
            },
        };
    }

    /// <summary>A data file the analysis reads instead of, or in addition to, the built-in one.</summary>
    public static Option<FileInfo> DataFile(string name, string description)
    {
        var option = new Option<FileInfo>(name) { Description = description, HelpName = "file.json" };
        ExistingFile(option, "a JSON data file");
        return option;
    }

    public static Option<long> MaxSize() => new("--max-size")
    {
        Description = "Refuse inputs larger than this (e.g. 50MB, 500k). Default 50MB.",
        HelpName = "size",
        DefaultValueFactory = _ => BriefingKitOptions.DefaultMaxInputBytes,
        CustomParser = result =>
        {
            var text = TokenOf(result);
            if (ByteSize.TryParse(text, out var bytes)) return bytes;
            result.AddError($"--max-size: '{text}' is not a size; write e.g. 50MB, 500k or 1048576.");
            return 0;
        },
    };

    /// <summary>
    /// -o: a file to write, or "-" for standard output. Refused before any work when it names a folder,
    /// sits under a file, or its folder cannot be written to.
    /// </summary>
    public static Option<string> Output(string description, string helpName, bool required)
    {
        var option = new Option<string>("--output", "-o") { Description = description + " '-' writes to standard output.", HelpName = helpName, Required = required };
        option.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (path is not null && OutputTarget.Problem(path, helpName) is { } problem) result.AddError("--output: " + problem);
        });
        return option;
    }

    /// <summary>--date yyyy-MM-dd, the same for every command.</summary>
    public static Option<DateTime?> Date(string description) => new("--date")
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var text = TokenOf(result);
            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
            result.AddError($"--date: '{text}' is not a date; write it like 2021-04-15 (year-month-day).");
            return null;
        },
    };

    /// <summary>--paper Letter|A4|Legal; a bad value lists the valid ones.</summary>
    public static Option<PaperSize> Paper(string description)
    {
        var names = Enum.GetNames<PaperSize>();
        return new Option<PaperSize>("--paper")
        {
            Description = description,
            HelpName = string.Join("|", names),
            DefaultValueFactory = _ => PaperSize.Letter,
            CustomParser = result =>
            {
                var text = TokenOf(result);
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) && Enum.TryParse<PaperSize>(text, ignoreCase: true, out var value)) return value;
                result.AddError($"--paper: '{text}' is not a paper size; use one of: {string.Join(", ", names)}.");
                return PaperSize.Letter;
            },
        };
    }

    /// <summary>--template: an existing .dotx/.docx file (not a folder).</summary>
    public static Option<FileInfo> Template()
    {
        var option = new Option<FileInfo>("--template", "-t") { Description = "A .dotx or .docx whose styles, page set-up, header and footer the memo takes; bk:* content controls are filled.", HelpName = "file.dotx" };
        ExistingFile(option, "a Word template (.dotx or .docx)");
        return option;
    }

    /// <summary>Refuses, naming the option, a file that does not exist or is a folder.</summary>
    public static void ExistingFile(Option<FileInfo> option, string what)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<FileInfo>() is not { } file) return;
            if (Directory.Exists(file.FullName)) result.AddError($"{option.Name}: {file.FullName} is a folder, not {what}.");
            else if (!file.Exists) result.AddError($"{option.Name}: {file.FullName}: no such file.");
        });
    }

    private static string TokenOf(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
}
