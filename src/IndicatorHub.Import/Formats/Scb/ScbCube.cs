using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Scb;

/// <summary>
/// A table whose cells are stored row-major over its variables in the given order (the first variable changes
/// slowest), as both PX DATA (stub then heading) and JSON-stat <c>value</c> (in <c>id</c> order) are.
/// Turns a cell index into the observation's indicator, area, period, dimension and subgroup.
/// </summary>
public sealed class ScbCube
{
    private readonly IReadOnlyList<ScbTableVariable> variables;
    private readonly string?[] indicatorIds;

    /// <summary>Builds the cube and fixes the indicator id of each content (see <see cref="ScbIndicatorId"/>).</summary>
    public ScbCube(IReadOnlyList<ScbTableVariable> variables, string? optionIndicatorId, string? tableId)
    {
        this.variables = variables;
        Region = variables.FirstOrDefault(v => v.Role == ScbVariableRole.Region);
        Time = variables.FirstOrDefault(v => v.Role == ScbVariableRole.Time);
        Contents = variables.FirstOrDefault(v => v.Role == ScbVariableRole.Contents);
        long count = 1;
        foreach (var v in variables)
        {
            count = v.Count == 0 ? 0 : count > long.MaxValue / v.Count ? long.MaxValue : count * v.Count;
        }

        CellCount = count;
        var contentCount = Contents?.Count ?? 1;
        indicatorIds = new string?[contentCount];
        for (var i = 0; i < contentCount; i++)
        {
            indicatorIds[i] = ScbIndicatorId.Compose(optionIndicatorId, tableId, Contents?.Keys[i], contentCount);
        }
    }

    /// <summary>The region variable, or null.</summary>
    public ScbTableVariable? Region { get; }

    /// <summary>The time variable, or null.</summary>
    public ScbTableVariable? Time { get; }

    /// <summary>The contents variable, or null.</summary>
    public ScbTableVariable? Contents { get; }

    /// <summary>The product of the variables' sizes: how many cells the data must hold.</summary>
    public long CellCount { get; }

    /// <summary>The indicator id of each content, in the contents variable's order.</summary>
    public IReadOnlyList<string?> IndicatorIds => indicatorIds;

    /// <summary>
    /// A fatal problem when the table cannot be mapped to observations (no region or no time variable), else null.
    /// </summary>
    public ParseProblem? Check(SourcePosition where)
    {
        var names = string.Join(", ", variables.Select(v => v.Code is null || v.Code == v.Label ? $"'{v.Label}'" : $"'{v.Label}' ({v.Code})"));
        if (Region is null)
        {
            return new ParseProblem(where, $"the table has no region variable (one labelled 'region' or with code 'Region'); its variables are {names}", Fatal: true);
        }

        if (Time is null)
        {
            return new ParseProblem(where, $"the table has no time variable (one labelled 'år', 'månad' or with code 'Tid'); its variables are {names}", Fatal: true);
        }

        return null;
    }

    /// <summary>Describes the cell at row-major <paramref name="index"/>.</summary>
    public ScbCubeCell Describe(long index)
    {
        var area = string.Empty;
        var period = string.Empty;
        var content = 0;
        var parts = new List<ScbBreakdownPart>(variables.Count);
        var coordinates = new int[variables.Count];
        for (var d = variables.Count - 1; d >= 0; d--)
        {
            var size = variables[d].Count;
            coordinates[d] = (int)(index % size);
            index /= size;
        }

        for (var d = 0; d < variables.Count; d++)
        {
            var v = variables[d];
            var i = coordinates[d];
            switch (v.Role)
            {
                case ScbVariableRole.Region:
                    area = v.Keys[i];
                    break;
                case ScbVariableRole.Time:
                    period = v.Keys[i];
                    break;
                case ScbVariableRole.Contents:
                    content = i;
                    break;
                default:
                    parts.Add(v.Parts[i]);
                    break;
            }
        }

        var (dimension, subgroup) = ScbBreakdown.Describe(parts);
        return new ScbCubeCell(indicatorIds[content], area, period, dimension, subgroup, content);
    }
}
