using System.CommandLine;
using System.Globalization;
using IndicatorHub.Cli.Commands.Import;
using IndicatorHub.Cli.Output;
using IndicatorHub.Storage.Queries.Areas;
using IndicatorHub.Storage.Queries.Batches;
using IndicatorHub.Storage.Queries.Indicators;

namespace IndicatorHub.Cli.Commands.List;

/// <summary>
/// `indicatorhub list indicators [--search TEXT] [--by-sex] [--needs-metadata] [--limit N] [--offset N]|areas|batches|errors BATCH
/// [--db PATH]`: tab-separated, one row per line.
/// </summary>
internal static class ListCommand
{
    internal static Command Create(CliContext context)
    {
        var list = new Command("list", "List what the store holds.");

        var indicatorsDb = CommonOptions.Database();
        var search = new Option<string?>("--search") { Description = "Only indicators whose id, title or operating area contain every word of TEXT (any case)." };
        var bySex = new Option<bool>("--by-sex") { Description = "Only indicators divided by sex." };
        var needsMetadata = new Option<bool>("--needs-metadata") { Description = "Only indicators still waiting for metadata." };
        var limit = new Option<int?>("--limit") { Description = $"At most N rows (1 … {IndicatorSearchQuery.MaxLimit}); default all." };
        var offset = new Option<int>("--offset") { Description = "Skip the first N matches (with --limit: pages)." };
        var indicators = new Command("indicators", "Indicators: id, title, unit, by sex, needs metadata.") { indicatorsDb, search, bySex, needsMetadata, limit, offset };
        indicators.SetAction(result =>
        {
            var pageSize = result.GetValue(limit);
            var skip = result.GetValue(offset);
            if (pageSize is < 1 or > IndicatorSearchQuery.MaxLimit || skip < 0)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"indicatorhub list indicators: --limit takes 1 … {IndicatorSearchQuery.MaxLimit} and --offset 0 or more"));
                return 2;
            }

            var filter = new IndicatorSearch(
                result.GetValue(search),
                result.GetValue(bySex) ? true : null,
                result.GetValue(needsMetadata) ? true : null,
                pageSize ?? IndicatorSearchQuery.MaxLimit,
                skip);
            var page = CommonOptions.OpenStore(result, indicatorsDb, context).Read(connection => IndicatorSearchQuery.Run(connection, filter));
            foreach (var i in page.Rows)
            {
                context.Out.WriteLine(string.Join('\t', OneLine.Of(i.Code), OneLine.Of(i.Title), OneLine.Of(i.Unit), i.DividedByGender ? "by-sex" : "", i.NeedsMetadata ? "needs-metadata" : ""));
            }

            // The count goes to stderr so that stdout stays one indicator per line for scripts.
            if (pageSize is not null || page.Rows.Count < page.TotalCount)
            {
                var more = page.Offset + page.Rows.Count < page.TotalCount
                    ? string.Create(CultureInfo.InvariantCulture, $"; --offset {page.Offset + page.Rows.Count} for more")
                    : string.Empty;
                context.Error.WriteLine(page.Rows.Count == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"none of {page.TotalCount} matching indicators at offset {page.Offset}")
                    : string.Create(CultureInfo.InvariantCulture, $"indicators {page.Offset + 1}–{page.Offset + page.Rows.Count} of {page.TotalCount} matching{more}"));
            }

            return 0;
        });

        var areasDb = CommonOptions.Database();
        var areas = new Command("areas", "Areas: SCB code, Kolada id, name, kind, county, municipality group.") { areasDb };
        areas.SetAction(result =>
        {
            foreach (var a in CommonOptions.OpenStore(result, areasDb, context).Read(AreaListQuery.Run))
            {
                context.Out.WriteLine(string.Join('\t', OneLine.Of(a.Code), OneLine.Of(a.KoladaId), OneLine.Of(a.Name), a.Kind.ToString().ToLowerInvariant(), OneLine.Of(a.CountyCode), OneLine.Of(a.MunicipalityGroupTitle)));
            }

            return 0;
        });

        var batchesDb = CommonOptions.Database();
        var batches = new Command("batches", "Import batches, newest first.") { batchesDb };
        batches.SetAction(result =>
        {
            foreach (var b in CommonOptions.OpenStore(result, batchesDb, context).Read(c => BatchListQuery.Run(c)))
            {
                context.Out.WriteLine(string.Join('\t',
                    b.Id.ToString(CultureInfo.InvariantCulture), b.Status, b.Format, OneLine.Of(b.FileName), b.StartedAt,
                    string.Create(CultureInfo.InvariantCulture, $"read={b.RowsRead} stored={b.RowsStored} changed={b.RowsChanged} rejected={b.RowsRejected} empty={b.RowsEmpty} errors={b.ErrorCount}"),
                    b.Sha256));
            }

            return 0;
        });

        var errorsDb = CommonOptions.Database();
        var batchId = new Argument<long>("BATCH") { Description = "The batch id from `list batches`." };
        var errors = new Command("errors", "Every error kept for a batch.") { batchId, errorsDb };
        errors.SetAction(result =>
        {
            var store = CommonOptions.OpenStore(result, errorsDb, context);
            using var connection = store.Connections.Open();
            var batch = BatchLookupQuery.Run(connection, result.GetValue(batchId));
            if (batch is null)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indicatorhub list errors: no batch {result.GetValue(batchId)}"));
                return 2;
            }

            foreach (var e in BatchErrorsQuery.Run(connection, batch.Id))
            {
                context.Out.WriteLine(ImportReport.Describe(batch.FileName, e));
            }

            return 0;
        });

        list.Subcommands.Add(indicators);
        list.Subcommands.Add(areas);
        list.Subcommands.Add(batches);
        list.Subcommands.Add(errors);
        return list;
    }
}
