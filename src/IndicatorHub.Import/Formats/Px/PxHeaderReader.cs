using System.Text;
using IndicatorHub.Import.Parsing;

namespace IndicatorHub.Import.Formats.Px;

/// <summary>
/// Reads the keywords of a PX file up to <c>DATA=</c>. PX strings have no escapes and end at the next quote;
/// a value ends at the first semicolon outside quotes, so multi-line values and string lists need no special case.
/// </summary>
internal static class PxHeaderReader
{
    /// <summary>The keywords before DATA and a cursor just after <c>DATA=</c> (null when the file has no DATA).</summary>
    public sealed record Result(IReadOnlyList<PxKeyword> Keywords, PxTextCursor? Data, SourcePosition DataPosition, ParseProblem? Problem);

    public static Result Read(PxTextCursor cursor)
    {
        var keywords = new List<PxKeyword>();
        while (true)
        {
            cursor.SkipWhiteSpace();
            if (cursor.AtEnd)
            {
                return new Result(keywords, null, default, null);
            }

            var start = new SourcePosition(cursor.Line, cursor.Column);
            var name = ReadName(cursor);
            if (name.Length == 0)
            {
                return Fail(keywords, start, $"expected a keyword such as VALUES(\"region\")=…; but found '{Snippet(cursor)}'");
            }

            start = start with { Field = name };
            string? language = null;
            if (cursor.Peek == '[')
            {
                cursor.Advance();
                var sb = new StringBuilder();
                while (!cursor.AtEnd && cursor.Peek != ']' && cursor.Peek != '\n')
                {
                    sb.Append(cursor.Peek);
                    cursor.Advance();
                }

                if (cursor.Peek != ']')
                {
                    return Fail(keywords, start, $"the language of {name} has no closing ']'");
                }

                cursor.Advance();
                language = sb.ToString().Trim();
            }

            var subKeys = new List<string>();
            if (cursor.Peek == '(')
            {
                cursor.Advance();
                while (true)
                {
                    cursor.SkipWhiteSpace();
                    if (cursor.Peek == ')')
                    {
                        cursor.Advance();
                        break;
                    }

                    if (cursor.Peek == ',')
                    {
                        cursor.Advance();
                        continue;
                    }

                    if (cursor.Peek != '"')
                    {
                        return Fail(keywords, start, $"the arguments of {name}(…) must be quoted strings; found '{Snippet(cursor)}'");
                    }

                    var argumentStart = new SourcePosition(cursor.Line, cursor.Column, name);
                    var s = ReadString(cursor);
                    if (s is null)
                    {
                        return Fail(keywords, argumentStart, $"a string in the arguments of {name} starting here has no closing quote on its line");
                    }

                    subKeys.Add(s);
                }
            }

            cursor.SkipWhiteSpace();
            if (cursor.Peek != '=')
            {
                return Fail(keywords, start, $"the keyword {name} is not followed by '='");
            }

            cursor.Advance();
            if (name == "DATA" && language is null)
            {
                return new Result(keywords, cursor, start, null);
            }

            var value = ReadValue(cursor, name, start, out var firstQuoted, out var problem);
            if (problem is not null)
            {
                return new Result(keywords, null, default, problem);
            }

            keywords.Add(new PxKeyword(name, language, subKeys, value, firstQuoted, start));
        }
    }

    private static List<string> ReadValue(PxTextCursor cursor, string name, SourcePosition start, out bool firstQuoted, out ParseProblem? problem)
    {
        var items = new List<string>();
        firstQuoted = false;
        problem = null;
        var lastWasString = false;
        while (true)
        {
            cursor.SkipWhiteSpace();
            if (cursor.AtEnd)
            {
                problem = new ParseProblem(start, $"the value of {name} never ends: a ';' is missing, so the file is probably truncated", Fatal: true);
                return items;
            }

            var c = cursor.Peek;
            if (c == ';')
            {
                cursor.Advance();
                return items;
            }

            if (c == ',')
            {
                cursor.Advance();
                lastWasString = false;
                continue;
            }

            if (c == '"')
            {
                var stringStart = new SourcePosition(cursor.Line, cursor.Column, name);
                var s = ReadString(cursor);
                if (s is null)
                {
                    problem = new ParseProblem(stringStart, $"the text of {name} starting here has no closing quote on its line; close it with \" (a long text is split into several quoted strings)", Fatal: true);
                    return items;
                }

                // Long texts are split over lines as "…partne" "rs…" with no comma: one string.
                if (lastWasString)
                {
                    items[^1] += s;
                }
                else
                {
                    if (items.Count == 0)
                    {
                        firstQuoted = true;
                    }

                    items.Add(s);
                }

                lastWasString = true;
                continue;
            }

            items.Add(ReadWord(cursor));
            lastWasString = false;
        }
    }

    private static string ReadName(PxTextCursor cursor)
    {
        var sb = new StringBuilder();
        while (!cursor.AtEnd && (char.IsAsciiLetterOrDigit(cursor.Peek) || cursor.Peek is '-' or '_'))
        {
            sb.Append(cursor.Peek);
            cursor.Advance();
        }

        return sb.ToString();
    }

    /// <summary>Reads a quoted string at the cursor; null when it never closes.</summary>
    internal static string? ReadString(PxTextCursor cursor)
    {
        cursor.Advance();
        var text = cursor.Text;
        var begin = cursor.Index;
        var end = text.IndexOf('"', begin);
        var lineEnd = text.AsSpan(begin).IndexOfAny('\r', '\n');

        // A PX string closes on the line it opens (long texts are split into several strings), so an open quote
        // is reported where it is, not at whichever later line happens to hold the next quote.
        if (end < 0 || (lineEnd >= 0 && begin + lineEnd < end))
        {
            return null;
        }

        while (cursor.Index <= end)
        {
            cursor.Advance();
        }

        return text[begin..end];
    }

    // An unquoted item such as YES, 2 or TLIST(A1, "1994"-"1996"): parentheses may hold quotes and commas.
    private static string ReadWord(PxTextCursor cursor)
    {
        var sb = new StringBuilder();
        var depth = 0;
        var inQuote = false;
        while (!cursor.AtEnd)
        {
            var c = cursor.Peek;
            if (inQuote)
            {
                inQuote = c != '"';
            }
            else if (c == '"' && depth > 0)
            {
                inQuote = true;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (c is ',' or ';' or '"' || char.IsWhiteSpace(c)))
            {
                break;
            }

            sb.Append(c);
            cursor.Advance();
        }

        return sb.ToString();
    }

    private static string Snippet(PxTextCursor cursor)
    {
        var text = cursor.Text;
        var end = text.IndexOfAny(['\r', '\n'], cursor.Index);
        var line = end < 0 ? text[cursor.Index..] : text[cursor.Index..end];
        return line.Length > 40 ? line[..40] + "…" : line;
    }

    private static Result Fail(List<PxKeyword> keywords, SourcePosition at, string reason) =>
        new(keywords, null, default, new ParseProblem(at, reason, Fatal: true));
}
