namespace IndicatorHub.Import.Fetch.PxWeb;

/// <summary>The values chosen for one variable of a PxWeb table: <c>{"variableCode":"Region","valueCodes":["0180"]}</c>.</summary>
/// <param name="VariableCode">The variable's code, e.g. Region, Tid, ContentsCode.</param>
/// <param name="ValueCodes">The value codes, e.g. 0180, 1480.</param>
public sealed record PxWebSelection(string VariableCode, IReadOnlyList<string> ValueCodes);
