using System.Text;

namespace IndicatorHub.Core.Csv;

/// <summary>
/// Minimal RFC 4180 reader: comma separator, double-quote quoting with "" escapes, quoted fields may hold
/// commas and line breaks, CRLF or LF line ends. Core takes no package dependencies, so this small reader
/// replaces CsvHelper for the small files it and the store read: the SDG data, mapping imports, reference areas.
/// </summary>
public static class CsvRecordReader
{
    /// <summary>Reads every record. Blank lines between records are skipped (editors often leave a trailing one).</summary>
    /// <exception cref="CsvSyntaxException">A quote is left open or text follows a closing quote.</exception>
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var recordStart = 1;
        var inQuotes = false;
        var afterQuote = false;
        var recordHasContent = false;

        while (true)
        {
            var next = reader.Read();
            if (next == -1)
            {
                if (inQuotes)
                {
                    throw new CsvSyntaxException(recordStart, "a quoted field is not closed before the end of the file");
                }

                if (recordHasContent)
                {
                    fields.Add(field.ToString());
                    yield return new CsvRecord(recordStart, fields.ToArray());
                }

                yield break;
            }

            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                    recordHasContent = true;
                    break;
                case '\r':
                    // CR is part of a CRLF line end; a lone CR is treated as a line end too.
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    goto case '\n';
                case '\n':
                    if (recordHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return new CsvRecord(recordStart, fields.ToArray());
                    }

                    fields.Clear();
                    field.Clear();
                    afterQuote = false;
                    recordHasContent = false;
                    line++;
                    recordStart = line;
                    break;
                case '"':
                    if (field.Length > 0 || afterQuote)
                    {
                        throw new CsvSyntaxException(recordStart, "a quote appears inside an unquoted field");
                    }

                    inQuotes = true;
                    recordHasContent = true;
                    break;
                default:
                    if (afterQuote)
                    {
                        throw new CsvSyntaxException(recordStart, "text follows the closing quote of a field");
                    }

                    field.Append(c);
                    recordHasContent = true;
                    break;
            }
        }
    }
}
