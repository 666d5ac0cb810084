using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IndicatorHub.Core.Indicators;
using IndicatorHub.Import.Formats.Scb;
using IndicatorHub.Import.Parsing;
using IndicatorHub.Import.Text;

namespace IndicatorHub.Import.Formats.Px;

/// <summary>
/// Reads a PC-Axis .px file (SCB Statistikdatabasen's native format). The keywords are read whole, the DATA cells
/// one at a time. Mapping:
/// <list type="bullet">
/// <item>CODEPAGE decides the encoding (the keyword is ASCII, so the head is read as Latin-1 to find it);
/// <see cref="ParseOptions.Encoding"/> overrides it and a BOM wins over both.</item>
/// <item>Variables in STUB then HEADING order; DATA is row-major over them (first stub variable slowest).</item>
/// <item>The region variable's CODES give the area ("0114"); without CODES its VALUES are read as "0180 Stockholm"
/// → "0180" or a name. The time variable (TIMEVAL, VARIABLE-TYPE "T", code "Tid" or label "år") gives the period,
/// "2025M01" → "2025-01".</item>
/// <item>CONTVARIABLE selects the indicator: <see cref="ParseOptions.IndicatorId"/> when given, else TABLEID (the
/// id PxWeb API v2 uses, so PX and JSON-stat of one table agree) or MATRIX; with more than one content
/// "{id}.{content code}". One <see cref="ParsedIndicator"/> per content: title the content's VALUES text (or
/// CONTENTS), unit UNITS("content") or UNITS, source SOURCE, description TITLE, English title from [en].</item>
/// <item>Other variables are breakdowns, mapped by <see cref="ScbBreakdown"/>; ELIMINATION("var")="text" names
/// the total value.</item>
/// <item>Data symbols "." ".." "..." "...." "....." "......" and "-" (DATASYMBOL1–6, DATASYMBOLNIL) become a
/// null value with the symbol as status.</item>
/// </list>
/// A file without DATA, or whose DATA holds more or fewer cells than the variables require, yields one fatal
/// problem and no observations, because every value after a missing one would land in the wrong cell.
/// </summary>
public sealed partial class PxFileParser : IFormatParser
{
    private const int HeadBytes = 1 << 16;

    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Px;

    /// <summary>
    /// A file whose first line is a PX keyword assignment (<c>CHARSET="ANSI";</c>, <c>AXIS-VERSION="2010";</c>)
    /// and which either has the .px extension or defines STUB, HEADING, VALUES or DATA.
    /// </summary>
    public bool Sniff(string fileName, string head)
    {
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!FirstKeywordLine().IsMatch(text))
        {
            return false;
        }

