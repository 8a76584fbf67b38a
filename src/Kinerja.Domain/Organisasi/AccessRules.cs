namespace Kinerja.Domain.Organisasi;

public enum AccessLevel
{
    /// <summary>The jabatan's own unit and every unit below it.</summary>
    Subtree = 1,
    /// <summary>The whole perangkat daerah.</summary>
    Opd = 2,
    /// <summary>Every OPD of the Pemda.</summary>
    Pemda = 3,
}

/// <summary>What a jabatan lets its holder reach: a level of the tree, to read or to manage.</summary>
public readonly record struct Grant(AccessLevel Level, bool Manage);

/// <summary>
/// Which parts of the organisation a jabatan opens to its holder. The rest of the system turns
/// these grants into ids in one place (the web app's AccessScope); nothing else decides access.
/// </summary>
public static class AccessRules
{
    public static IReadOnlyList<Grant> GrantsFor(SopRole role, bool hasUnit, bool opdReadsAcrossPemda)
    {
        var grants = new List<Grant>();
        switch (role)
        {
            case SopRole.AdminPemda:
                grants.Add(new Grant(AccessLevel.Pemda, Manage: true));
                break;
            case SopRole.AdminOpd:
                grants.Add(new Grant(AccessLevel.Opd, Manage: true));
                break;
            // The OPD's leadership and its planning section run the SOP for the whole agency.
            case SopRole.Kepala or SopRole.Sekretaris or SopRole.KasubagPerencanaan:
                grants.Add(new Grant(AccessLevel.Opd, Manage: false));
                break;
            case SopRole.KepalaBidang or SopRole.KepalaSeksi or SopRole.Pelaksana:
                grants.Add(new Grant(hasUnit ? AccessLevel.Subtree : AccessLevel.Opd, Manage: false));
                break;
        }

        // A planning agency (Bappeda) collects every OPD's data, so its leaders read the whole Pemda
        // when the Pemda has configured it so.
        if (opdReadsAcrossPemda && role is SopRole.Kepala or SopRole.Sekretaris
                or SopRole.KepalaBidang or SopRole.KasubagPerencanaan)
            grants.Add(new Grant(AccessLevel.Pemda, Manage: false));

        return grants;
    }

    /// <summary>
    /// Where a role may write the plan (Renstra, indicators, targets, programmes, PK drafts, Rencana
    /// Aksi): the planning section and the OPD admin for their OPD, the Pemda admin for every OPD.
    /// Null: the role reads the plan within its grants but does not write it.
    /// </summary>
    public static AccessLevel? PlanEditing(SopRole role) => role switch
    {
        SopRole.AdminPemda => AccessLevel.Pemda,
        SopRole.AdminOpd or SopRole.KasubagPerencanaan => AccessLevel.Opd,
        _ => null,
    };
}
