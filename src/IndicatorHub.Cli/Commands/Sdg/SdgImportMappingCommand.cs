using System.CommandLine;
using System.Globalization;
using IndicatorHub.Storage.Sdg;

namespace IndicatorHub.Cli.Commands.Sdg;

/// <summary>
/// `indicatorhub sdg import-mapping FILE [--db PATH] [--strict] [--dry-run]`: replaces every stored mapping with
/// the file's, all or nothing. Errors and warnings go to stderr as <c>file:line:col (field): reason</c>.
/// Exit 0 when applied (or valid on a dry run), 1 when the file was refused and nothing changed, 2 for a usage error.
/// </summary>
internal static class SdgImportMappingCommand
{
    /// <summary>Warnings printed per file.</summary>
    internal const int WarningsShown = 10;

    /// <summary>Errors printed; all of them are counted.</summary>
    internal const int ErrorsShown = 20;

    internal static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Mapping CSV: indicator,goal,target,primary,source[,mapped_at,...,note]." };
        var database = CommonOptions.Database();
        var strict = new Option<bool>("--strict") { Description = "Treat indicators the store does not hold as errors (default: warnings; the mapping waits for them)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and count the changes; store nothing." };
        var command = new Command("import-mapping", "Replace the mapping with a CSV file; nothing is applied if any row is wrong.")
        {
            file, database, strict, dryRun,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                context.Error.WriteLine($"indicatorhub sdg import-mapping: {path.FullName}: no such file");
                return 2;
            }

            var store = CommonOptions.OpenStore(result, database, context, forWriting: true);
            SdgMappingImportResult outcome;
            using (var reader = new StreamReader(path.FullName, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            {
                outcome = store.ImportSdgMappings(reader, new SdgMappingImportOptions
                {
                    UnknownIndicatorsAreErrors = result.GetValue(strict),
                    DryRun = result.GetValue(dryRun),
                });
            }

            var name = Output.OneLine.Of(path.ToString());

            // Errors and warnings are capped and each is cut short: a hostile file with 100 000 bad columns must
            // not print megabytes. The count says how many were left out.
            foreach (var error in outcome.Errors.Take(ErrorsShown))
            {
                context.Error.WriteLine(Output.OneLine.Of($"{name}:{error}"));
            }

            if (outcome.Errors.Count > ErrorsShown)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: … and {outcome.Errors.Count - ErrorsShown} more errors; fix these and import again to see the rest"));
            }

            foreach (var warning in outcome.Warnings.Take(WarningsShown))
            {
                context.Error.WriteLine(Output.OneLine.Of($"{name}:{warning with { Reason = "warning: " + warning.Reason }}"));
            }

            if (outcome.Warnings.Count > WarningsShown)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: … and {outcome.Warnings.Count - WarningsShown} more warnings about indicators not in the store yet"));
            }

            if (!outcome.IsValid)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: REJECTED, nothing applied: {outcome.Errors.Count} error(s)"));
                return 1;
            }

            var verdict = outcome.Applied ? "applied" : "valid (dry run, nothing applied)";
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {verdict}: {outcome.Rows} mappings (added {outcome.Added}, removed {outcome.Removed}, changed {outcome.Changed}, unchanged {outcome.Unchanged}); {outcome.Warnings.Count} warning(s)"));
            return 0;
        });
        return command;
    }
}
