namespace IndicatorHub.Import.Fetch.PxWeb;

/// <summary>
/// Cuts a selection whose cell count (the product of its value counts) is over the server's limit into
/// selections that are each within it: the variable with the most values is cut into chunks as large as the
/// others allow, and the cutting repeats until every part fits. The parts together ask for exactly the cells
/// of the whole, each once.
/// </summary>
public static class PxWebQuerySplitter
{
    /// <summary>How many cells <paramref name="selections"/> asks for.</summary>
    public static long Cells(IReadOnlyList<PxWebSelection> selections)
    {
        ArgumentNullException.ThrowIfNull(selections);
        return selections.Aggregate(1L, (product, s) => product * Math.Max(1, s.ValueCodes.Count));
    }

    /// <summary>Parts of <paramref name="selections"/> of at most <paramref name="maxCells"/> cells each (one part when it fits).</summary>
    public static IReadOnlyList<IReadOnlyList<PxWebSelection>> Split(IReadOnlyList<PxWebSelection> selections, long maxCells)
    {
        ArgumentNullException.ThrowIfNull(selections);
        var parts = new List<IReadOnlyList<PxWebSelection>>();
        SplitInto(selections, Math.Max(1, maxCells), parts);
        return parts;
    }

    private static void SplitInto(IReadOnlyList<PxWebSelection> selections, long maxCells, List<IReadOnlyList<PxWebSelection>> parts)
    {
        var cells = Cells(selections);
        var widest = selections.Select((s, i) => (s.ValueCodes.Count, i)).Max();
        if (cells <= maxCells || widest.Count <= 1)
        {
            parts.Add(selections);
            return;
        }

        var others = cells / widest.Count;
        var chunk = (int)Math.Max(1, maxCells / others);
        foreach (var values in selections[widest.i].ValueCodes.Chunk(chunk))
        {
            var part = selections.ToArray();
            part[widest.i] = part[widest.i] with { ValueCodes = values };
            SplitInto(part, maxCells, parts);
        }
    }
}
