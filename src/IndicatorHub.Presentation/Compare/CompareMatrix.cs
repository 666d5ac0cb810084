using IndicatorHub.Charts;
using IndicatorHub.Core.Comparison;
using IndicatorHub.Storage.Queries.Compare;
using IndicatorHub.Storage.Queries.Profiles;
using IndicatorHub.Storage.Queries.Series;

namespace IndicatorHub.Presentation.Compare;

/// <summary>How a network's own value is formed.</summary>
public enum CompareAggregateMethod
{
    /// <summary>No member has a value.</summary>
    None,

    /// <summary>Weighted by Kolada's N01951 (population) for the same period: every member with a value has one.</summary>
    PopulationWeighted,

    /// <summary>The plain mean of the members' values: some member lacks a population for the period.</summary>
    Unweighted,
}

/// <summary>The network's own value for one indicator.</summary>
/// <param name="WithValue">How many members have a value.</param>
public sealed record CompareAggregate(double? Value, CompareAggregateMethod Method, int WithValue);

/// <summary>One indicator column of the matrix.</summary>
/// <param name="Period">The period shown: the one asked for, else the latest any member has; null when no member has a value.</param>
/// <param name="Network">The members' own value (weighted or not).</param>
/// <param name="Country">Riket's value for the period.</param>
public sealed record CompareColumn(IndicatorInfo Indicator, string? Period, CompareAggregate Network, StoredValue? Country);

/// <summary>A member's value for one indicator and its status against riket by the profile's rule.</summary>
/// <param name="Spread">The spread among all areas of the member's kind (quartile rule), when known.</param>
public sealed record CompareCell(StoredValue? Value, ComparisonResult Comparison, MunicipalitySpread? Spread);

/// <summary>A member's row.</summary>
public sealed record CompareRow(CompareArea Area, IReadOnlyList<CompareCell> Cells);

/// <summary>The members × indicators matrix with the network's own value and riket as extra rows.</summary>
public sealed record CompareMatrix(CompareSelection Selection, IReadOnlyList<CompareColumn> Columns, IReadOnlyList<CompareRow> Rows)
{
    /// <summary>
    /// The matrix as one table (the CSV download): code, area, then per indicator its value, period and status in
    /// words; the members in <paramref name="rows"/>' order, then the network's value and riket.
    /// </summary>
    public ChartTable ToTable(IReadOnlyList<CompareRow> rows, CompareWords words)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(words);
        var columns = new List<string> { words.Code, words.Area };
        foreach (var column in Columns)
        {
            columns.Add($"{column.Indicator.Code} {words.Value}");
            columns.Add($"{column.Indicator.Code} {words.Period}");
            columns.Add($"{column.Indicator.Code} {words.Status}");
        }

        var table = new List<IReadOnlyList<ChartCell>>();
        foreach (var row in rows)
        {
            var cells = new List<ChartCell> { ChartCell.Of(row.Area.Code), ChartCell.Of(row.Area.Name) };
            foreach (var cell in row.Cells)
            {
                cells.Add(ChartCell.Of(cell.Value?.Value));
                cells.Add(ChartCell.Of(cell.Value?.Period));
                cells.Add(ChartCell.Of(words.StatusText(cell.Comparison)));
            }

            table.Add(cells);
        }

        var network = new List<ChartCell> { ChartCell.Empty, ChartCell.Of(words.NetworkRow) };
        var country = new List<ChartCell> { ChartCell.Of(words.CountryCode), ChartCell.Of(words.CountryRow) };
        foreach (var column in Columns)
        {
            network.Add(ChartCell.Of(column.Network.Value));
            network.Add(ChartCell.Of(column.Period));
            network.Add(ChartCell.Of(words.AggregateText(column.Network.Method)));
            country.Add(ChartCell.Of(column.Country?.Value));
            country.Add(ChartCell.Of(column.Country?.Period));
            country.Add(ChartCell.Empty);
        }

        table.Add(network);
        table.Add(country);
        return new ChartTable(columns, table);
    }
}

/// <summary>The words of the matrix's table and CSV, in the page's language.</summary>
public sealed record CompareWords(
    string Code,
    string Area,
    string Value,
    string Period,
    string Status,
    string NetworkRow,
    string CountryRow,
    string CountryCode,
    Func<ComparisonResult, string> StatusText,
    Func<CompareAggregateMethod, string> AggregateText);
