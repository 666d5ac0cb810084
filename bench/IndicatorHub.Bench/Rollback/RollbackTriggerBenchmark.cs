using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using IndicatorHub.Bench.Import;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Pipeline;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Queries.Areas;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Bench.Rollback;

/// <summary>
/// What the rollback trigger (observations_keep_replaced, which copies every replaced value into
/// observation_history inside the importing transaction) costs: a file that replaces all N values of a store is
/// imported into a copy of the same store with the trigger and into a copy without it, alternating rounds in the
/// same run. The fastest round of each side counts.
/// </summary>
internal static class RollbackTriggerBenchmark
{
    private const string TableHeader = "| date | values replaced | load (1/5/15 min) | with trigger | without trigger | cost |";

    internal static int Run(string[] args)
    {
        long rows = 200_000;
        int rounds = 3;
        string work = Path.Combine(Path.GetTempPath(), "indicatorhub-bench-rollback");
        string? results = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--rows": rows = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--work": work = args[i + 1]; break;
                case "--results": results = args[i + 1]; break;
                default: Console.Error.WriteLine("usage: rollback [--rows N] [--rounds N] [--work DIR] [--results FILE]"); return 2;
            }
        }

        Directory.CreateDirectory(work);
        var original = Path.Combine(work, "original.csv");
        var replacing = Path.Combine(work, "replacing.csv");
        var template = Path.Combine(work, "template.db");
        var codes = IndicatorStore.Open(Fresh(Path.Combine(work, "areas.db"))).Read(AreaListQuery.Run).Select(a => a.Code).ToList();
        var written = KoladaShapedCsv.Write(original, rows, codes);
        WriteReplacing(original, replacing);

        Fresh(template);
        var stored = Import(IndicatorStore.Open(template, forWriting: true), original);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"template: {stored.Summary.RowsStored:N0} values from {written:N0} rows"));
        SqliteConnection.ClearAllPools();

        TimeSpan? bestWith = null, bestWithout = null;
        for (var round = 1; round <= rounds; round++)
        {
            // Alternating which side goes first, so a drift in the machine's load does not favour one side.
            var order = round % 2 == 1 ? new[] { true, false } : [false, true];
            foreach (var withTrigger in order)
            {
                var elapsed = Round(template, replacing, Path.Combine(work, withTrigger ? "with.db" : "without.db"), withTrigger, stored.Summary.RowsStored);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {(withTrigger ? "with" : "without")} trigger {elapsed.TotalSeconds:F2} s"));
                if (withTrigger)
                {
                    bestWith = bestWith is null || elapsed < bestWith ? elapsed : bestWith;
                }
                else
                {
                    bestWithout = bestWithout is null || elapsed < bestWithout ? elapsed : bestWithout;
                }
            }
        }

        var load = File.Exists("/proc/loadavg") ? string.Join('/', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "–";
        var cost = bestWith!.Value.TotalSeconds / bestWithout!.Value.TotalSeconds - 1;
        var report = string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd} | {stored.Summary.RowsStored:N0} | {load} | {bestWith.Value.TotalSeconds:F2} s ({stored.Summary.RowsStored / bestWith.Value.TotalSeconds:N0} values/s) | {bestWithout.Value.TotalSeconds:F2} s ({stored.Summary.RowsStored / bestWithout.Value.TotalSeconds:N0} values/s) | **{cost * 100:+0;−0}%** |");
        Console.WriteLine(report);
        if (results is not null)
        {
            ResultsFile.AppendRow(results, TableHeader, $"""
                ## Rollback trigger: importing a file that replaces every value, with and without the trigger (bench/run-rollback.sh)

                The same store (Kolada-shaped, in-process `ImportService`, Release build) copied for each round; the file
                changes every value, so the trigger copies each into observation_history. Rounds alternate which side goes
                first; the fastest round of each side counts. Cost = with ÷ without − 1. Load: /proc/loadavg after the run.

                {TableHeader}
                |---|---|---|---|---|---|
                """, report);
        }

        return 0;
    }

    private static TimeSpan Round(string template, string replacing, string database, bool withTrigger, long expected)
    {
        Fresh(database);
        File.Copy(template, database);
        var store = IndicatorStore.Open(database, forWriting: true);
        if (!withTrigger)
        {
            using var connection = store.Connections.Open();
            connection.Execute("DROP TRIGGER observations_keep_replaced");
        }

        var clock = Stopwatch.StartNew();
        var result = Import(store, replacing);
        clock.Stop();
        if (result.Summary.RowsChanged != expected)
        {
            throw new InvalidOperationException($"expected {expected} values replaced, the import changed {result.Summary.RowsChanged}");
        }

        using (var connection = store.Connections.Open())
        {
            var kept = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM observation_history");
            if (kept != (withTrigger ? expected : 0))
            {
                throw new InvalidOperationException($"observation_history holds {kept} rows {(withTrigger ? "with" : "without")} the trigger");
            }
        }

        SqliteConnection.ClearAllPools();
        return clock.Elapsed;
    }

    private static ImportResult Import(IndicatorStore store, string path)
    {
        var service = new ImportService(store, ImportParsers.CreateDetector());
        using var source = new ImportSource(Path.GetFileName(path), () => File.OpenRead(path));
        var result = service.Import(new ImportRequest(source, ImportFormat.Auto, new ParseOptions()));
        if (!result.Stored)
        {
            throw new InvalidOperationException($"{path} was not stored: {string.Join("; ", result.Summary.Errors.Take(3).Select(e => e.Reason))}");
        }

        return result;
    }

    /// <summary>The same keys with every value different: +0.25 on a value, 1.25 where the original has none.</summary>
    private static void WriteReplacing(string original, string replacing)
    {
        using var reader = new StreamReader(original);
        using var writer = new StreamWriter(replacing, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write(reader.ReadLine() + "\n");
        while (reader.ReadLine() is { } line)
        {
            var comma = line.LastIndexOf(',');
            var value = line[(comma + 1)..];
            var changed = value.Length == 0 ? 1.25 : double.Parse(value, CultureInfo.InvariantCulture) + 0.25;
            writer.Write(line.AsSpan(0, comma + 1));
            writer.Write(changed.ToString("0.00", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    private static string Fresh(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return path;
    }
}
