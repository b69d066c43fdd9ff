// Opens what a packaged BriefingKit wrote, validates it with the Open XML SDK and reads it back.
using System;
using System.Linq;
using BriefingKit.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Packaging.Tests;

internal static class Documents
{
    /// <summary>Asserts the memo is valid and returns the text of its body.</summary>
    public static string MemoText(string path)
    {
        using var memo = WordprocessingDocument.Open(path, isEditable: false);
        OpenXmlAssert.Valid(memo);
        return memo.MainDocumentPart?.Document?.Body?.InnerText ?? throw new InvalidOperationException(path + " has no body");
    }

    /// <summary>Asserts the workbook is valid and returns its sheet names.</summary>
    public static string[] WorkbookSheets(string path)
    {
        using var workbook = SpreadsheetDocument.Open(path, isEditable: false);
        OpenXmlAssert.Valid(workbook);
        return workbook.WorkbookPart?.Workbook?.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? "").ToArray()
            ?? throw new InvalidOperationException(path + " has no sheets");
    }
}
