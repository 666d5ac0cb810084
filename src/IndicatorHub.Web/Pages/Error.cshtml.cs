using System.Diagnostics;
using IndicatorHub.Storage.Faults;
using IndicatorHub.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;

namespace IndicatorHub.Web.Pages;

/// <summary>
/// Shown for unhandled errors and for status codes such as 404, 405 and 503. Everything is worked out from the
/// request rather than in a handler, because a re-executed request keeps its method (TRACE, PUT…) and this page has
/// only a GET handler. A database fault, at start-up or thrown by a page, becomes 503 with a sentence.
/// </summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The id to quote to whoever runs the site.</summary>
    public string RequestId => Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    /// <summary>The status shown: the re-executed status, 503 for a database fault, else 500.</summary>
    public int Status
    {
        get
        {
            if (StoreFault is not null)
            {
                return StatusCodes.Status503ServiceUnavailable;
            }

            return int.TryParse(Request.Query["status"], out var status) ? status : StatusCodes.Status500InternalServerError;
        }
    }

    /// <summary>The database fault behind this error, if one is.</summary>
    public StoreFault? StoreFault
    {
        get
        {
            var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
            for (var e = error; e is not null; e = e.InnerException)
            {
                switch (e)
                {
                    case StoreFaultException fault:
                        return fault.Fault;
                    case SqliteException sqlite when StoreFaults.Classify(sqlite) is { } kind:
                        return kind;
                }
            }

            var statusCode = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null && int.TryParse(Request.Query["status"], out var s) ? s : 0;
            return statusCode == StatusCodes.Status503ServiceUnavailable
                ? HttpContext.RequestServices.GetRequiredService<StoreAvailability>().CurrentFault?.Fault
                : null;
        }
    }

    /// <summary>Sets the 503 for a database fault; other statuses are already on the response.</summary>
    public void OnGet()
    {
        if (StoreFault is not null)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "10";
        }
    }
}
