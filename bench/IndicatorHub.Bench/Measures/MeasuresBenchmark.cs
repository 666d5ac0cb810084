using System.Globalization;
using IndicatorHub.Bench.Import;
using IndicatorHub.Core.Inequality;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Inequality;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Observations;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Bench.Measures;

/// <summary>
/// All inequality measures for women vs men for every indicator × area × year of a Kolada-shaped store (generated
/// with <see cref="KoladaShapedCsv"/> and loaded with `indicatorhub import`), against just reading the same rows
/// with the same query in the same run. Both sides run several times, alternating, with the same parallelism; the
/// fastest run of each counts. The figures go to bench/RESULTS.md.
/// </summary>
internal static class MeasuresBenchmark
{
    private const int Rounds = 3;
    private const string Header = "| date | observations | sex groups | results (computed) | threads of cores | load | read only | all measures | ratio |";

    internal static int Run(string[] args)
    {
        var options = Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: measures --cli PATH/indicatorhub.dll [--rows N] [--threads N] [--work DIR] [--results FILE] [--reuse]");
            return 2;
        }

        Directory.CreateDirectory(options.Work);
        var database = Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"measures_{options.Rows}.db"));
        if (!options.Reuse || !File.Exists(database))
        {
            BuildStore(options, database);
        }

        var store = IndicatorStore.Open(database);
        var observations = store.Read(ObservationCountQuery.Run);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store {database}: {observations:N0} observations"));

        // One thread, then every core: the ratio read/compute at one thread says what the maths costs, the other row
        // what a dashboard refresh takes. The machine may be shared; the 1-minute load average is recorded with each row.
        var threadCounts = options.Threads > 1 ? new[] { 1, options.Threads } : [1];
        var allUnderTarget = true;
        foreach (var threads in threadCounts)
        {
            var (read, compute) = Measure(store, threads);
            var row = string.Create(CultureInfo.InvariantCulture,
                $"| {DateTime.UtcNow:yyyy-MM-dd} | {compute.Rows:N0} | {compute.Groups:N0} | {compute.Results:N0} ({compute.Computed:N0}) | {threads} of {Environment.ProcessorCount} | {LoadAverage()} | {read.Elapsed.TotalSeconds:F2} s ({read.Rows / read.Elapsed.TotalSeconds:N0} rows/s) | **{compute.Elapsed.TotalSeconds:F2} s** | {compute.Elapsed.TotalSeconds / read.Elapsed.TotalSeconds:F2} |");
            Console.WriteLine(row);
            if (options.Results is not null)
            {
                Append(options.Results, row);
            }

            allUnderTarget &= compute.Elapsed.TotalSeconds < 10 || threads < options.Threads;
        }

        SqliteConnection.ClearAllPools();
        return allUnderTarget ? 0 : 1;
    }

    /// <summary>Warms up both paths, then runs them alternately; the fastest of each counts.</summary>
    private static (SexScanSummary Read, SexScanSummary Compute) Measure(IndicatorStore store, int threads)
    {
        SexMeasureScan.Run(store, InequalityOptions.Default, threads, computeMeasures: false);
        SexMeasureScan.Run(store, InequalityOptions.Default, threads, computeMeasures: true);
        SexScanSummary? bestRead = null, bestCompute = null;
        for (var round = 1; round <= Rounds; round++)
        {
            var read = SexMeasureScan.Run(store, InequalityOptions.Default, threads, computeMeasures: false);
            var compute = SexMeasureScan.Run(store, InequalityOptions.Default, threads, computeMeasures: true);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{threads} thread(s), round {round}: read {read.Rows:N0} rows in {read.Elapsed.TotalSeconds:F2} s; all measures for {compute.Groups:N0} groups ({compute.Results:N0} results, {compute.Computed:N0} computed, checksum {compute.Checksum:R}) in {compute.Elapsed.TotalSeconds:F2} s"));
            bestRead = bestRead is null || read.Elapsed < bestRead.Elapsed ? read : bestRead;
            bestCompute = bestCompute is null || compute.Elapsed < bestCompute.Elapsed ? compute : bestCompute;
        }

        return (bestRead!, bestCompute!);
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static void BuildStore(Options options, string database)
    {
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        var csv = Path.Combine(options.Work, string.Create(CultureInfo.InvariantCulture, $"kolada_shaped_{options.Rows}.csv"));
        if (!File.Exists(csv))
        {
            var areaStore = IndicatorStore.Open(Path.Combine(options.Work, "areas.db"));
            var written = KoladaShapedCsv.Write(csv, options.Rows, areaStore.Read(AreaListQuery.Run).Select(a => a.Code).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {written:N0} rows in {csv}"));
        }

        var run = ProcessMeter.Run("dotnet", [options.Cli, "import", csv, "--db", database, "--format", "long-csv"]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"indicatorhub import failed ({run.ExitCode}): {run.Output}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported with indicatorhub import in {run.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>Adds the row to this benchmark's table in RESULTS.md.</summary>
    private static void Append(string path, string row) => ResultsFile.AppendRow(path, Header, $"""
        ## Inequality measures: women vs men for every indicator × area × year (bench/run-measures.sh)

        Same query and reader loop in both columns; "all measures" adds grouping and InequalityCalculator.ComputeInto
        (d, r, paf, par with HEAT's defaults: every measure that applies to a binary dimension). Fastest of {Rounds}
        alternating runs each, after one warm-up. Target: all measures under 10 s with every core. "load" is the
        1-minute load average when the row was written (other work on a shared machine slows both columns).

        {Header}
        |---|---|---|---|---|---|---|---|---|
        """, row);

    private static Options? Parse(string[] args)
    {
        string? cli = null, work = Path.Combine(Path.GetTempPath(), "indicatorhub-bench"), results = null;
        long rows = 5_000_000;
        var threads = Environment.ProcessorCount;
        var reuse = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--reuse")
            {
                reuse = true;
                continue;
            }

            if (i + 1 >= args.Length)
            {
                return null;
            }

            switch (args[i])
            {
                case "--cli": cli = args[++i]; break;
                case "--rows": rows = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--threads": threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--work": work = args[++i]; break;
                case "--results": results = args[++i]; break;
                default: return null;
            }
        }

        return cli is null ? null : new Options(cli, rows, threads, work, results, reuse);
    }

    private sealed record Options(string Cli, long Rows, int Threads, string Work, string? Results, bool Reuse);
}
