using System.CommandLine;
using System.Globalization;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Inequality;

namespace IndicatorHub.Cli.Commands.Measures;

/// <summary>
/// `indicatorhub measures FILE` (a HEAT Plus template CSV) or `indicatorhub measures --indicator ID [--db PATH] …`
/// (from the store): HEAT's summary measures of inequality, one row per setting × date × indicator × dimension ×
/// measure. Exit 0 when measures were written (some may carry a note saying why they could not be computed), 1 when
/// the file was rejected or the store has nothing to compare, 2 for a usage error.
/// </summary>
internal static class MeasuresCommand
{
    internal static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo?>("FILE")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "A HEAT Plus upload template saved as CSV. Without it the measures come from the store (--indicator).",
        };
        var database = CommonOptions.Database();
        var indicator = new Option<string?>("--indicator") { Description = "Store: the indicator, e.g. U01405 or N05401." };
        var area = new Option<string?>("--area") { Description = "Store: only this area (SCB or Kolada code, or name); default every area with data." };
        var dimension = new Option<string?>("--dimension")
        {
            Description = "Store: sex, income_quintile, education (data/dimensions) or areas (with --group); default every dimension the indicator has.",
        };
        var group = new Option<string?>("--group")
        {
            Description = "Store: compare the municipalities of a county (01, Stockholms län), a kommungrupp (G92787, Storstäder), a stored network (healthy-cities-sverige-exempel or its name) or a network CSV file.",
        };
        var period = new Option<string?>("--period") { Description = "Store: only this period; default every period, so the trend shows." };
        var format = new Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var measure = new Option<string?>("--measure") { Description = $"Comma-separated measures (default: all that apply): {string.Join(",", InequalityMeasures.All)}." };
        var siiMethod = new Option<string>("--sii-method") { Description = "How sii and rii are fitted: heat (logistic, HEAT's default), linear or phe.", DefaultValueFactory = _ => "heat" };
        siiMethod.AcceptOnlyFromAmong("heat", "linear", "phe");
        var higherIsBetter = new Option<bool?>("--higher-is-better")
        {
            Description = "Store: the indicator's direction (true or false), overriding its metadata; unknown directions default to true.",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Store: compute everything and leave the measure cache alone." };
        var command = new Command("measures", "Summary measures of health inequality (WHO HEAT v6 and PHE's slope index).")
        {
            file, database, indicator, area, dimension, group, period, format, measure, siiMethod, higherIsBetter, noCache,
        };
        command.SetAction(result =>
        {
            if (!TryOptions(result.GetValue(measure), result.GetValue(siiMethod)!, out var options, out var problem))
            {
                return Usage(context, problem);
            }

            var path = result.GetValue(file);
            IReadOnlyList<MeasureRow> rows;
            if (path is not null)
            {
                var storeOnly = new Option[] { database, indicator, area, dimension, group, period, higherIsBetter, noCache }
                    .Where(o => result.GetResult(o) is { Implicit: false })
                    .Select(o => o.Name)
                    .ToList();
                if (storeOnly.Count > 0)
                {
                    return Usage(context, $"{string.Join(", ", storeOnly)} select{(storeOnly.Count == 1 ? "s" : string.Empty)} data in the store; give either a FILE or --indicator, not both");
                }

                if (!path.Exists)
                {
                    return Usage(context, $"{path}: no such file");
                }

                var (problems, groups) = HeatFileMeasures.Read(path.FullName);
                if (problems.Count > 0)
                {
                    foreach (var p in problems.Take(ShownProblems))
                    {
                        context.Error.WriteLine(HeatFileMeasures.Describe(path.ToString(), p));
                    }

                    if (problems.Count > ShownProblems)
                    {
                        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {problems.Count - ShownProblems} more"));
                    }

                    context.Error.WriteLine($"indicatorhub measures: {path} is not a valid HEAT Plus file; nothing computed.");
                    return 1;
                }

                rows = groups
                    .SelectMany(g => InequalityCalculator.Compute(g.Subgroups, g.Context, options)
                        .Select(r => new MeasureRow(g.Setting, g.Date, g.Indicator, g.Dimension, r)))
                    .ToList();
            }
            else
            {
                if (result.GetValue(indicator) is not { } indicatorId)
                {
                    return Usage(context, "give a HEAT Plus FILE, or --indicator ID for measures from the store");
                }

                var store = CommonOptions.OpenStore(result, database, context);
                var request = new MeasureRequest(indicatorId)
                {
                    Area = result.GetValue(area),
                    Dimension = result.GetValue(dimension)?.Trim().ToLowerInvariant(),
                    Group = result.GetValue(group),
                    Period = result.GetValue(period),
                    HigherIsBetter = result.GetValue(higherIsBetter),
                };
                MeasureRun run;
                try
                {
                    run = store.ComputeInequalityMeasures(request, options, useCache: !result.GetValue(noCache));
                }
                catch (MeasureRequestException e)
                {
                    return Usage(context, MeasureRequestText.English(e));
                }
                catch (ArgumentException e)
                {
                    return Usage(context, e.Message.Split(" (Parameter")[0]);
                }

                foreach (var note in run.Notes)
                {
                    context.Error.WriteLine($"indicatorhub measures: note: {note}");
                }

                if (run.Groups.Count == 0)
                {
                    context.Error.WriteLine($"indicatorhub measures: the store has nothing to compare for {request.Indicator}{Describe(request)}.");
                    return 1;
                }

                rows = run.Groups
                    .SelectMany(g => g.Results.Select(r => new MeasureRow(g.Group.Setting, g.Group.Period, g.Group.Indicator, g.Group.Dimension, r)))
                    .ToList();
            }

            if (result.GetValue(format) == "json")
            {
                context.Out.Flush();
                using var stdout = context.OpenStandardOutput();
                MeasureRowWriter.WriteJson(stdout, rows);
            }
            else
            {
                MeasureRowWriter.WriteCsv(context.Out, rows);
            }

            context.Out.Flush();
            return 0;
        });
        return command;
    }

    private const int ShownProblems = 20;

    private static bool TryOptions(string? measureList, string siiMethod, out InequalityOptions options, out string problem)
    {
        problem = string.Empty;
        options = InequalityOptions.Default with
        {
            SiiMethod = siiMethod switch
            {
                "linear" => SiiMethod.Linear,
                "phe" => SiiMethod.Phe,
                _ => SiiMethod.Heat,
            },
        };
        if (measureList is null)
        {
            return true;
        }

        var measures = measureList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => m.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unknown = measures.Where(m => !InequalityMeasures.All.Contains(m, StringComparer.Ordinal)).ToList();
        if (measures.Count == 0 || unknown.Count > 0)
        {
            problem = $"unknown measure{(unknown.Count == 1 ? string.Empty : "s")} {string.Join(", ", unknown.Select(u => "'" + u + "'"))}; choose from {string.Join(",", InequalityMeasures.All)}";
            if (measures.Count == 0)
            {
                problem = "--measure needs at least one measure";
            }

            return false;
        }

        options = options with { Measures = measures };
        return true;
    }

    private static string Describe(MeasureRequest request)
    {
        var parts = new[]
        {
            request.Area is null ? null : "area " + request.Area,
            request.Group is null ? null : "group " + request.Group,
            request.Dimension is null ? null : "dimension " + request.Dimension,
            request.Period is null ? null : "period " + request.Period,
        }.OfType<string>().ToList();
        return parts.Count == 0 ? " (no sex breakdown or composite dimension with data; for municipalities use --group)" : " (" + string.Join(", ", parts) + ")";
    }

    private static int Usage(CliContext context, string problem)
    {
        context.Error.WriteLine($"indicatorhub measures: {problem}");
        return 2;
    }
}
