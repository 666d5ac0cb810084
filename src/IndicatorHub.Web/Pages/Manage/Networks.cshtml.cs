using System.Globalization;
using IndicatorHub.Presentation;
using IndicatorHub.Storage;
using IndicatorHub.Storage.Networks;
using IndicatorHub.Storage.Queries.Networks;
using IndicatorHub.Storage.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicatorHub.Web.Pages.Manage;

/// <summary>
/// /manage/networks (analysts): every network with its member count; create one; with ?network=… one network's
/// members to remove, a member to add (with the public page and date that document it), rename and delete. Each
/// change goes through <see cref="NetworkWriter"/> in the database's writer turn, audited there.
/// </summary>
public sealed class NetworksModel(ReadConnection read, IndicatorStore store, WriterGate gate, TimeProvider clock) : PageModel
{
    /// <summary>The network shown (URL key or name).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Network { get; set; }

    public IReadOnlyList<NetworkSummary> Networks { get; private set; } = [];

    public NetworkDetail? Detail { get; private set; }

    /// <summary>The outcome of the change just asked for.</summary>
    public NetworkChangeResult? Result { get; private set; }

    /// <summary>Which change: create, rename, add, remove, delete.</summary>
    public string? Change { get; private set; }

    /// <summary>The source date could not be read as yyyy-mm-dd.</summary>
    public bool BadDate { get; private set; }

    public IActionResult OnGet()
    {
        Load();
        return Network is not null && Detail is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostCreateAsync(string? name, CancellationToken cancellation) =>
        ChangeAsync("create", writer => writer.Create(name ?? string.Empty, Actor), cancellation);

    public Task<IActionResult> OnPostRenameAsync(string? name, CancellationToken cancellation) =>
        ChangeAsync("rename", writer => writer.Rename(Network ?? string.Empty, name ?? string.Empty, Actor), cancellation);

    public Task<IActionResult> OnPostAddAsync(string? area, string? sourceUrl, string? sourceDate, string? note, CancellationToken cancellation)
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(sourceDate))
        {
            if (!DateOnly.TryParseExact(sourceDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                BadDate = true;
                Change = "add";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                Load();
                return Task.FromResult<IActionResult>(Page());
            }

            date = parsed;
        }

        var source = new NetworkMemberSource(Blank(sourceUrl), date, Blank(note));
        return ChangeAsync("add", writer => writer.AddMember(Network ?? string.Empty, area ?? string.Empty, source, Actor), cancellation);
    }

    public Task<IActionResult> OnPostRemoveAsync(string? area, CancellationToken cancellation) =>
        ChangeAsync("remove", writer => writer.RemoveMember(Network ?? string.Empty, area ?? string.Empty, Actor), cancellation);

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellation) =>
        ChangeAsync("delete", writer => writer.Delete(Network ?? string.Empty, Actor), cancellation);

    private string Actor => User.Identity!.Name!;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<IActionResult> ChangeAsync(string change, Func<NetworkWriter, NetworkChange> run, CancellationToken cancellation)
    {
        Change = change;
        NetworkChange outcome;
        using (await gate.EnterAsync(cancellation: cancellation).ConfigureAwait(false))
        {
            outcome = run(new NetworkWriter(store.Connections, clock));
        }

        Result = outcome.Result;
        if (outcome.Succeeded)
        {
            // A new or renamed network is shown next (under its key); a deleted one leaves the list.
            Network = change == "delete" ? null : outcome.Slug ?? Network;
        }

        Response.StatusCode = outcome.Result switch
        {
            NetworkChangeResult.Done => StatusCodes.Status200OK,
            NetworkChangeResult.NetworkNotFound => StatusCodes.Status404NotFound,
            NetworkChangeResult.NameTaken or NetworkChangeResult.AlreadyMember => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        Load();
        return Page();
    }

    private void Load()
    {
        Networks = NetworkListQuery.Run(read.Connection);
        Detail = string.IsNullOrWhiteSpace(Network) ? null : NetworkQuery.Run(read.Connection, Network.Trim());
    }
}
