using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Organisasi;

namespace Kinerja.Web.Infrastructure.Authorization;

/// <summary>
/// What the signed-in user may read and manage, resolved once per request from their active
/// jabatan. This is the one place that decides access: features filter their queries through
/// these methods and ask the Can… questions before they change anything.
/// </summary>
public sealed class AccessScope
{
    public static readonly AccessScope None = new(null, null, []);

    private readonly HashSet<int> _readPemda = [], _managePemda = [], _readOpd = [], _manageOpd = [];
    private readonly HashSet<int> _readUnits = [], _opdsWithReadUnits = [];
    private readonly HashSet<int> _planPemda = [], _planOpd = [];
    private readonly Dictionary<SopRole, HashSet<int>> _roleOverUnits = [];
    /// <summary>OPDs of the user's jabatan that read across their Pemda (the planning agency, Bappeda).</summary>
    private readonly HashSet<int> _acrossPemdaOpds = [];

    public AccessScope(string? userId, string? userName, IReadOnlyList<ActiveJabatan> jabatan)
    {
        UserId = userId;
        UserName = userName;
        Jabatan = jabatan;
    }

    public string? UserId { get; }
    public string? UserName { get; }
    public IReadOnlyList<ActiveJabatan> Jabatan { get; }
    public bool IsAuthenticated => UserId is not null;

    public bool Has(SopRole role) => Jabatan.Any(j => j.Role == role);

    /// <summary>Does the user hold this jabatan today (definitively or as Plt)?</summary>
    public bool HoldsJabatan(int jabatanId) => Jabatan.Any(j => j.JabatanId == jabatanId);
    public bool ManagesAnything => _managePemda.Count > 0 || _manageOpd.Count > 0;
    public bool IsAdminPemda => _managePemda.Count > 0;

    internal void Grant(AccessLevel level, bool manage, int pemdaId, int? opdId, IEnumerable<(int UnitId, int OpdId)> subtree)
    {
        switch (level)
        {
            case AccessLevel.Pemda:
                _readPemda.Add(pemdaId);
                if (opdId is int across) _acrossPemdaOpds.Add(across);
                if (manage) _managePemda.Add(pemdaId);
                break;
            case AccessLevel.Opd when opdId is int o:
                _readOpd.Add(o);
                if (manage) _manageOpd.Add(o);
                break;
            case AccessLevel.Subtree:
                foreach (var (unit, opd) in subtree)
                {
                    _readUnits.Add(unit);
                    _opdsWithReadUnits.Add(opd);
                }
                break;
        }
    }

    internal void GrantPlan(AccessLevel level, int pemdaId, int? opdId)
    {
        if (level == AccessLevel.Pemda) _planPemda.Add(pemdaId);
        else if (opdId is int o) _planOpd.Add(o);
    }

    /// <summary>The units at and below a jabatan of <paramref name="role"/> the user holds.</summary>
    internal void GrantRoleOver(SopRole role, IEnumerable<int> units)
    {
        if (!_roleOverUnits.TryGetValue(role, out var set)) _roleOverUnits[role] = set = [];
        set.UnionWith(units);
    }

    // ---- the collection round ------------------------------------------------------------

    /// <summary>Does the user hold a jabatan of this role at or above the unit?</summary>
    public bool HoldsRoleOver(SopRole role, int unitId) => _roleOverUnits.TryGetValue(role, out var s) && s.Contains(unitId);

    public bool HoldsRoleInOpd(SopRole role, int opdId) => Jabatan.Any(j => j.Role == role && j.OpdId == opdId);

    /// <summary>Does the user hold this role in the Pemda's planning agency (an OPD that reads across the Pemda, e.g. Bappeda)?</summary>
    public bool HoldsRoleInPlanningAgency(SopRole role, int pemdaId) =>
        Jabatan.Any(j => j.Role == role && j.PemdaId == pemdaId && j.OpdId is int o && _acrossPemdaOpds.Contains(o));

    /// <summary>The unit's own people: its staff, its Kepala Seksi and the Kepala Bidang above it fill its form.</summary>
    public bool IsUnitStaff(int unitId) =>
        HoldsRoleOver(SopRole.Pelaksana, unitId) || HoldsRoleOver(SopRole.KepalaSeksi, unitId) || HoldsRoleOver(SopRole.KepalaBidang, unitId);

    /// <summary>The planning section of the OPD (Kasubag Perencanaan, admins): opens rounds, enters on a unit's behalf.</summary>
    public bool IsPlanningOf(int opdId, int pemdaId) => CanEditPlan(opdId, pemdaId);

    /// <summary>May the user take this step of the validation chain on a form of this unit?</summary>
    public bool MayAct(FormatStatus status, FormatAction action, int unitId, int opdId) =>
        FormatChain.Actors(status, action).Any(r => FormatChain.ActsOverOpd(r) ? HoldsRoleInOpd(r, opdId) : HoldsRoleOver(r, unitId));

    /// <summary>Units whose forms the user works on (fills or validates), for the inbox.</summary>
    public IReadOnlyCollection<int> UnitsOverWhich(params SopRole[] roles) =>
        roles.SelectMany(r => _roleOverUnits.TryGetValue(r, out var s) ? s : []).ToHashSet();

    /// <summary>May this user write the plan (Renstra, indicators, targets, programmes, PK drafts, Rencana Aksi) of the OPD?</summary>
    public bool CanEditPlan(int opdId, int pemdaId) => _planPemda.Contains(pemdaId) || _planOpd.Contains(opdId);

