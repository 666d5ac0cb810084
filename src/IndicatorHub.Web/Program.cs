using IndicatorHub.Web.Api;
using IndicatorHub.Web.Charts;
using IndicatorHub.Web.Compare;
using IndicatorHub.Web.Infrastructure;
using IndicatorHub.Web.Infrastructure.Auth;
using IndicatorHub.Web.Infrastructure.Importing;
using IndicatorHub.Web.Infrastructure.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.AddIndicatorHubStore();
builder.AddIndicatorHubLocalization();
builder.AddIndicatorHubPages();
builder.AddIndicatorHubAuth();
builder.AddIndicatorHubImport();
builder.AddIndicatorHubCharts();
builder.AddIndicatorHubApi();
builder.AddIndicatorHubCompare();

var app = builder.Build();

app.InitializeIndicatorHubStore();
app.UseIndicatorHubLocalization(); // outside the status-code pages, so a 404 keeps the request's language
app.UseIndicatorHubPipeline();
app.UseIndicatorHubAuth();
app.MapIndicatorHubHealth();
app.MapIndicatorHubLegacyRedirects();
app.MapIndicatorHubCharts();
app.MapIndicatorHubApi();
app.MapIndicatorHubCompare();
app.MapRazorPages();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
