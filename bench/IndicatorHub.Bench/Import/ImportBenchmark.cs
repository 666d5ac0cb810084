using System.Globalization;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Queries.Areas;

namespace IndicatorHub.Bench.Import;

/// <summary>
/// `indicatorhub import` of a Kolada-shaped long CSV against the sqlite3 shell's `.import` of the same file into
/// an equivalent table keyed on (indicator, area, period, dimension, subgroup), in the same run. Each round runs both
/// sides into fresh databases, the first alternating between rounds. The ratio reported is the median of the rounds'
/// own ratios: this machine's speed drifts by ±20 % within minutes, so the fastest run of each side may come from
/// different moments (the best-of ratio is printed beside it).
/// </summary>
internal static class ImportBenchmark
{
    private const int Rounds = 5;
    private const string TableHeader = "| date | rows | file | sqlite3 .import | indicatorhub import | ratio |";

    internal static int Run(string[] args)
    {
        var options = Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: import --cli PATH/indicatorhub.dll [--rows N] [--work DIR] [--results FILE]");
            return 2;
        }

        Directory.CreateDirectory(options.Work);
        var csv = Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"kolada_shaped_{options.Rows}.csv"));
        var areaCodes = AreaCodes(options.Work);
        var rows = KoladaShapedCsv.Write(csv, options.Rows, areaCodes);
        var size = new FileInfo(csv).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {rows:N0} rows ({size / 1048576.0:F0} MiB) in {csv}"));

        ProcessMeter.Measurement? bestReference = null, bestOurs = null;
        var ratios = new List<double>();
        for (var round = 1; round <= Rounds; round++)
        {
            ProcessMeter.Measurement reference, ours;
            if (round % 2 == 1)
            {
                reference = RunReference(csv, options.Work);
                ours = RunIndicatorHub(csv, options.Work, options.Cli);
            }
            else
            {
                ours = RunIndicatorHub(csv, options.Work, options.Cli);
                reference = RunReference(csv, options.Work);
            }

            ratios.Add(reference.Elapsed / ours.Elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: sqlite3 .import {reference.Elapsed.TotalSeconds:F2} s, indicatorhub import {ours.Elapsed.TotalSeconds:F2} s ({ours.PeakBytes / 1048576.0:F0} MiB peak), ratio {ratios[^1]:F2}"));
            bestReference = bestReference is null || reference.Elapsed < bestReference.Elapsed ? reference : bestReference;
            bestOurs = bestOurs is null || ours.Elapsed < bestOurs.Elapsed ? ours : bestOurs;
        }

        var referenceRate = rows / bestReference!.Elapsed.TotalSeconds;
        var ourRate = rows / bestOurs!.Elapsed.TotalSeconds;
        ratios.Sort();
        var median = ratios[ratios.Count / 2];
        var report = string.Create(CultureInfo.InvariantCulture, $"""
            | {DateTime.UtcNow:yyyy-MM-dd} | {rows:N0} | {size / 1048576.0:F0} MiB | {bestReference.Elapsed.TotalSeconds:F2} s ({referenceRate:N0} rows/s, {bestReference.PeakBytes / 1048576.0:F0} MiB) | {bestOurs.Elapsed.TotalSeconds:F2} s ({ourRate:N0} rows/s, {bestOurs.PeakBytes / 1048576.0:F0} MiB) | **{median:F2}** (rounds {ratios[0]:F2}–{ratios[^1]:F2}; best-of {ourRate / referenceRate:F2}) |
            """);
        Console.WriteLine(report);
        if (options.Results is not null)
        {
            ResultsFile.AppendRow(options.Results, TableHeader, $"""
                ## Import: `indicatorhub import` vs `sqlite3 .import` (bench/run-import.sh)

                Ratio = IndicatorHub's rows/s ÷ sqlite3's rows/s (≥ 1.0 means IndicatorHub is at least as fast); rows from 2026-11-30 10:00 on give the median of five alternating rounds' own ratios, their range and the best-of ratio. Memory is the
                peak resident set of each process.

                {TableHeader}
                |---|---|---|---|---|---|
                """, report);
        }

        return 0;
    }

    private static ProcessMeter.Measurement RunReference(string csv, string work)
    {
        var database = Fresh(Path.Combine(work, "reference.db"));
        var script = $"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE observations (
                indicator TEXT NOT NULL, area TEXT NOT NULL, period TEXT NOT NULL, dimension TEXT NOT NULL, subgroup TEXT NOT NULL,
                value REAL, PRIMARY KEY (indicator, area, period, dimension, subgroup)) WITHOUT ROWID;
            .mode csv
            .import --skip 1 {csv} observations
            SELECT COUNT(*) FROM observations;
            """;
        var run = ProcessMeter.Run("sqlite3", [database], script);
        Check(run, "sqlite3");
        return run;
    }

    private static ProcessMeter.Measurement RunIndicatorHub(string csv, string work, string cli)
    {
        var database = Fresh(Path.Combine(work, "indicatorhub.db"));
        var run = ProcessMeter.Run("dotnet", [cli, "import", csv, "--db", database, "--format", "long-csv"]);
        Check(run, "indicatorhub import");
        return run;
    }

    private static void Check(ProcessMeter.Measurement run, string what)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed ({run.ExitCode}): {run.Output}");
        }
    }

    private static string Fresh(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        return path;
    }

    private static List<string> AreaCodes(string work)
    {
        var store = IndicatorStore.Open(Fresh(Path.Combine(work, "areas.db")));
        return store.Read(AreaListQuery.Run).Select(a => a.Code).ToList();
    }

    private static Options? Parse(string[] args)
    {
        string? cli = null, work = Path.Combine(Path.GetTempPath(), "indicatorhub-bench"), results = null;
        long rows = 5_000_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--cli": cli = args[i + 1]; break;
                case "--rows": rows = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--work": work = args[i + 1]; break;
                case "--results": results = args[i + 1]; break;
                default: return null;
            }
        }

        return cli is null ? null : new Options(cli, rows, work, results);
    }

    private sealed record Options(string Cli, long Rows, string Work, string? Results);
}
