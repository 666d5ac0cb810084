using IndicatorHub.Core.Inequality;
using IndicatorHub.Presentation.Localization;

namespace IndicatorHub.Presentation;

/// <summary>HEAT's summary measures in one plain sentence each, with their sign convention, in HEAT's spirit.</summary>
public static class MeasureText
{
    /// <summary>HEAT's measures for ordered dimensions, as the area-indicator page shows them.</summary>
    public static IReadOnlyList<string> Ordered { get; } =
        [InequalityMeasures.D, InequalityMeasures.R, InequalityMeasures.Sii, InequalityMeasures.Rii, InequalityMeasures.Aci, InequalityMeasures.Rci, InequalityMeasures.Paf, InequalityMeasures.Par];

    /// <summary>The measures of inequality between municipalities shown on the indicator page.</summary>
    public static IReadOnlyList<string> BetweenAreas { get; } =
        [InequalityMeasures.Cov, InequalityMeasures.Gini, InequalityMeasures.Ti, InequalityMeasures.Mld, InequalityMeasures.P80P20Ratio];

    /// <summary>The measure's name.</summary>
    public static string Name(string measure) => measure switch
    {
        InequalityMeasures.D => UiCulture.T("Skillnad (D)", "Difference (D)"),
        InequalityMeasures.R => UiCulture.T("Kvot (R)", "Ratio (R)"),
        InequalityMeasures.Sii => UiCulture.T("Lutningsindex (SII)", "Slope index of inequality (SII)"),
        InequalityMeasures.Rii => UiCulture.T("Relativt ojämlikhetsindex (RII)", "Relative index of inequality (RII)"),
        InequalityMeasures.Aci => UiCulture.T("Absolut koncentrationsindex (ACI)", "Absolute concentration index (ACI)"),
        InequalityMeasures.Rci => UiCulture.T("Relativt koncentrationsindex (RCI)", "Relative concentration index (RCI)"),
        InequalityMeasures.Paf => UiCulture.T("Befolkningsandel att vinna (PAF)", "Population attributable fraction (PAF)"),
        InequalityMeasures.Par => UiCulture.T("Befolkningsvinst (PAR)", "Population attributable risk (PAR)"),
        InequalityMeasures.Cov => UiCulture.T("Variationskoefficient (COV)", "Coefficient of variation (COV)"),
        InequalityMeasures.Gini => UiCulture.T("Ginikoefficient", "Gini coefficient"),
        InequalityMeasures.Ti => UiCulture.T("Theils index (TI)", "Theil index (TI)"),
        InequalityMeasures.Mld => UiCulture.T("Medellogaritmisk avvikelse (MLD)", "Mean log deviation (MLD)"),
        InequalityMeasures.P80P20Ratio => UiCulture.T("Kvot P80/P20", "Ratio P80/P20"),
        _ => measure,
    };

    /// <summary>One plain sentence: what the measure says and which sign means what.</summary>
    public static string Explanation(string measure) => measure switch
    {
        InequalityMeasures.D => UiCulture.T(
            "Den mest gynnade gruppens värde minus den minst gynnade gruppens, i indikatorns enhet; 0 betyder ingen skillnad och ett positivt värde att den gynnade gruppen har högre värde.",
            "The most advantaged group's value minus the most disadvantaged group's, in the indicator's unit; 0 means no difference and a positive value that the advantaged group is higher."),
        InequalityMeasures.R => UiCulture.T(
            "Den mest gynnade gruppens värde delat med den minst gynnade gruppens; 1 betyder ingen skillnad, över 1 att den gynnade gruppen har högre värde.",
            "The most advantaged group's value divided by the most disadvantaged group's; 1 means no difference, above 1 that the advantaged group is higher."),
        InequalityMeasures.Sii => UiCulture.T(
            "Skillnaden mellan den högsta och lägsta positionen längs hela gradienten, med alla grupper och deras storlek; 0 betyder ingen ojämlikhet, positivt att värdet stiger mot de gynnade.",
            "The difference between the top and bottom of the whole gradient, using every group and its size; 0 means no inequality, positive that values rise towards the advantaged."),
        InequalityMeasures.Rii => UiCulture.T(
            "Samma gradient som lutningsindexet men som kvot; 1 betyder ingen ojämlikhet, över 1 att värdet stiger mot de gynnade.",
            "The same gradient as the slope index, as a ratio; 1 means no inequality, above 1 that values rise towards the advantaged."),
        InequalityMeasures.Aci => UiCulture.T(
            "Hur mycket av indikatorn som är koncentrerat till de gynnade grupperna, i indikatorns enhet; 0 betyder ingen ojämlikhet, positivt koncentration till de gynnade.",
            "How much of the indicator is concentrated among the advantaged groups, in the indicator's unit; 0 means no inequality, positive concentration among the advantaged."),
        InequalityMeasures.Rci => UiCulture.T(
            "Koncentrationen till de gynnade i procent av genomsnittet (−100 till 100); 0 betyder ingen ojämlikhet, positivt koncentration till de gynnade.",
            "The concentration among the advantaged as a percentage of the average (−100 to 100); 0 means no inequality, positive concentration among the advantaged."),
        InequalityMeasures.Paf => UiCulture.T(
            "Hur många procent genomsnittet skulle förbättras om alla hade den bästa gruppens värde; 0 betyder ingen ojämlikhet, större tal mer att vinna.",
            "By how many percent the average would improve if everyone had the best group's value; 0 means no inequality, larger numbers more to gain."),
        InequalityMeasures.Par => UiCulture.T(
            "Samma förbättring som PAF men i indikatorns enhet; 0 betyder ingen ojämlikhet.",
            "The same improvement as PAF, in the indicator's unit; 0 means no inequality."),
        InequalityMeasures.Cov => UiCulture.T(
            "Kommunernas befolkningsvägda standardavvikelse i procent av genomsnittet; 0 betyder att alla kommuner har samma värde.",
            "The municipalities' population-weighted standard deviation as a percentage of the average; 0 means every municipality has the same value."),
        InequalityMeasures.Gini => UiCulture.T(
            "Befolkningsvägd spridning mellan kommunerna från 0 (alla lika) till 1 (allt i en kommun).",
            "Population-weighted spread between municipalities from 0 (all equal) to 1 (everything in one municipality)."),
        InequalityMeasures.Ti => UiCulture.T(
            "Theils index (×1000) väger avvikelser uppåt tyngst; 0 betyder att alla kommuner har samma värde.",
            "The Theil index (×1000) weighs deviations above the average most; 0 means every municipality has the same value."),
        InequalityMeasures.Mld => UiCulture.T(
            "Medellogaritmisk avvikelse (×1000) väger avvikelser nedåt tyngst; 0 betyder att alla kommuner har samma värde.",
            "Mean log deviation (×1000) weighs deviations below the average most; 0 means every municipality has the same value."),
        InequalityMeasures.P80P20Ratio => UiCulture.T(
            "Värdet vid 80:e percentilen av befolkningen delat med värdet vid 20:e; 1 betyder ingen spridning.",
            "The value at the population's 80th percentile divided by that at the 20th; 1 means no spread."),
        _ => string.Empty,
    };
}
