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
    /// <summary>The cell as it was before neutralisation: the writer's own rule undone (<see cref="CsvOutputWriter.Restore(ReadOnlySpan{char})"/>).</summary>
    public static ReadOnlySpan<char> Undo(ReadOnlySpan<char> cell) => CsvOutputWriter.Restore(cell);
}