        return fileName.EndsWith(".px", StringComparison.OrdinalIgnoreCase) || BodyKeyword().IsMatch(text);
    }

    /// <inheritdoc />
    public IEnumerable<ParsedItem> Parse(ImportSource source, ParseOptions options)
    {
        var text = Decode(source, options, out var encodingProblem);
        if (encodingProblem is not null)
        {
            yield return encodingProblem;
        }

        var header = PxHeaderReader.Read(new PxTextCursor(text));
        if (header.Problem is not null)
        {
            yield return header.Problem;
            yield break;
        }

        if (header.Data is null)
        {
            var lastLine = text.Count(c => c == '\n') + 1;
            yield return new ParseProblem(new SourcePosition(lastLine, 0, "DATA"), "the file has no DATA keyword: it ends after the metadata, so it is either truncated or not a complete PX file", Fatal: true);
            yield break;
        }

        var keywords = new PxKeywords(header.Keywords);
        if (header.Keywords.FirstOrDefault(k => k.Name == "KEYS") is { } keys)
        {
            yield return new ParseProblem(keys.Position, "KEYS (PX files with sparse DATA lines) is not supported; save the table with full DATA", Fatal: true);
            yield break;
        }

        var variables = BuildVariables(keywords, out var problem);
        if (problem is not null)
        {
            yield return problem;
            yield break;
        }

        var tableId = keywords.Get("TABLEID")?.First ?? keywords.Get("MATRIX")?.First;
        var cube = new ScbCube(variables, options.IndicatorId, tableId);
        if (cube.Check(header.DataPosition) is { } mapping)
        {
            yield return mapping;
            yield break;
        }

        // Count first: a short or long DATA shifts every later value into the wrong cell, so nothing is yielded.
        var counter = new PxDataReader(header.Data.Clone());
        long found = 0;
        while (counter.TryRead(out _))
        {
            found++;
        }

        if (counter.UnclosedQuote is { } unclosed)
        {
            yield return new ParseProblem(unclosed, "a quoted value in DATA opens here and does not close on its line; close it with \" or remove the quote", Fatal: true);
            yield break;
        }

        var shape = string.Join(" × ", variables.Select(v => v.Count.ToString(CultureInfo.InvariantCulture)));
        if (found != cube.CellCount)
        {
            var reason = found < cube.CellCount
                ? $"DATA holds {found} values but the variables ({shape}) need {cube.CellCount}; the file is probably truncated"
                : $"DATA holds {found} values but the variables ({shape}) need only {cube.CellCount}";
            yield return new ParseProblem(new SourcePosition(counter.EndLine, 0, "DATA"), reason, Fatal: true);
            yield break;
        }

        if (!counter.Terminated)
        {
            yield return new ParseProblem(new SourcePosition(counter.EndLine, 0, "DATA"), "DATA does not end with ';', so the last value may be cut off: the file is probably truncated", Fatal: true);
            yield break;
        }

        foreach (var indicator in Indicators(keywords, cube))
        {
            yield return indicator;
        }

        var reader = new PxDataReader(header.Data);
        for (long index = 0; reader.TryRead(out var token); index++)
        {
            var position = new SourcePosition(token.Line, token.Column, "DATA");
            var cell = ReadCell(token.Text);
            if (!cell.Ok)
            {
                yield return new ParseProblem(position, $"DATA value '{token.Text}' is not a number or a PX data symbol (\"..\", \"...\", \"-\")");
                continue;
            }

            var meaning = cube.Describe(index);
            yield return new ParsedObservation(position, meaning.IndicatorId, meaning.Area, meaning.Period, meaning.Dimension, meaning.Subgroup, cell.Value)
            {
                Status = cell.Status,
                AreaPosition = cube.Region!.Position,
                PeriodPosition = cube.Time!.Position,
            };
        }
    }

    private static NumberCell.Result ReadCell(string text)
    {
        // PX's own symbols: one to six dots (DATASYMBOL1–6) and "-" (DATASYMBOLNIL). NumberCell knows up to four dots.
        if (text.Length is > 0 and <= 6 && text.All(c => c == '.'))
        {
            return new NumberCell.Result(true, null, text);
        }

        var cell = NumberCell.Parse(text);
        return cell.Ok && cell.Value is null && cell.Status is null ? new NumberCell.Result(false, null, null) : cell;
    }

    private static List<ScbTableVariable> BuildVariables(PxKeywords keywords, out ParseProblem? problem)
    {
        problem = null;
        var result = new List<ScbTableVariable>();
        var stub = keywords.Get("STUB")?.Values ?? [];
        var heading = keywords.Get("HEADING")?.Values ?? [];
        if (stub.Count + heading.Count == 0)
        {
            problem = new ParseProblem(new SourcePosition(1, 1, "STUB"), "the file has neither STUB nor HEADING, so its DATA cannot be laid out", Fatal: true);
            return result;
        }

        var contentsName = keywords.Get("CONTVARIABLE")?.First;
        foreach (var name in stub.Concat(heading))
        {
            var values = keywords.Get("VALUES", name);
            if (values is null || values.Values.Count == 0)
            {
                var at = (keywords.Get("STUB") ?? keywords.Get("HEADING"))!.Position;
                problem = new ParseProblem(at, $"VALUES(\"{name}\") is missing, so the values of variable '{name}' are unknown", Fatal: true);
                return result;
            }

            var codes = keywords.Get("CODES", name);
            if (codes is not null && codes.Values.Count != values.Values.Count)
            {
                problem = new ParseProblem(codes.Position, $"CODES(\"{name}\") lists {codes.Values.Count} codes but VALUES(\"{name}\") lists {values.Values.Count} values", Fatal: true);
                return result;
            }

            var variableCode = keywords.Get("VARIABLECODE", name)?.First;
            var role = name == contentsName ? ScbVariableRole.Contents
                : keywords.Get("TIMEVAL", name) is not null || keywords.Get("VARIABLE-TYPE", name)?.First == "T" ? ScbVariableRole.Time
                : ScbVocabulary.Classify(variableCode, name);
            var elimination = keywords.Get("ELIMINATION", name);
            var total = elimination is { FirstQuoted: true } ? elimination.First : null;
            var position = (role == ScbVariableRole.Region ? codes : null)?.Position ?? values.Position;
            result.Add(new ScbTableVariable(variableCode, name, role, codes?.Values, values.Values, total, position));
        }

        return result;
    }

    private static IEnumerable<ParsedIndicator> Indicators(PxKeywords keywords, ScbCube cube)
    {
        var source = keywords.Get("SOURCE")?.First?.Trim();
        var title = keywords.Get("TITLE")?.First;
        var unit = keywords.Get("UNITS")?.First;
        if (cube.Contents is null)
        {
            if (cube.IndicatorIds[0] is { } id)
            {
                var contents = keywords.Get("CONTENTS");
                yield return new ParsedIndicator(contents?.Position ?? SourcePosition.File, new Indicator(id, contents?.First ?? title ?? id)
                {
                    TitleEn = keywords.Get("CONTENTS", language: "en")?.First,
                    Description = title,
                    Unit = unit,
                    Source = source,
                });
            }

            yield break;
        }

        // The English names of a multilingual file are found by position: CONTVARIABLE[en] names the variable,
        // VALUES[en]("that name") lists its values in the same order.
        var englishName = keywords.Get("CONTVARIABLE", language: "en")?.First;
        var english = englishName is null ? null : keywords.Get("VALUES", englishName, "en")?.Values;
        var contentsVariable = cube.Contents;
        for (var i = 0; i < contentsVariable.Count; i++)
        {
            if (cube.IndicatorIds[i] is not { } id)
            {
                continue;
            }

            var label = contentsVariable.Labels[i];
            yield return new ParsedIndicator(contentsVariable.Position, new Indicator(id, label)
            {
                TitleEn = english is not null && english.Count == contentsVariable.Count ? english[i] : null,
                Description = title,
                Unit = keywords.Get("UNITS", label)?.First ?? unit,
                Source = source,
            });
        }
    }

    private static string Decode(ImportSource source, ParseOptions options, out ParseProblem? problem)
    {
        problem = null;
        var bytes = TextDecoding.ReadAllBounded(source, "a PC-Axis file");
        var detected = false;
        Encoding encoding;
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (bom)
        {
            encoding = Encoding.UTF8;
        }
        else if (options.Encoding is not null)
        {
            encoding = options.Encoding;
        }
        else
        {
            var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, HeadBytes));
            var match = CodePage().Match(head);
            if (match.Success)
            {
                var name = match.Groups["name"].Value;
                var named = TextDecoding.GetByName(name);
                if (named is null)
                {
                    var line = head.AsSpan(0, match.Index).Count('\n') + 1;
                    problem = new ParseProblem(new SourcePosition(line, 1, "CODEPAGE"), $"CODEPAGE \"{name}\" is not an encoding this system knows; the file was read as {TextDecoding.Detect(bytes, complete: true).WebName}");
                }

                detected = named is null;
                encoding = named ?? TextDecoding.Detect(bytes, complete: true);
            }
            else
            {
                detected = true;
                encoding = TextDecoding.Detect(bytes, complete: true);
            }
        }

        // A CODEPAGE that says utf-8 over Latin-1 bytes must not become '�lder': every byte is checked first.
        TextDecoding.CheckBytes(bytes, encoding, detected);
        var text = encoding.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    [GeneratedRegex("""^[A-Z][A-Z0-9-]*(\[[A-Za-z-]{2,8}\])?(\("[^"\r\n]*"(\s*,\s*"[^"\r\n]*")*\))?\s*=""", RegexOptions.CultureInvariant)]
    private static partial Regex FirstKeywordLine();

    [GeneratedRegex("""^(STUB|HEADING|VALUES|DATA)(\[[A-Za-z-]+\])?[=(]""", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex BodyKeyword();

    [GeneratedRegex("""^\s*CODEPAGE\s*=\s*"(?<name>[^"\r\n]+)"\s*;""", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex CodePage();
}
