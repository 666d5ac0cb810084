using System.Globalization;
using System.Text;
using System.Text.Json;
using Dapper;
using IndicatorHub.Core.Inequality;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Inequality;

/// <summary>
/// The measure_cache table (migration 4): results per group and option set, valid while the group's
/// <see cref="InequalityGroup.InputHash"/> is unchanged.
/// </summary>
/// <remarks>
/// Invalidation compares content, not time: a lookup assembles the group from the store, hashes its inputs
/// (subgroup values, SEs, limits, populations, orders, reference flags, setting average, direction, scale and
/// the highest input batch id) and uses the cached row only when the stored hash is the same. An import that
/// changes a value moves that row's batch_id and changes the value, so the hash changes; an identical re-import
/// keeps every batch_id and value (see ObservationUpsert), so the cache stays valid. Nothing has to remember to
/// clear the cache, and composite definitions, group membership or metadata edits invalidate it too. The cost is
/// that a lookup still reads the group's inputs; what the cache saves is the computation (simulation draws,
/// PHE's Monte Carlo, logistic fits).
/// </remarks>
internal static class MeasureCache
{
    /// <summary>The part of the key that depends on the options: measures, method, level, draws, seed.</summary>
    internal static string OptionsKey(InequalityOptions options)
    {
        var measures = options.Measures is { } m ? string.Join(',', m) : "*";
        return string.Create(CultureInfo.InvariantCulture,
            $"m={measures};sii={options.SiiMethod};level={options.ConfidenceLevel:R};draws={options.SimulationDraws};seed={options.SimulationSeed};phe={options.PheRepetitions}");
    }

    internal static IReadOnlyList<MeasureResult>? TryGet(SqliteConnection connection, InequalityGroup group, string optionsKey, string inputHash)
    {
        var row = connection.QuerySingleOrDefault<(string Hash, string Results)?>(
            """
            SELECT input_hash, results FROM measure_cache
            WHERE indicator = @Indicator AND setting = @Setting AND dimension = @Dimension AND period = @Period AND options_key = @OptionsKey
            """,
            new { group.Indicator, group.Setting, group.Dimension, group.Period, OptionsKey = optionsKey });
        return row is { } hit && string.Equals(hit.Hash, inputHash, StringComparison.Ordinal) ? Deserialize(hit.Results) : null;
    }

    internal static void Put(
        SqliteConnection connection, SqliteTransaction transaction, InequalityGroup group, string optionsKey, string inputHash,
        IReadOnlyList<MeasureResult> results, DateTimeOffset at) =>
        connection.Execute(
            """
            INSERT INTO measure_cache (indicator, setting, dimension, period, options_key, input_hash, results, computed_at)
            VALUES (@Indicator, @Setting, @Dimension, @Period, @OptionsKey, @InputHash, @Results, @At)
            ON CONFLICT (indicator, setting, dimension, period, options_key) DO UPDATE SET
                input_hash = excluded.input_hash, results = excluded.results, computed_at = excluded.computed_at
            """,
            new
            {
                group.Indicator,
                group.Setting,
                group.Dimension,
                group.Period,
                OptionsKey = optionsKey,
                InputHash = inputHash,
                Results = Serialize(results),
                At = at.ToString("O", CultureInfo.InvariantCulture),
            },
            transaction);

    internal static string Serialize(IReadOnlyList<MeasureResult> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("measure", r.Measure);
                Number(json, "estimate", r.Estimate);
                Number(json, "se", r.Se);
                Number(json, "ci_lb", r.CiLb);
                Number(json, "ci_ub", r.CiUb);
                json.WriteString("reason", r.NotComputedReason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static IReadOnlyList<MeasureResult> Deserialize(string text)
    {
        using var document = JsonDocument.Parse(text);
        var results = new List<MeasureResult>(document.RootElement.GetArrayLength());
        foreach (var e in document.RootElement.EnumerateArray())
        {
            results.Add(new MeasureResult(
                e.GetProperty("measure").GetString()!,
                Number(e, "estimate"),
                Number(e, "se"),
                Number(e, "ci_lb"),
                Number(e, "ci_ub"),
                e.GetProperty("reason").GetString()));
        }

        return results;
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static double? Number(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble() : null;
}
