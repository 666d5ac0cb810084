using System.Globalization;
using Dapper;
using IndicatorHub.Core.Sdg;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Storage.Sdg;

/// <summary>
/// Reads and writes sdg_mappings rows. Shared by the migration that seeds the curated mapping and by the store,
/// so both write exactly the same columns.
/// </summary>
internal static class SdgMappingRows
{
    /// <summary>Every mapping in stored (file) order.</summary>
    internal static List<SdgMapping> ReadAll(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        connection.Query<Row>($"SELECT {Columns} FROM sdg_mappings ORDER BY position, id", transaction: transaction)
            .Select(r => r.ToMapping())
            .ToList();

    /// <summary>The mappings of the indicators with ids <paramref name="codes"/>, primary first, then in stored order.</summary>
    internal static List<SdgMapping> ReadFor(SqliteConnection connection, IReadOnlyCollection<string> codes) =>
        connection.Query<Row>(
                $"SELECT {Columns} FROM sdg_mappings WHERE indicator_code IN @Codes ORDER BY is_primary DESC, position, id",
                new { Codes = codes })
            .Select(r => r.ToMapping())
            .ToList();

    private const string Columns = """
        indicator_code AS IndicatorCode, goal, target, is_primary AS IsPrimary, source, mapped_at AS MappedAt, note,
        higher_is_better AS HigherIsBetter, target_value AS TargetValue, target_year AS TargetYear,
        base_year AS BaseYear, limit_value AS LimitValue
        """;

    /// <summary>Deletes every mapping and inserts <paramref name="mappings"/> in order, inside the caller's transaction.</summary>
    internal static void ReplaceAll(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<SdgMapping> mappings)
    {
        connection.Execute("DELETE FROM sdg_mappings", transaction: transaction);
        InsertAll(connection, transaction, mappings);
    }

    /// <summary>Inserts <paramref name="mappings"/> with positions 1, 2, ... in order.</summary>
    internal static void InsertAll(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<SdgMapping> mappings) =>
        connection.Execute(
            """
            INSERT INTO sdg_mappings (position, indicator_code, goal, target, is_primary, source, mapped_at, note,
                                      higher_is_better, target_value, target_year, base_year, limit_value)
            VALUES (@Position, @IndicatorCode, @Goal, @Target, @IsPrimary, @Source, @MappedAt, @Note,
                    @HigherIsBetter, @TargetValue, @TargetYear, @BaseYear, @LimitValue)
            """,
            mappings.Select((m, i) => new
            {
                Position = i + 1,
                IndicatorCode = m.IndicatorId,
                m.Goal,
                Target = m.TargetId,
                m.IsPrimary,
                Source = m.Source.ToName(),
                MappedAt = Timestamp(m.MappedAt ?? throw new ArgumentException($"Mapping of {m.IndicatorId} has no time; stamp it before storing.", nameof(mappings))),
                m.Note,
                m.Progress?.HigherIsBetter,
                m.Progress?.TargetValue,
                m.Progress?.TargetYear,
                m.Progress?.BaseYear,
                LimitValue = m.Progress?.Limit,
            }),
            transaction);

    /// <summary>Round-trip ISO 8601, offset kept, so a stored time reads back equal.</summary>
    internal static string Timestamp(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public string IndicatorCode { get; set; } = "";

        public long Goal { get; set; }

        public string? Target { get; set; }

        public bool IsPrimary { get; set; }

        public string Source { get; set; } = "";

        public string MappedAt { get; set; } = "";

        public string? Note { get; set; }

        public bool? HigherIsBetter { get; set; }

        public double? TargetValue { get; set; }

        public long? TargetYear { get; set; }

        public long? BaseYear { get; set; }

        public double? LimitValue { get; set; }

        public SdgMapping ToMapping()
        {
            if (!SdgMappingSourceNames.TryParse(Source, out var source))
            {
                throw new InvalidDataException($"sdg_mappings holds unknown source '{Source}' for {IndicatorCode}.");
            }

            var progress = new SdgProgressSettings
            {
                HigherIsBetter = HigherIsBetter,
                TargetValue = TargetValue,
                TargetYear = (int?)TargetYear,
                BaseYear = (int?)BaseYear,
                Limit = LimitValue,
            };
            return new SdgMapping(
                IndicatorCode,
                (int)Goal,
                Target,
                IsPrimary,
                source,
                DateTimeOffset.Parse(MappedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                Note,
                progress.IsEmpty ? null : progress);
        }
    }
}