    // ---- reading -------------------------------------------------------------------------

    public IQueryable<Pemda> Pemda(IQueryable<Pemda> q)
    {
        var pemda = ReadablePemdaIds();
        return q.Where(p => pemda.Contains(p.Id));
    }

    public IQueryable<PerangkatDaerah> PerangkatDaerah(IQueryable<PerangkatDaerah> q)
    {
        var (pemda, opd) = (_readPemda.ToList(), _readOpd.Concat(_opdsWithReadUnits).ToList());
        return q.Where(o => pemda.Contains(o.PemdaId) || opd.Contains(o.Id));
    }

    public IQueryable<UnitKerja> Units(IQueryable<UnitKerja> q)
    {
        var (pemda, opd, units) = (_readPemda.ToList(), _readOpd.ToList(), _readUnits.ToList());
        return q.Where(u => pemda.Contains(u.PerangkatDaerah.PemdaId) || opd.Contains(u.PerangkatDaerahId) || units.Contains(u.Id));
    }

    public IQueryable<Features.Organisasi.Jabatan> JabatanOf(IQueryable<Features.Organisasi.Jabatan> q)
    {
        var (pemda, opd, units) = (_readPemda.ToList(), _readOpd.ToList(), _readUnits.ToList());
        return q.Where(j => pemda.Contains(j.PemdaId)
                            || (j.PerangkatDaerahId != null && opd.Contains(j.PerangkatDaerahId.Value))
                            || (j.UnitKerjaId != null && units.Contains(j.UnitKerjaId.Value)));
    }

    /// <summary>Accounts are visible to those who manage them (admins), and each user sees themself.</summary>
    public IQueryable<AppUser> Users(IQueryable<AppUser> q)
    {
        var (pemda, opd, self) = (_managePemda.ToList(), _manageOpd.ToList(), UserId);
        return q.Where(u => pemda.Contains(u.PemdaId)
                            || (u.PerangkatDaerahId != null && opd.Contains(u.PerangkatDaerahId.Value))
                            || u.Id == self);
    }

    public bool ReadsWholePemda(int pemdaId) => _readPemda.Contains(pemdaId);

    /// <summary>Does the user read every unit of the OPD (its leaders, planning section, admins, the Pemda-wide readers) — not only a subtree?</summary>
    public bool ReadsWholeOpd(int opdId, int pemdaId) => _readPemda.Contains(pemdaId) || _readOpd.Contains(opdId);

    public bool CanReadOpd(PerangkatDaerah opd) =>
        _readPemda.Contains(opd.PemdaId) || _readOpd.Contains(opd.Id) || _opdsWithReadUnits.Contains(opd.Id);

    public bool CanReadUnit(UnitKerja unit, int pemdaId) => CanReadUnit(unit.Id, unit.PerangkatDaerahId, pemdaId);

    public bool CanReadUnit(int unitId, int opdId, int pemdaId) =>
        _readPemda.Contains(pemdaId) || _readOpd.Contains(opdId) || _readUnits.Contains(unitId);

    // ---- managing the organisation -------------------------------------------------------

    public bool CanManagePemda(int pemdaId) => _managePemda.Contains(pemdaId);

    public bool CanManageOpd(int opdId, int pemdaId) => _managePemda.Contains(pemdaId) || _manageOpd.Contains(opdId);

    public bool CanManageJabatan(Features.Organisasi.Jabatan j) =>
        j.PerangkatDaerahId is int opd ? CanManageOpd(opd, j.PemdaId) : CanManagePemda(j.PemdaId);

    public bool CanManageUser(AppUser u) =>
        u.PerangkatDaerahId is int opd ? CanManageOpd(opd, u.PemdaId) : CanManagePemda(u.PemdaId);

    /// <summary>The OPDs whose organisation this user may change (for the admin pages' choices).</summary>
    public IQueryable<PerangkatDaerah> ManagedPerangkatDaerah(IQueryable<PerangkatDaerah> q)
    {
        var (pemda, opd) = (_managePemda.ToList(), _manageOpd.ToList());
        return q.Where(o => pemda.Contains(o.PemdaId) || opd.Contains(o.Id));
    }

    /// <summary>The jabatan this user may change and assign.</summary>
    public IQueryable<Features.Organisasi.Jabatan> ManagedJabatan(IQueryable<Features.Organisasi.Jabatan> q)
    {
        var (pemda, opd) = (_managePemda.ToList(), _manageOpd.ToList());
        return q.Where(j => pemda.Contains(j.PemdaId) || (j.PerangkatDaerahId != null && opd.Contains(j.PerangkatDaerahId.Value)));
    }

    public IReadOnlyCollection<int> ReadablePemdaIds() =>
        _readPemda.Concat(Jabatan.Select(j => j.PemdaId)).Distinct().ToList();

    public IReadOnlyCollection<int> ManagedPemdaIds() => _managePemda;

    public IReadOnlyCollection<int> ManagedOpdIds() => _manageOpd;
}

/// <summary>A jabatan the user holds today.</summary>
public record ActiveJabatan(
    int JabatanId, string Nama, SopRole Role, bool IsPlt, DateOnly? EndDate,
    int PemdaId, string PemdaNama, int? OpdId, string? OpdNama, int? UnitId, string? UnitNama);
