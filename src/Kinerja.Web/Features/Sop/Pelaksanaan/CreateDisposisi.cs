using Kinerja.Domain;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

public record LampiranInput(string Nama, string? Tautan = null);

public record CreateDisposisiRequest(int LangkahId, string? KepadaUserName, string? Instruksi, List<LampiranInput>? Lampiran = null);

/// <summary>
/// The pelaksana of the active step disposes work to another actor of the SOP. The recipient must hold,
/// today, a jabatan of one of the SOP's pelaksana roles in the OPD: a disposisi outside the SOP is refused.
/// </summary>
public static class CreateDisposisi
{
    public static async Task<Disposisi> Handle(int instanceId, CreateDisposisiRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var instance = await PelaksanaanAccess.InstanceAsync(instanceId, db, scope, ct);
        var step = PelaksanaanAccess.Step(instance, r.LangkahId);
        var def = await PelaksanaanAccess.DefinitionAsync(instance, db, ct);
        PelaksanaanAccess.EnsureWorks(scope, instance, def, step);
        var instruksi = Input.Required(r.Instruksi, "instruksi", "Instruksi", 2000);
        var kepadaName = Input.Required(r.KepadaUserName, "kepadaUserName", "Penerima disposisi", 256);

        var actors = await SopRunner.HoldersAsync(instance.PerangkatDaerahId, def.Pelaksana.Select(p => p.Peran), db, clock, ct);
        var kepada = actors.FirstOrDefault(h => string.Equals(h.UserName, kepadaName, StringComparison.OrdinalIgnoreCase))
                     ?? throw new DomainException($"Disposisi ditolak: \"{kepadaName}\" bukan pelaksana SOP ini di perangkat daerah ini.", "kepadaUserName");
        if (kepada.UserId == scope.UserId) throw new DomainException("Disposisi tidak dapat ditujukan kepada diri sendiri.", "kepadaUserName");
        var dari = actors.First(h => h.UserId == scope.UserId && PelaksanaanAccess.RolesOf(def, step.StepNo).Contains(h.Role));

        var lampiran = (r.Lampiran ?? []).Select((l, i) =>
        {
            var nama = Input.Required(l.Nama, $"lampiran[{i}].nama", "Nama lampiran", 200).Replace("|", "/");
            var link = Links.Check(l.Tautan, $"lampiran[{i}].tautan");
            return link is null ? nama : $"{nama} | {link}";
        }).ToList();
        var d = new Disposisi
        {
            SopInstanceId = instance.Id, SopInstanceStepId = step.Id,
            DariUserId = dari.UserId, DariNama = dari.NamaLengkap, DariJabatan = Jabatan(dari),
            KepadaUserId = kepada.UserId, KepadaNama = kepada.NamaLengkap, KepadaJabatan = Jabatan(kepada),
            Instruksi = instruksi, Lampiran = lampiran.Count == 0 ? null : string.Join('\n', lampiran), TanggalUtc = clock.UtcNow,
        };
        if ((d.Lampiran?.Length ?? 0) > 4000) throw new DomainException("Daftar lampiran terlalu panjang.", "lampiran");
        instance.Disposisi.Add(d);
        await db.SaveChangesAsync(ct);
        return d;
    }

    private static string Jabatan(Holder h) => h.IsPlt ? $"Plt. {h.JabatanNama}" : h.JabatanNama;
}
