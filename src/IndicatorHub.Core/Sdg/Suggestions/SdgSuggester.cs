using System.Globalization;
using System.Text;
using IndicatorHub.Core.Csv;

namespace IndicatorHub.Core.Sdg;

/// <summary>
/// Suggests goals/targets for unmapped indicators from Swedish keywords in their title, description and Kolada
/// operating area. Rules live in data/sdg/suggestion_keywords.csv so analysts can tune them without code.
/// Deterministic: the same texts always give the same suggestions in the same order.
/// </summary>
public sealed class SdgSuggester
{
    /// <summary>Weight of a hit in the title.</summary>
    public const double TitleWeight = 1.0;

    /// <summary>Weight of a hit in the operating area.</summary>
    public const double OperatingAreaWeight = 0.6;

    /// <summary>Weight of a hit in the description.</summary>
    public const double DescriptionWeight = 0.3;

    /// <summary>File name of the embedded rules (also the file under data/sdg).</summary>
    public const string RulesFileName = "suggestion_keywords.csv";

    private static readonly Lazy<SdgSuggester> Embedded = new(() =>
    {
        using var reader = SdgEmbeddedData.OpenText(RulesFileName);
        return new SdgSuggester(ReadRules(reader));
    });

    private readonly (SdgKeywordRule Rule, SdgKeywordMatcher Matcher)[] _rules;
    private readonly SdgCatalogue _catalogue;

    /// <summary>Creates a suggester from rules, checking that every goal and target exists.</summary>
    /// <exception cref="ArgumentException">A rule has a bad pattern, unknown goal/target or non-positive weight.</exception>
    public SdgSuggester(IEnumerable<SdgKeywordRule> rules, SdgCatalogue? catalogue = null)
    {
        _catalogue = catalogue ?? SdgCatalogue.Load();
        var mapped = new List<(SdgKeywordRule, SdgKeywordMatcher)>();
        foreach (var rule in rules)
        {
            var probe = new SdgMapping("rule", rule.Goal, rule.TargetId, true, SdgMappingSource.Curated, null);
            var error = SdgMappingValidator.ValidateRow(probe, 0, _catalogue, null).FirstOrDefault();
            if (error is not null)
            {
                throw new ArgumentException($"Keyword rule '{rule.Pattern}': {error.Reason}.", nameof(rules));
            }

            if (!(rule.Weight > 0))
            {
                throw new ArgumentException($"Keyword rule '{rule.Pattern}': weight must be positive.", nameof(rules));
            }

            mapped.Add((rule, new SdgKeywordMatcher(rule.Pattern)));
        }

        _rules = mapped.ToArray();
        Rules = _rules.Select(r => r.Rule).ToArray();
    }

    /// <summary>The rules in file order.</summary>
    public IReadOnlyList<SdgKeywordRule> Rules { get; }

    /// <summary>The suggester with the embedded rules (cached).</summary>
    public static SdgSuggester Load() => Embedded.Value;

