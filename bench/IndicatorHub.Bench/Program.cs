using IndicatorHub.Bench.Import;
using IndicatorHub.Bench.Measures;
using IndicatorHub.Bench.Rollback;

// Benchmarks compare IndicatorHub with a reference run in the same go and report ratios, never absolute
// targets in unit tests. Usage: see bench/README.md.
return args switch
{
    ["import", .. var rest] => ImportBenchmark.Run(rest),
    ["measures", .. var rest] => MeasuresBenchmark.Run(rest),
    ["rollback", .. var rest] => RollbackTriggerBenchmark.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: IndicatorHub.Bench import --cli PATH/indicatorhub.dll [--rows N] [--work DIR] [--results FILE]");
    Console.Error.WriteLine("       IndicatorHub.Bench measures --cli PATH/indicatorhub.dll [--rows N] [--threads N] [--work DIR] [--results FILE] [--reuse] [--store DB]");
    Console.Error.WriteLine("       IndicatorHub.Bench rollback [--rows N] [--rounds N] [--work DIR] [--results FILE]");
    return 2;
}
