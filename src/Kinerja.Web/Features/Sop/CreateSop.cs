using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Sop;

public record CreateSopRequest(int PerangkatDaerahId, string? Yaml);

/// <summary>A new SOP of an OPD from its definition text: revision 1, or nothing at all if the text has any error.</summary>
public static class CreateSop
{
    public static async Task<SopDokumen> Handle(CreateSopRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var opd = await SopAccess.WritableOpdAsync(r.PerangkatDaerahId, db, scope, ct);
        var definition = SopYaml.Parse(r.Yaml);
        var sop = new SopDokumen { PerangkatDaerahId = opd.Id, Nama = definition.Identitas.Nama, RevisiTerakhir = 1 };
        sop.Revisi.Add(new SopRevisi
        {
            Revisi = 1, Yaml = r.Yaml!, CreatedAtUtc = clock.UtcNow, CreatedByUserName = scope.UserName ?? "",
            Nomor = definition.Identitas.Nomor, TanggalEfektif = definition.Identitas.TanggalEfektif,
        });
        db.SopDokumen.Add(sop);
        await db.SaveChangesAsync(ct);
        return sop;
    }
}