    /// <summary>Reads rules from CSV with columns <c>pattern,goal,target,weight,note</c>.</summary>
    /// <exception cref="InvalidDataException">A row is malformed.</exception>
    public static IReadOnlyList<SdgKeywordRule> ReadRules(TextReader csv)
    {
        var records = CsvRecordReader.Read(csv).ToList();
        string[] expected = ["pattern", "goal", "target", "weight", "note"];
        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim()).SequenceEqual(expected))
        {
            throw new InvalidDataException($"Keyword rules need the header {string.Join(",", expected)}.");
        }

        var rules = new List<SdgKeywordRule>();
        foreach (var r in records.Skip(1))
        {
            if (r.Fields.Count != expected.Length
                || !int.TryParse(r.Fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var goal)
                || !double.TryParse(r.Fields[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new InvalidDataException($"Keyword rules line {r.Line}: expected pattern, goal number, target, weight, note.");
            }

            var target = r.Fields[2].Trim();
            rules.Add(new SdgKeywordRule(r.Fields[0].Trim(), goal, target.Length == 0 ? null : target, weight, r.Fields[4].Length == 0 ? null : r.Fields[4]));
        }

        return rules;
    }

    /// <summary>
    /// Ranked suggestions for one indicator: score descending, then goal number, then target in UN order
    /// (goal level before its targets). Each rule counts once, in the field where it weighs most; a target's score
    /// also includes the goal-level hits of its goal.
    /// </summary>
    /// <param name="indicator">The indicator's texts.</param>
    /// <param name="maxResults">At most this many suggestions.</param>
    /// <param name="minScore">Drop suggestions below this score (0.5 drops a lone weak hint in a description).</param>
    public IReadOnlyList<SdgSuggestion> Suggest(SdgIndicatorMetadata indicator, int maxResults = 5, double minScore = 0.5)
    {
        (SdgTextField Field, double Weight, IReadOnlyList<string> Words)[] fields =
        [
            (SdgTextField.Title, TitleWeight, Words(indicator.Title)),
            (SdgTextField.OperatingArea, OperatingAreaWeight, Words(indicator.OperatingArea)),
            (SdgTextField.Description, DescriptionWeight, Words(indicator.Description)),
        ];

        var byLink = new Dictionary<(int Goal, string? Target), List<SdgSuggestionEvidence>>();
        foreach (var (rule, matcher) in _rules)
        {
            // Fields are ordered by weight, so the first hit is the strongest.
            foreach (var (field, fieldWeight, words) in fields)
            {
                var hit = matcher.FirstMatch(words);
                if (hit is null)
                {
                    continue;
                }

                var key = (rule.Goal, rule.TargetId);
                if (!byLink.TryGetValue(key, out var evidence))
                {
                    byLink[key] = evidence = [];
                }

                evidence.Add(new SdgSuggestionEvidence(rule.Pattern, hit, field, rule.Weight * fieldWeight));
                break;
            }
        }

        // Goal-level words ("utbildning") also support every target of that goal that has its own evidence
        // ("eftergymnasial" → 4.3), so a specific target outranks its bare goal when both match.
        return byLink
            .Select(kv =>
            {
                var evidence = kv.Key.Target is not null && byLink.TryGetValue((kv.Key.Goal, null), out var goalLevel)
                    ? kv.Value.Concat(goalLevel)
                    : kv.Value;
                var ordered = evidence.OrderByDescending(e => e.Contribution).ThenBy(e => e.Field).ThenBy(e => e.Pattern, StringComparer.Ordinal).ToArray();
                return new SdgSuggestion(indicator.Id, kv.Key.Goal, kv.Key.Target, Math.Round(ordered.Sum(e => e.Contribution), 6), ordered);
            })
            .Where(s => s.Score >= minScore)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Goal)
            .ThenBy(s => s.TargetId is null ? -1 : _catalogue.Target(s.TargetId).Order)
            .Take(maxResults)
            .ToArray();
    }

    /// <summary>Suggestions for each indicator that has no mapping in <paramref name="mappings"/>, keyed by indicator id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SdgSuggestion>> SuggestForUnmapped(
        IEnumerable<SdgIndicatorMetadata> indicators,
        SdgMappingSet mappings,
        int maxResults = 5,
        double minScore = 0.5)
    {
        var result = new Dictionary<string, IReadOnlyList<SdgSuggestion>>(StringComparer.Ordinal);
        foreach (var indicator in indicators.Where(i => !mappings.IsMapped(i.Id)))
        {
            result[indicator.Id] = Suggest(indicator, maxResults, minScore);
        }

        return result;
    }

    /// <summary>
    /// Turns an accepted suggestion into a mapping with source <see cref="SdgMappingSource.Suggestion"/>, stamped by
    /// <paramref name="clock"/>, with a note listing the trigger words. Add it with <see cref="SdgMappingSet.With"/>.
    /// </summary>
    public static SdgMapping Accept(SdgSuggestion suggestion, bool isPrimary, TimeProvider clock) =>
        SdgMapping.Create(
            suggestion.IndicatorId,
            suggestion.Goal,
            suggestion.TargetId,
            isPrimary,
            SdgMappingSource.Suggestion,
            clock,
            note: "Accepted keyword suggestion; triggered by: " + string.Join(", ", suggestion.TriggerWords));

    /// <summary>Lower-cased words: runs of letters and digits (so "16-84" gives "16" and "84", "WHO:s" gives "who" and "s").</summary>
    internal static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
