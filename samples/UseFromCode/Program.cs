// Parse a transcript, then write a Word memo and an Excel issue matrix from it, all through DI.
//   dotnet run --project samples/UseFromCode -- [transcript] [output folder, default out/]
using System;
using System.IO;
using BriefingKit;
using BriefingKit.Excel;
using BriefingKit.Word;
using Microsoft.Extensions.DependencyInjection;

var input = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "sample-transcript.md");
var output = Directory.CreateDirectory(args.Length > 1 ? args[1] : "out").FullName;

using var services = new ServiceCollection().AddBriefingKit().AddBriefingKitWord().AddBriefingKitExcel().BuildServiceProvider();

Transcript transcript;
await using (var stream = File.OpenRead(input))
    transcript = await services.GetRequiredService<ITranscriptParser>().ParseAsync(stream, Path.GetFileName(input));

await using (var memo = File.Create(Path.Combine(output, "memo.docx")))
    await services.GetRequiredService<IMemoWriter>().WriteAsync([transcript], memo);

await using (var matrix = File.Create(Path.Combine(output, "matrix.xlsx")))
    await services.GetRequiredService<IMatrixWriter>().WriteAsync([transcript], matrix);

Console.WriteLine($"{transcript.Title}: {transcript.Turns.Count} turns, {transcript.Positions.Count} positions -> {output}");
