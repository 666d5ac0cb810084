using IndicatorHub.Core.Comparison;
using IndicatorHub.Import.Export.Json;
using IndicatorHub.Presentation;
using IndicatorHub.Presentation.Profiles;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Queries.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndicatorHub.Web.Api.Profiles;

/// <summary>A stored value with its period and the batch that set it.</summary>
public sealed record ValueJson(string Period, double Value, long Batch, double? CiLb, double? CiUb, double? Se);

/// <summary>The kommungrupp's mean for a period and how many members had a value.</summary>
public sealed record GroupMeanJson(string Period, double Value, int Members, long Batch);

/// <summary>Women's and men's values in a period and the gap women − men.</summary>
public sealed record SexGapJson(string Period, double Women, double Men, double Difference);

/// <summary>The spread among all areas of the kind (type-7 quartiles).</summary>
public sealed record SpreadJson(int Count, double Min, double P25, double Median, double P75, double Max);

/// <summary>How the area stands (the profile's rule: intervals where the data has them, else quarters among all municipalities).</summary>
public sealed record ComparisonJson(ComparisonStatus Status, ComparisonMethod Method, ComparisonReason Reason);

/// <summary>One indicator of a profile.</summary>
/// <param name="Goal">The primary SDG goal, null when unmapped.</param>
/// <param name="Progress">Open SDG status towards 2030 (target_achieved … deterioration, not_available), null when unmapped.</param>
public sealed record ProfileIndicatorJson(
    string Indicator, string Title, string? Unit, int? Goal, ValueJson Latest, ValueJson? Previous, ValueJson? Base,
    double? ChangeSincePrevious, double? ChangeSinceBase, ValueJson? Country, ValueJson? County, GroupMeanJson? MunicipalityGroup,
    SpreadJson? Spread, ComparisonJson Comparison, SexGapJson? SexLatest, SexGapJson? SexBase, string? Progress);

/// <summary>An area's profile: every indicator with a value there, by goal (unmapped last), then by title.</summary>
public sealed record ProfileJson(AreaJson Area, string? CountyName, IReadOnlyList<ProfileIndicatorJson> Indicators);

/// <summary>GET /api/v1/areas/{code}/profile: the area profile the web shows, from the same <see cref="ProfileService"/>.</summary>
public static class ProfileEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapProfileApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/areas/{code}/profile", Profile).WithName("GetAreaProfile")
            .WithSummary("An area's profile: latest values, changes, riket, county and kommungrupp, spread, comparison, women − men and progress, per indicator.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    internal static Results<Ok<ProfileJson>, StatusCodeHttpResult, ProblemHttpResult> Profile(HttpContext http, ReadConnection read, ProfileService profiles, string code)
    {
        if (profiles.FindArea(code) is not { } area)
        {
            return ApiResponses.NotFound("code", $"there is no area '{code}'.");
        }

        if (ApiResponses.IsNotModified(http))
        {
            return ApiResponses.NotModified();
        }

        var rows = profiles.Rows(area).Select(r =>
        {
            var v = r.Values;
            return new ProfileIndicatorJson(
                r.Indicator.Code, r.Indicator.Title, r.Indicator.Unit, r.Goal, Value(v.Latest)!, Value(v.Previous), Value(v.Base),
                r.ChangeSincePrevious, r.ChangeSinceBase, Value(v.Country), Value(v.County),
                v.Group is { } g ? new GroupMeanJson(g.Period, g.Value, g.Members, g.Batch) : null,
                r.Spread is { } s ? new SpreadJson(s.Count, s.Min, s.P25, s.Median, s.P75, s.Max) : null,
                new ComparisonJson(r.Comparison.Status, r.Comparison.Method, r.Comparison.Reason),
                Gap(v.SexLatest), Gap(v.SexBase),
                r.Progress is null ? null : SdgProgressJson.StatusName(r.Progress.Status));
        }).ToList();
        var areaJson = new AreaJson(area.Code, area.KoladaId, area.Name, AreaKinds.ToText(area.Kind), area.CountyCode, area.GroupId, area.GroupTitle);
        return TypedResults.Ok(new ProfileJson(areaJson, area.CountyName, rows));
    }

    private static ValueJson? Value(StoredValue? v) => v is null ? null : new ValueJson(v.Period, v.Value, v.Batch, v.Lower, v.Upper, v.StandardError);

    private static SexGapJson? Gap(SexPair? pair) => pair is null ? null : new SexGapJson(pair.Period, pair.Women.Value, pair.Men.Value, pair.Difference);
}
