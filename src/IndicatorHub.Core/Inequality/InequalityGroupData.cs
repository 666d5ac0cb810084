namespace IndicatorHub.Core.Inequality;

/// <summary>
/// One group prepared for the measures: the subgroups that have an estimate, in rank order for ordered dimensions, with
/// population shares and the mean μ. Instances are reused per thread so bulk runs do not allocate arrays per group.
/// </summary>
internal sealed class InequalityGroupData
{
    [ThreadStatic]
    private static InequalityGroupData? t_cached;

    public double[] Est = new double[8];
    public double[] Se = new double[8];
    public double[] Pop = new double[8];
    public double[] Share = new double[8];
    public double[] CiLb = new double[8];
    public double[] CiUb = new double[8];
    public int[] Order = new int[8];
    public double[] Scratch1 = new double[8];
    public double[] Scratch2 = new double[8];
    public double[] Scratch3 = new double[8];
    public double[] Draws = [];
    public double[] SortedDraws = [];
    public double[] SortedDrawShares = [];
    public double[] DrawResults = [];

    /// <summary>Subgroups supplied, with or without an estimate.</summary>
    public int TotalCount;

    /// <summary>Subgroups with a finite estimate; the arrays hold these, first <see cref="Count"/> entries.</summary>
    public int Count;

    /// <summary>Every available subgroup has a finite, non-negative standard error (HEAT's usefulSE).</summary>
    public bool AllSePresent;

    /// <summary>Every available subgroup has a finite, non-negative population and their total is positive.</summary>
    public bool AllPopPresent;

    public double PopTotal;

    /// <summary>Index (among available subgroups) of the single flagged reference, or -1.</summary>
    public int RefIndex;

    /// <summary>How many subgroups carry the reference flag, with or without an estimate.</summary>
    public int RefFlagCount;

    /// <summary>μ: population-weighted mean when all populations are known, else the setting average (HEAT get_weighted_mean).</summary>
    public double Mean;

    public bool HasMean;

    /// <summary>Ordered dimension whose every subgroup carries a distinct order.</summary>
    public bool OrdersValid;

    /// <summary>In an ordered dimension: whether the lowest and highest order among all subgroups have an estimate.</summary>
    public bool LowestOrderAvailable;

    public bool HighestOrderAvailable;

    public bool AllZero;

    public bool AllEqual;

    /// <summary>Draws were made for the current group (rows of <see cref="Count"/> values, <see cref="DrawCount"/> rows).</summary>
    public int DrawCount;

    /// <summary>
    /// <see cref="SortedDraws"/> holds each draw row sorted, with the matching population shares in
    /// <see cref="SortedDrawShares"/>, for the Gini and percentile measures.
    /// </summary>
    public bool SortedDrawsReady;

    public double AvailableFraction => TotalCount == 0 ? 0.0 : (double)Count / TotalCount;

    public static InequalityGroupData ForCurrentThread() => t_cached ??= new InequalityGroupData();

