using IndicatorHub.Core.Csv;

namespace IndicatorHub.Import.Formats.LongCsv;

/// <summary>
/// Undoes the spreadsheet-formula neutralisation that every CSV IndicatorHub writes applies (OWASP's CSV
/// injection): a text cell that begins with '=', '+', '-', '@', a tab or a carriage return is written with one
/// apostrophe in front, so that a spreadsheet shows it as text instead of running it. Reading such a cell back,
/// exactly that one apostrophe is removed, and only when apostrophes and then one of those six characters follow
/// it (text that itself began with apostrophes before a trigger got one more on export); every other apostrophe is data. Number columns are never neutralised and are read as numbers.
/// </summary>
public static class LongCsvNeutralisation
{
    /// <summary>The cell as it was before neutralisation: the writer's own rule undone (<see cref="CsvOutputWriter.Restore"/>).</summary>
    public static string Undo(string cell) => CsvOutputWriter.Restore(cell);

    /// <summary>
    /// The same rule over a cell the reader has not copied into a string yet, so that the parser's string pool
    /// still sees every cell without an allocation per cell.
    /// </summary>
    public static ReadOnlySpan<char> Undo(ReadOnlySpan<char> cell)
    {
        var apostrophes = cell.IndexOfAnyExcept('\'');
        return apostrophes > 0 && CsvOutputWriter.FormulaTriggers.Contains(cell[apostrophes]) ? cell[1..] : cell;
    }
}
