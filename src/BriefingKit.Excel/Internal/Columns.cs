// The sheets this writer owns and their columns. Header text is the contract with the analyst's
// workbook: rows are read back by header, so columns may be moved and others added.
using System.Collections.Generic;

namespace BriefingKit.Excel.Internal;

internal enum ColumnKind
{
    Text,
    Wrap,
    Date,
    Number,
    Link,
    Input,
    Key,
}

internal sealed record ColumnSpec(string Header, ColumnKind Kind, int MaxWidth = 40);

internal static class Columns
{
    public const string MatrixSheet = "Matrix";
    public const string PositionsSheet = "Positions";
    public const string QuotesSheet = "Quotes";
    public const string CommitmentsSheet = "Commitments";
    public const string SourcesSheet = "Sources";
    public const string HistorySheet = "History";
    public const string AboutSheet = "About";

    public const string Week = "Week";
    public const string Date = "Date";
    public const string Event = "Event";
    public const string Actor = "Actor";
    public const string Actors = "Actors";
    public const string Issue = "Issue";
    public const string Issues = "Issues";
    public const string Stance = "Stance";
    public const string Override = "Analyst override";
    public const string Notes = "Notes";
    public const string Speaker = "Speaker";
    public const string Affiliation = "Affiliation";
    public const string Evidence = "Evidence";
    public const string Quote = "Quote";
    public const string Commitment = "Commitment";
    public const string Source = "Source";
    public const string Line = "Line";
    public const string Key = "Key";
    public const string Title = "Title";
    public const string Kind = "Kind";
    public const string Format = "Format";
    public const string PositionCount = "Positions";
    public const string Link = "Link";

    public static readonly IReadOnlyList<ColumnSpec> Positions = new[]
    {
        new ColumnSpec(Week, ColumnKind.Text), new ColumnSpec(Date, ColumnKind.Date), new ColumnSpec(Event, ColumnKind.Text, 45),
        new ColumnSpec(Actor, ColumnKind.Text, 24), new ColumnSpec(Issue, ColumnKind.Text, 26), new ColumnSpec(Stance, ColumnKind.Text),
        new ColumnSpec(Override, ColumnKind.Input, 18), new ColumnSpec(Notes, ColumnKind.Input, 30), new ColumnSpec(Speaker, ColumnKind.Text, 28),
        new ColumnSpec(Evidence, ColumnKind.Wrap, 80), new ColumnSpec(Source, ColumnKind.Link, 40), new ColumnSpec(Line, ColumnKind.Number),
        new ColumnSpec(Key, ColumnKind.Key),
    };

    public static readonly IReadOnlyList<ColumnSpec> Quotes = new[]
    {
        new ColumnSpec(Week, ColumnKind.Text), new ColumnSpec(Date, ColumnKind.Date), new ColumnSpec(Speaker, ColumnKind.Text, 28),
        new ColumnSpec(Affiliation, ColumnKind.Text, 22), new ColumnSpec(Quote, ColumnKind.Wrap, 80), new ColumnSpec(Event, ColumnKind.Text, 45),
        new ColumnSpec(Source, ColumnKind.Link, 40), new ColumnSpec(Line, ColumnKind.Number), new ColumnSpec(Notes, ColumnKind.Input, 30),
        new ColumnSpec(Key, ColumnKind.Key),
    };

    public static readonly IReadOnlyList<ColumnSpec> Commitments = new[]
    {
        new ColumnSpec(Week, ColumnKind.Text), new ColumnSpec(Date, ColumnKind.Date), new ColumnSpec(Actors, ColumnKind.Text, 30),
        new ColumnSpec(Commitment, ColumnKind.Wrap, 70), new ColumnSpec(Issue, ColumnKind.Text, 26), new ColumnSpec(Event, ColumnKind.Text, 45),
        new ColumnSpec(Source, ColumnKind.Link, 40), new ColumnSpec(Line, ColumnKind.Number), new ColumnSpec(Notes, ColumnKind.Input, 30),
        new ColumnSpec(Key, ColumnKind.Key),
    };

    public static readonly IReadOnlyList<ColumnSpec> Sources = new[]
    {
        new ColumnSpec(Week, ColumnKind.Text), new ColumnSpec(Date, ColumnKind.Date), new ColumnSpec(Title, ColumnKind.Wrap, 60),
        new ColumnSpec(Kind, ColumnKind.Text, 18), new ColumnSpec(Format, ColumnKind.Text, 16), new ColumnSpec(Issues, ColumnKind.Wrap, 50),
        new ColumnSpec(PositionCount, ColumnKind.Number), new ColumnSpec(Link, ColumnKind.Link, 50), new ColumnSpec(Source, ColumnKind.Text, 40),
        new ColumnSpec(Key, ColumnKind.Key),
    };

    /// <summary>The sheets this writer owns and rewrites on every run; any other sheet is the analyst's.</summary>
    public static readonly ISet<string> Owned = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
    {
        MatrixSheet, PositionsSheet, QuotesSheet, CommitmentsSheet, SourcesSheet, HistorySheet,
    };

    /// <summary>The table sheets in workbook order, with the name of their Excel table.</summary>
    public static readonly IReadOnlyList<(string Sheet, string Table, IReadOnlyList<ColumnSpec> Columns)> Tables = new[]
    {
        (PositionsSheet, "PositionsTable", Positions),
        (QuotesSheet, "QuotesTable", Quotes),
        (CommitmentsSheet, "CommitmentsTable", Commitments),
        (SourcesSheet, "SourcesTable", Sources),
    };
}
