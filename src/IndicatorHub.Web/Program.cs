using IndicatorHub.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddIndicatorHubStore();
builder.AddIndicatorHubPages();

var app = builder.Build();

app.InitializeIndicatorHubStore();
app.UseIndicatorHubPipeline();
app.MapIndicatorHubHealth();
app.MapRazorPages();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
