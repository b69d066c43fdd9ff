// What a user gets wrong on the command line is refused the same way by every command: one line
// naming the option (never a stack trace), exit 2, before any input is read and nothing written.
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Support;

namespace BriefingKit.Cli.Tests;

public sealed class CommandLineErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-cmdline-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string Seed = CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt");

    private string Out(string name) => Path.Combine(_dir, name);

    private static void AssertOneLineUsageError(int exit, string output, string error, string expected)
    {
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("briefingkit: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("memo")]
    [InlineData("matrix")]
    [InlineData("parse")]
    public async Task UnknownOption_IsAUsageErrorAndNothingIsWritten(string command)
    {
        var output = Out("out.file");

        var (exit, stdout, error) = await CliRunner.RunAsync(command, Seed, "-o", output, "--clasification", "SECRET");

        AssertOneLineUsageError(exit, stdout, error, "unknown option '--clasification'");
        Assert.DoesNotContain("no such file", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public async Task UnknownOption_OnTemplate_IsAUsageError()
    {
        var (exit, stdout, error) = await CliRunner.RunAsync("template", "-o", Out("t.dotx"), "--papr", "A4");

        AssertOneLineUsageError(exit, stdout, error, "--papr");
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    public static TheoryData<string[]> EveryWritingCommand => new()
    {
        new[] { "parse", Seed },
        new[] { "memo", Seed },
        new[] { "matrix", Seed },
        new[] { "template" },
    };

    [Theory]
    [MemberData(nameof(EveryWritingCommand))]
    public async Task Output_AFolder_OneLineExitTwo(string[] command)
    {
        var (exit, stdout, error) = await CliRunner.RunAsync(command.Concat(new[] { "-o", _dir }).ToArray());

        AssertOneLineUsageError(exit, stdout, error, $"--output: {_dir} is a folder; name the file to write in it, e.g. {Path.Combine(_dir, command[0] switch { "memo" => "memo.docx", "matrix" => "matrix.xlsx", "parse" => "out.json", _ => "memo-template.dotx" })}.");
    }

    [Theory]
    [MemberData(nameof(EveryWritingCommand))]
    public async Task Output_UnderAFile_OneLineExitTwo(string[] command)
    {
        var file = Out("plain.txt");
        File.WriteAllText(file, "not a folder");

        var (exit, stdout, error) = await CliRunner.RunAsync(command.Concat(new[] { "-o", Path.Combine(file, "x.out") }).ToArray());

        AssertOneLineUsageError(exit, stdout, error, $"{file} is a file, not a folder");
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Theory]
    [MemberData(nameof(EveryWritingCommand))]
    public async Task Output_InAnUnwritableFolder_OneLineExitTwo(string[] command)
    {
        // /sys refuses new files even to root, so this holds however the tests are run.
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/sys/kernel")) return;

        var (exit, stdout, error) = await CliRunner.RunAsync(command.Concat(new[] { "-o", "/sys/briefingkit-test.out" }).ToArray());

        AssertOneLineUsageError(exit, stdout, error, "/sys is not writable");
    }

    [Fact]
    public async Task Update_AFolder_BlamesUpdate()
    {
        var (exit, stdout, error) = await CliRunner.RunAsync("matrix", Seed, "-o", Out("m.xlsx"), "--update", _dir);

        AssertOneLineUsageError(exit, stdout, error, $"--update: {_dir} is a folder");
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public async Task Template_AFolder_BlamesTheTemplateNotTheOutput()
    {
        var memo = Out("m.docx");

        var (exit, stdout, error) = await CliRunner.RunAsync("memo", Seed, "-o", memo, "--template", _dir);

        AssertOneLineUsageError(exit, stdout, error, $"--template: {_dir} is a folder, not a Word template");
        Assert.DoesNotContain("m.docx", error, StringComparison.Ordinal);
        Assert.False(File.Exists(memo));
    }

    [Theory]
    [InlineData("memo")]
    [InlineData("template")]
    public async Task Paper_Unknown_ListsTheValidSizes(string command)
    {
        var args = command == "memo" ? new[] { "memo", Seed, "-o", Out("m.docx"), "--paper", "A5" } : new[] { "template", "-o", Out("t.dotx"), "--paper", "A5" };

        var (exit, stdout, error) = await CliRunner.RunAsync(args);

        AssertOneLineUsageError(exit, stdout, error, "--paper: 'A5' is not a paper size; use one of: Letter, A4, Legal.");
        Assert.DoesNotContain("BriefingKit.Word", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("memo")]
    [InlineData("matrix")]
    public async Task Date_Bad_SameMessageForEveryCommand(string command)
    {
        var (exit, stdout, error) = await CliRunner.RunAsync(command, Seed, "-o", Out("x.out"), "--date", "15/04/2021");

        AssertOneLineUsageError(exit, stdout, error, "--date: '15/04/2021' is not a date; write it like 2021-04-15");
    }

    [Fact]
    public async Task MaxSize_InKilobytes_MessageSaysKilobytes()
    {
        var (exit, _, error) = await CliRunner.RunAsync("parse", Seed, "--max-size", "1k");

        Assert.Equal(1, exit);
        Assert.Contains("limit 1 KB", error, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0 MB", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("memo", "a.vtt")]
    [InlineData("matrix", "a.vtt")]
    [InlineData("parse", "a.vtt")]
    public async Task Output_IsOneOfTheInputs_RefusedAndTheInputKept(string command, string name)
    {
        var input = Out(name);
        File.Copy(CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt"), input);
        var before = File.ReadAllBytes(input);

        var (exit, stdout, error) = await CliRunner.RunAsync(command, _dir, "-o", input);

        AssertOneLineUsageError(exit, stdout, error, $"--output: {input} is one of the inputs");
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Single(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public async Task Output_IsTheTemplate_Refused()
    {
        var template = Out("house.dotx");
        Assert.Equal(0, (await CliRunner.RunAsync("template", "-o", template)).Exit);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(template, false)) BriefingKit.Tests.Shared.OpenXmlAssert.Valid(document);
        var before = File.ReadAllBytes(template);

        var (exit, stdout, error) = await CliRunner.RunAsync("memo", Seed, "-o", template, "--template", template);

        AssertOneLineUsageError(exit, stdout, error, "is one of the inputs");
        Assert.Equal(before, File.ReadAllBytes(template));
    }
}
