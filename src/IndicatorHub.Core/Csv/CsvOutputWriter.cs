using System.Globalization;

namespace IndicatorHub.Core.Csv;

/// <summary>
/// The one CSV writer for everything that leaves IndicatorHub: CLI exports, chart downloads and the API. RFC 4180
/// quoting, LF line ends, invariant numbers at round-trip precision, empty cells for missing values, and text cells
/// neutralised against spreadsheet formula injection (OWASP "CSV injection"): a text cell that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, TAB or CR gets one apostrophe in front. Numbers are never neutralised, so
/// −0.5 stays a number. IndicatorHub's long-CSV importer removes exactly that apostrophe again, so export → import
/// round-trips.
/// </summary>
public sealed class CsvOutputWriter
{
    private readonly TextWriter _writer;
    private bool _rowStarted;

    /// <summary>Writes to <paramref name="writer"/>; the caller owns and flushes it.</summary>
    public CsvOutputWriter(TextWriter writer) => _writer = writer;

    /// <summary>The characters that make a spreadsheet read a text cell as a formula.</summary>
    public static ReadOnlySpan<char> FormulaTriggers => "=+-@\t\r";

    /// <summary>Writes a header row of column names.</summary>
    public void WriteHeader(IEnumerable<string> columns)
    {
        foreach (var column in columns)
        {
            Text(column);
        }

        EndRow();
    }

    /// <summary>Appends a text cell (null or empty writes an empty cell).</summary>
    public CsvOutputWriter Text(string? value)
    {
        Separator();
        if (!string.IsNullOrEmpty(value))
        {
            WriteQuoted(Neutralise(value));
        }

        return this;
    }

    /// <summary>Appends a number cell: invariant, shortest round-trip form; empty when missing or not finite.</summary>
    public CsvOutputWriter Number(double? value)
    {
        Separator();
        if (value is { } number && double.IsFinite(number))
        {
            _writer.Write(number.ToString("R", CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>Appends a whole-number cell; empty when missing.</summary>
    public CsvOutputWriter Integer(long? value)
    {
        Separator();
        if (value is { } number)
        {
            _writer.Write(number.ToString(CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>Appends a boolean cell as <c>true</c>/<c>false</c>; empty when missing.</summary>
    public CsvOutputWriter Boolean(bool? value)
    {
        Separator();
        if (value is { } flag)
        {
            _writer.Write(flag ? "true" : "false");
        }

        return this;
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow()
    {
        _writer.Write('\n');
        _rowStarted = false;
    }

    /// <summary>
    /// The text as it is written into a cell before quoting: with an apostrophe in front when it could be read as a
    /// formula. Text that already is apostrophes before a trigger ("'=x") gets one more too, so that
    /// <see cref="Restore(string)"/> gives it back unchanged instead of taking its own apostrophe away.
    /// </summary>
    public static string Neutralise(string value) =>
        value.Length > 0 && FormulaTriggers.Contains(value[0]) || IsApostrophesBeforeTrigger(value) ? "'" + value : value;

    /// <summary>Undoes <see cref="Neutralise"/>: removes exactly one apostrophe from apostrophes that stand before a formula trigger, nothing else.</summary>
    public static string Restore(string cell) =>
        IsApostrophesBeforeTrigger(cell) ? cell[1..] : cell;

    /// <summary><see cref="Restore(string)"/> without allocating, for importers that read cells as spans.</summary>
    public static ReadOnlySpan<char> Restore(ReadOnlySpan<char> cell) =>
        IsApostrophesBeforeTrigger(cell) ? cell[1..] : cell;

    private static bool IsApostrophesBeforeTrigger(ReadOnlySpan<char> text)
    {
        var apostrophes = text.IndexOfAnyExcept('\'');
        return apostrophes > 0 && FormulaTriggers.Contains(text[apostrophes]);
    }

    private void Separator()
    {
        if (_rowStarted)
        {
            _writer.Write(',');
        }

        _rowStarted = true;
    }

    private void WriteQuoted(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]))
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
