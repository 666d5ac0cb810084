using IndicatorHub.Web.Charts;
using IndicatorHub.Web.Infrastructure;
using IndicatorHub.Web.Infrastructure.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.AddIndicatorHubStore();
builder.AddIndicatorHubLocalization();
builder.AddIndicatorHubPages();
builder.AddIndicatorHubCharts();

var app = builder.Build();

app.InitializeIndicatorHubStore();
app.UseIndicatorHubPipeline();
app.UseIndicatorHubLocalization();
app.MapIndicatorHubHealth();
app.MapIndicatorHubCharts();
app.MapRazorPages();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
