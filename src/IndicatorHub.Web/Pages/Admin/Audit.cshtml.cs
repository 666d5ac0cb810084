using IndicatorHub.Presentation;
using IndicatorHub.Storage.Queries.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Admin;

/// <summary>/admin/audit: who changed what and when, newest first (admins only).</summary>
public sealed class AuditModel(ReadConnection read) : PageModel
{
    public IReadOnlyList<AuditLogRow> Entries { get; private set; } = [];

    public void OnGet() => Entries = AuditLogQuery.Run(read.Connection);
}
