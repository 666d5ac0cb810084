using System.Text;
using IndicatorHub.Import.Formats.Heat;
using IndicatorHub.Import.Formats.Kolada;
using IndicatorHub.Import.Formats.LongCsv;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Tests.Formats;

/// <summary>Paths to the test data and helpers shared by the format parser tests.</summary>
internal static class FormatFixtures
{

    /// <summary>The four parsers in the order detection asks them (ImportFormat's order).</summary>
    public static IReadOnlyList<IFormatParser> Parsers { get; } =
        [new KoladaJsonParser(), new KoladaCsvParser(), new LongCsvParser(), new HeatCsvParser()];

    public static string PathOf(string folder, string file) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", folder, file);

    public static ImportSource File(string folder, string file) => ImportSource.FromFile(PathOf(folder, file));

    public static ImportSource Text(string name, string text) => ImportSource.FromBytes(name, Encoding.UTF8.GetBytes(text));

    public static List<ParsedItem> Parse(IFormatParser parser, ImportSource source, ParseOptions? options = null) =>
        parser.Parse(source, options ?? new ParseOptions()).ToList();

    public static List<ParsedObservation> Observations(this IEnumerable<ParsedItem> items) => items.OfType<ParsedObservation>().ToList();

    public static List<ParseProblem> Problems(this IEnumerable<ParsedItem> items) => items.OfType<ParseProblem>().ToList();

    /// <summary>The format the first parser that says yes claims, as detection would pick it.</summary>
    public static ImportFormat? Detect(ImportSource source)
    {
        var head = TextDecoding.ReadHead(source.Open, null);
        return Parsers.FirstOrDefault(p => p.Sniff(source.Name, head))?.Format;
    }

    /// <summary>shared/realdata beside the repository (../shared from the root), or null when it is not there.</summary>
    /// <summary>samples/kolada in the repository: real Kolada files (see its README), found by walking up to the solution.</summary>
    public static string KoladaSamples() => Path.Combine(RepositoryRoot(), "samples", "kolada");

    /// <summary>samples/rka-agenda2030: RKA's Agenda 2030 KPI set (see samples/README.md).</summary>
    public static string Agenda2030Samples() => Path.Combine(RepositoryRoot(), "samples", "rka-agenda2030");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "IndicatorHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("IndicatorHub.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
