namespace Kinerja.Web.Data;

/// <summary>
/// An entity edited by people at the same time. <see cref="Version"/> is a concurrency token that
/// AppDbContext bumps on every update, so a save based on a stale copy fails instead of silently
/// overwriting someone else's change.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
