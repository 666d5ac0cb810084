namespace IndicatorHub.Storage.Networks;

/// <summary>The outcome of a change through <see cref="NetworkWriter"/>; front ends word it.</summary>
public enum NetworkChangeResult
{
    /// <summary>The change was written.</summary>
    Done,

    /// <summary>The name is empty, too long, has no letter or digit, or holds control characters.</summary>
    InvalidName,

    /// <summary>Another network has that name or the same URL key.</summary>
    NameTaken,

    /// <summary>No network by that key or name.</summary>
    NetworkNotFound,

    /// <summary>No area by that code or name.</summary>
    UnknownArea,

    /// <summary>The area is the country (riket), which is the comparison's reference, not a member.</summary>
    AreaNotAllowed,

    /// <summary>The area is a member already.</summary>
    AlreadyMember,

    /// <summary>The area is not a member.</summary>
    NotAMember,

    /// <summary>The source URL is not an absolute http(s) address.</summary>
    InvalidSourceUrl,
}

/// <summary>A change's outcome and, when a network was created or changed, its URL key.</summary>
public sealed record NetworkChange(NetworkChangeResult Result, string? Slug = null)
{
    /// <summary>True when the change was written.</summary>
    public bool Succeeded => Result == NetworkChangeResult.Done;
}
