using IndicatorHub.Charts;
using IndicatorHub.Presentation.Localization;

namespace IndicatorHub.Presentation.Compare;

/// <summary>How /compare's selections, rows, methods and problems read, in the request's language.</summary>
public static class CompareText
{
    /// <summary>The words of the matrix table and its CSV.</summary>
    public static CompareWords Words => new(
        UiCulture.T("Kod", "Code"),
        UiCulture.T("Område", "Area"),
        UiCulture.T("värde", "value"),
        UiCulture.T("period", "period"),
        UiCulture.T("status", "status"),
        NetworkRow,
        ChartDataService_CountryLabel,
        "00",
        ComparisonText.Words,
        AggregateText);

    /// <summary>The label of the members' own value row.</summary>
    public static string NetworkRow => UiCulture.T("Medlemmarna tillsammans", "The members together");

    /// <summary>How the members' own value was formed.</summary>
    public static string AggregateText(CompareAggregateMethod method) => method switch
    {
        CompareAggregateMethod.PopulationWeighted => UiCulture.T("befolkningsviktat medel (N01951)", "population-weighted mean (N01951)"),
        CompareAggregateMethod.Unweighted => UiCulture.T("oviktat medel (befolkning saknas)", "unweighted mean (population missing)"),
        _ => UiCulture.T("inget värde", "no value"),
    };

    /// <summary>The selection's name: the network's, kommungrupp's or county's, or "Valda områden".</summary>
    public static string SelectionName(CompareSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return selection.Name ?? UiCulture.T("Valda områden", "Selected areas");
    }

    /// <summary>What kind of selection it is, in words.</summary>
    public static string KindText(CompareSelectionKind kind) => kind switch
    {
        CompareSelectionKind.Network => UiCulture.T("Nätverk", "Network"),
        CompareSelectionKind.MunicipalityGroup => UiCulture.T("Kommungrupp", "Municipality group"),
        CompareSelectionKind.County => UiCulture.T("Län", "County"),
        _ => UiCulture.T("Valda områden", "Selected areas"),
    };

    /// <summary>A refusal in words, naming the value that caused it.</summary>
    public static string Problem(CompareProblem problem, string? subject) => problem switch
    {
        CompareProblem.NoSelection => UiCulture.T("Välj ett nätverk, en kommungrupp, ett län eller områden.", "Choose a network, a municipality group, a county or areas."),
        CompareProblem.SeveralSelections => UiCulture.T("Välj bara ett av nätverk, kommungrupp, län och områden.", "Choose only one of network, municipality group, county and areas."),
        CompareProblem.UnknownNetwork => UiCulture.T($"Det finns inget nätverk som heter ”{subject}”.", $"There is no network called \u201C{subject}\u201D."),
        CompareProblem.UnknownGroup => UiCulture.T($"Det finns ingen kommungrupp ”{subject}”.", $"There is no municipality group \u201C{subject}\u201D."),
        CompareProblem.UnknownCounty => UiCulture.T($"Det finns inget län ”{subject}”.", $"There is no county \u201C{subject}\u201D."),
        CompareProblem.UnknownArea => UiCulture.T($"Det finns ingen kommun eller region ”{subject}”.", $"There is no municipality or region \u201C{subject}\u201D."),
        CompareProblem.TooMany => UiCulture.T($"Högst {CompareService.MaxAreas} områden och {CompareService.MaxIndicators} indikatorer kan jämföras på en gång.", $"At most {CompareService.MaxAreas} areas and {CompareService.MaxIndicators} indicators can be compared at once."),
        CompareProblem.NoMembers => UiCulture.T($"{subject} har inga medlemmar.", $"{subject} has no members."),
        CompareProblem.UnknownIndicator => UiCulture.T($"Det finns ingen indikator ”{subject}”.", $"There is no indicator \u201C{subject}\u201D."),
        CompareProblem.BadGoal => UiCulture.T($"”{subject}” är inget mål: ange 1–17.", $"\u201C{subject}\u201D is no goal: give 1–17."),
        CompareProblem.BadPeriod => UiCulture.T($"”{subject}” är ingen period: ange ett år (2022) eller ett spann (2019-2022).", $"\u201C{subject}\u201D is no period: give a year (2022) or a span (2019-2022)."),
        CompareProblem.BadSort => UiCulture.T($"Kan inte sortera på ”{subject}”: välj name eller en visad indikator.", $"Cannot sort by \u201C{subject}\u201D: choose name or a shown indicator."),
        _ => string.Empty,
    };

    /// <summary>True when the problem is "nothing by that name" (404) rather than a malformed request (400).</summary>
    public static bool IsNotFound(CompareProblem problem) =>
        problem is CompareProblem.UnknownNetwork or CompareProblem.UnknownGroup or CompareProblem.UnknownCounty
            or CompareProblem.UnknownArea or CompareProblem.UnknownIndicator;

    /// <summary>
    /// One sentence about an indicator's column: how many members have a value, the highest and the lowest, and riket.
    /// </summary>
    public static string Summary(CompareMatrix matrix, int column)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var c = matrix.Columns[column];
        var withValue = matrix.Rows.Where(r => r.Cells[column].Value is not null).OrderBy(r => r.Cells[column].Value!.Value).ToList();
        var unit = IndicatorText.Unit(c.Indicator);
        if (withValue.Count == 0)
        {
            return UiCulture.T("Ingen medlem har ett värde.", "No member has a value.");
        }

        var low = withValue[0];
        var high = withValue[^1];
        var country = c.Country is null ? "" : UiCulture.T($"; riket {IndicatorText.WithUnit(c.Country.Value, unit)}", $"; Sweden {IndicatorText.WithUnit(c.Country.Value, unit)}");
        return UiCulture.T(
            $"{withValue.Count} av {matrix.Rows.Count} medlemmar har ett värde för {c.Period}: högst {high.Area.Name} ({IndicatorText.WithUnit(high.Cells[column].Value!.Value, unit)}), lägst {low.Area.Name} ({IndicatorText.WithUnit(low.Cells[column].Value!.Value, unit)}){country}.",
            $"{withValue.Count} of {matrix.Rows.Count} members have a value for {c.Period}: highest {high.Area.Name} ({IndicatorText.WithUnit(high.Cells[column].Value!.Value, unit)}), lowest {low.Area.Name} ({IndicatorText.WithUnit(low.Cells[column].Value!.Value, unit)}){country}.");
    }

    /// <summary>One sentence about a small-multiples chart: the members with a series and the periods it spans.</summary>
    public static string TrendSummary(CompareSelection selection, ChartTable table)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(table);
        var first = table.Rows.Count == 0 ? "" : table.Rows[0][0].Text;
        var last = table.Rows.Count == 0 ? "" : table.Rows[^1][0].Text;
        var withSeries = Enumerable.Range(1, Math.Max(0, table.Columns.Count - 2)).Count(i => table.Rows.Any(r => !r[i].IsEmpty));
        return UiCulture.T(
            $"Ett litet diagram per medlem ({withSeries} av {selection.Members.Count} har värden), {first}–{last}, med riket som streckad linje i varje; alla på samma skala.",
            $"One small chart per member ({withSeries} of {selection.Members.Count} have values), {first}–{last}, with Sweden as a dashed line in each; all on the same scale.");
    }

    private static string ChartDataService_CountryLabel => Charts.ChartDataService.CountryLabel;
}
