using System.Globalization;
using System.Text;
using IndicatorHub.Charts;
using IndicatorHub.Core.Csv;

namespace IndicatorHub.Presentation.Charts;

/// <summary>A chart's table as CSV, the same bytes for the chart URL's .csv and every ZIP that holds the chart.</summary>
public static class ChartTableCsv
{
    /// <summary>The table through the one CSV writer, UTF-8 with BOM so spreadsheets read å, ä, ö.</summary>
    public static byte[] Bytes(ChartTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvOutputWriter(text);
        csv.WriteHeader(table.Columns);
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                if (cell.Number is not null)
                {
                    csv.Number(cell.Number);
                }
                else
                {
                    csv.Text(cell.Text);
                }
            }

            csv.EndRow();
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
