namespace Kinerja.Domain.Organisasi;

/// <summary>
/// A unit's place in its OPD's tree as a materialised path of ids ("/3/17/42/"), so that "this unit
/// and everything below it" is one prefix comparison in SQL at any depth.
/// </summary>
public static class UnitPath
{
    public static string Root(int id) => $"/{id}/";

    public static string Child(string parentPath, int id) => $"{parentPath}{id}/";

    public static bool IsSelfOrDescendant(string path, string ofPath) =>
        path.StartsWith(ofPath, StringComparison.Ordinal);

    /// <summary>0 for a unit directly under the OPD, 1 for its children, and so on.</summary>
    public static int Depth(string path) => path.Count(c => c == '/') - 2;

    /// <summary>
    /// Refuses a move that would make a unit its own ancestor (which would cut the subtree off the
    /// tree) or put it under a unit of another OPD.
    /// </summary>
    public static void EnsureCanMove(string unitPath, int unitOpdId, string? newParentPath, int? newParentOpdId)
    {
        if (newParentPath is null) return;
        if (newParentOpdId != unitOpdId)
            throw new DomainException("Unit induk harus berada di perangkat daerah yang sama.", "ParentId");
        if (IsSelfOrDescendant(newParentPath, unitPath))
            throw new DomainException("Unit tidak dapat menjadi induk bagi dirinya sendiri atau bagi unit di bawahnya.", "ParentId");
    }

    /// <summary>The new path of a descendant after its ancestor moved from oldPrefix to newPrefix.</summary>
    public static string Rebase(string path, string oldPrefix, string newPrefix) =>
        IsSelfOrDescendant(path, oldPrefix)
            ? newPrefix + path[oldPrefix.Length..]
            : throw new ArgumentException("path is not under oldPrefix", nameof(path));
}
