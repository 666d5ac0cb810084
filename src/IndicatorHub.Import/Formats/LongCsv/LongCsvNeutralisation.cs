namespace IndicatorHub.Import.Formats.LongCsv;

/// <summary>
/// Undoes the spreadsheet-formula neutralisation that every CSV IndicatorHub writes applies (OWASP's CSV
/// injection): a text cell that begins with '=', '+', '-', '@', a tab or a carriage return is written with one
/// apostrophe in front, so that a spreadsheet shows it as text instead of running it. Reading such a cell back,
/// exactly that one apostrophe is removed, and only when one of those six characters follows it; every other
/// apostrophe is data. Number columns are never neutralised and are read as numbers.
/// </summary>
public static class LongCsvNeutralisation
{
    /// <summary>The characters a spreadsheet reads as the start of a formula.</summary>
    public static ReadOnlySpan<char> FormulaStarts => "=+-@\t\r";

    /// <summary>The cell as it was before neutralisation: without the one leading apostrophe the writer added.</summary>
    public static ReadOnlySpan<char> Undo(ReadOnlySpan<char> cell) =>
        cell.Length >= 2 && cell[0] == '\'' && FormulaStarts.Contains(cell[1]) ? cell[1..] : cell;
}