    public void Load(IReadOnlyList<SubgroupEstimate> subgroups, InequalityContext context)
    {
        TotalCount = subgroups.Count;
        EnsureCapacity(TotalCount);
        Count = 0;
        RefIndex = -1;
        RefFlagCount = 0;
        DrawCount = 0;
        SortedDrawsReady = false;
        AllSePresent = true;
        var popsKnown = true;
        var refAvailableIndex = -1;
        var minOrder = int.MaxValue;
        var maxOrder = int.MinValue;
        var minOrderHasEstimate = false;
        var maxOrderHasEstimate = false;
        var ordersValid = context.OrderedDimension;

        for (var i = 0; i < subgroups.Count; i++)
        {
            var s = subgroups[i];
            if (s.IsReference)
            {
                RefFlagCount++;
            }

            var hasEstimate = s.Estimate is { } e && double.IsFinite(e);
            if (context.OrderedDimension)
            {
                if (s.Order is { } o)
                {
                    if (o < minOrder)
                    {
                        minOrder = o;
                        minOrderHasEstimate = hasEstimate;
                    }

                    if (o > maxOrder)
                    {
                        maxOrder = o;
                        maxOrderHasEstimate = hasEstimate;
                    }
                }
                else
                {
                    ordersValid = false;
                }
            }

            if (!hasEstimate)
            {
                continue;
            }

            var j = Count++;
            Est[j] = s.Estimate!.Value;
            Order[j] = s.Order ?? 0;
            if (s.Se is { } se && double.IsFinite(se) && se >= 0)
            {
                Se[j] = se;
            }
            else
            {
                Se[j] = double.NaN;
                AllSePresent = false;
            }

            if (s.Population is { } p && double.IsFinite(p) && p >= 0)
            {
                Pop[j] = p;
            }
            else
            {
                Pop[j] = double.NaN;
                popsKnown = false;
            }

            CiLb[j] = s.CiLb ?? double.NaN;
            CiUb[j] = s.CiUb ?? double.NaN;
            if (s.IsReference)
            {
                refAvailableIndex = j;
            }
        }

        if (Count == 0)
        {
            AllSePresent = false;
        }

        if (ordersValid)
        {
            ordersValid = HasDistinctOrders(subgroups);
        }

        OrdersValid = ordersValid;
        LowestOrderAvailable = ordersValid && minOrderHasEstimate;
        HighestOrderAvailable = ordersValid && maxOrderHasEstimate;
        if (ordersValid)
        {
            SortByOrder(ref refAvailableIndex);
        }

        // HEAT's reference_group_exists: exactly one flagged subgroup.
        RefIndex = RefFlagCount == 1 ? refAvailableIndex : -1;

        PopTotal = 0;
        for (var j = 0; j < Count; j++)
        {
            PopTotal += popsKnown ? Pop[j] : 0;
        }

        AllPopPresent = popsKnown && Count > 0 && PopTotal > 0;
        HasMean = false;
        Mean = double.NaN;
        if (AllPopPresent)
        {
            var sum = 0.0;
            for (var j = 0; j < Count; j++)
            {
                Share[j] = Pop[j] / PopTotal;
                sum += Share[j] * Est[j];
            }

            Mean = sum;
            HasMean = true;
        }
        else if (context.SettingAverage is { } avg && double.IsFinite(avg))
        {
            Mean = avg;
            HasMean = true;
        }

        AllZero = Count > 0;
        AllEqual = Count > 0;
        for (var j = 0; j < Count; j++)
        {
            AllZero &= Est[j] == 0;
            AllEqual &= Est[j] == Est[0];
        }
    }

    public void EnsureDrawCapacity(int draws)
    {
        if (Draws.Length < draws * Count)
        {
            Draws = new double[Math.Max(draws * Count, Draws.Length * 2)];
        }

        if (SortedDraws.Length < Draws.Length)
        {
            SortedDraws = new double[Draws.Length];
            SortedDrawShares = new double[Draws.Length];
        }

        if (DrawResults.Length < draws)
        {
            DrawResults = new double[draws];
        }
    }

    private static bool HasDistinctOrders(IReadOnlyList<SubgroupEstimate> subgroups)
    {
        // Ordered dimensions are small (quintiles, education levels); a quadratic check avoids a set allocation.
        for (var i = 0; i < subgroups.Count; i++)
        {
            for (var k = i + 1; k < subgroups.Count; k++)
            {
                if (subgroups[i].Order == subgroups[k].Order)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void SortByOrder(ref int refIndex)
    {
        // Insertion sort keeps the parallel arrays together without allocating; ordered dimensions are short.
        for (var i = 1; i < Count; i++)
        {
            var j = i;
            while (j > 0 && Order[j - 1] > Order[j])
            {
                Swap(j - 1, j);
                if (refIndex == j)
                {
                    refIndex = j - 1;
                }
                else if (refIndex == j - 1)
                {
                    refIndex = j;
                }

                j--;
            }
        }
    }

    private void Swap(int a, int b)
    {
        (Est[a], Est[b]) = (Est[b], Est[a]);
        (Se[a], Se[b]) = (Se[b], Se[a]);
        (Pop[a], Pop[b]) = (Pop[b], Pop[a]);
        (CiLb[a], CiLb[b]) = (CiLb[b], CiLb[a]);
        (CiUb[a], CiUb[b]) = (CiUb[b], CiUb[a]);
        (Order[a], Order[b]) = (Order[b], Order[a]);
    }

    private void EnsureCapacity(int n)
    {
        if (Est.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, Est.Length * 2);
        Est = new double[size];
        Se = new double[size];
        Pop = new double[size];
        Share = new double[size];
        CiLb = new double[size];
        CiUb = new double[size];
        Order = new int[size];
        Scratch1 = new double[size];
        Scratch2 = new double[size];
        Scratch3 = new double[size];
    }
}
