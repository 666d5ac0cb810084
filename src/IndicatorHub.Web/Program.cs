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

var app = builder.Build();

app.InitializeIndicatorHubStore();
app.UseIndicatorHubPipeline();
app.UseIndicatorHubAuth();
app.UseIndicatorHubLocalization();
app.MapIndicatorHubHealth();
app.MapRazorPages();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
