using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Pengumpulan.Surat;
using Kinerja.Web.Tests.Pengumpulan.Surat;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Authorization;

/// <summary>The round's letters and the OPD's letter templates in the matrix: a BPKPAD draft SK on the matrix round.</summary>
public partial class AuthorizationMatrixTests
{
    private static readonly Dictionary<string, Func<Target, Case>> SuratMatrix = new()
    {
        ["GET /api/v1/pengumpulan/{pengumpulanId:int}/surat"] = t => new(Kind.Refused, $"/api/v1/pengumpulan/{t.PengumpulanId}/surat"),
        ["POST /api/v1/pengumpulan/{pengumpulanId:int}/surat"] = t => new(Kind.Refused, $"/api/v1/pengumpulan/{t.PengumpulanId}/surat", _ => new { jenis = "SuratPemberitahuan" }),
        ["GET /api/v1/surat/inbox"] = t => new(Kind.ListWithout, "/api/v1/surat/inbox", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["GET /api/v1/surat/{id:int}"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}"),
        ["PUT /api/v1/surat/{id:int}"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}", _ => new { perihal = "Diubah oleh matriks", version = 0 }),
        ["POST /api/v1/surat/{id:int}/baca"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/baca"),
        ["POST /api/v1/surat/{id:int}/ajukan"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/ajukan", _ => new { version = 0, catatan = "matriks" }),
        ["POST /api/v1/surat/{id:int}/koreksi"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/koreksi", _ => new { version = 0, catatan = "matriks" }),
        ["POST /api/v1/surat/{id:int}/paraf"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/paraf", _ => new { version = 0, catatan = "matriks" }),
        ["POST /api/v1/surat/{id:int}/tolak"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/tolak", _ => new { version = 0, catatan = "matriks" }),
        ["POST /api/v1/surat/{id:int}/tanda-tangan"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/tanda-tangan", _ => new { version = 0, catatan = "matriks" }),
        ["POST /api/v1/surat/{id:int}/gandakan"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/gandakan", _ => new { version = 0, catatan = "matriks" }),
        ["POST /api/v1/surat/{id:int}/distribusikan"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/distribusikan", _ => new { version = 0, catatan = "matriks" }),
        ["POST /api/v1/surat/{id:int}/arsipkan"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/arsipkan", _ => new { version = 0, catatan = "matriks" }),
        ["GET /api/v1/surat/{id:int}/docx"] = t => new(Kind.Refused, $"/api/v1/surat/{t.Id("surat")}/docx"),
        ["GET /api/v1/surat/template/{perangkatDaerahId:int}/{jenis}"] = t => new(Kind.Refused, $"/api/v1/surat/template/{t.OpdId}/sk"),
        ["PUT /api/v1/surat/template/{perangkatDaerahId:int}/{jenis}"] = t => new(Kind.Refused, $"/api/v1/surat/template/{t.OpdId}/sk",
            _ => SuratTemplateTests.Template(("Nomor {{nomor}} diganti oleh matriks", ""))),
    };

    /// <summary>A draft SK of the matrix round, editable and ready to submit if access were not checked.</summary>
    private static readonly Func<AppDbContext, Target, Dictionary<string, int>, Task> SuratTargets = async (db, t, ids) =>
    {
        var surat = await db.SuratPengumpulan.FirstOrDefaultAsync(s => s.PengumpulanDataId == t.PengumpulanId && s.Jenis == SuratJenis.SK);
        if (surat is null)
        {
            var unit = await db.FormatDataKinerja.Where(f => f.Id == t.FormatId).Select(f => f.UnitKerjaId!.Value).SingleAsync();
            surat = new SuratPengumpulan
            {
                PengumpulanDataId = t.PengumpulanId, PerangkatDaerahId = t.OpdId, Jenis = SuratJenis.SK, Perihal = "SK matriks", DibuatOleh = "matriks",
                DibuatUtc = DateTime.UtcNow, Penerima = [new SuratPenerima { UnitKerjaId = unit }],
            };
            db.SuratPengumpulan.Add(surat);
            await db.SaveChangesAsync();
        }
        ids["surat"] = surat.Id;
    };

    private static readonly Func<AppDbContext, int, Task<List<string>>> SuratFingerprint = async (db, opdId) =>
    {
        var letters = await db.SuratPengumpulan.AsNoTracking().Where(s => s.PerangkatDaerahId == opdId).OrderBy(s => s.Id)
            .Select(s => $"surat {s.Id}|{s.Jenis}|{s.Status}|{s.Perihal}|{s.Isi}|{s.Nomor}|{s.Version}|{s.Riwayat.Count}|"
                         + string.Join(";", s.Penerima.OrderBy(p => p.Id).Select(p => p.UnitKerjaId + "=" + p.DibacaOleh))).ToListAsync();
        var templates = await db.SuratTemplate.AsNoTracking().Where(x => x.PerangkatDaerahId == opdId).OrderBy(x => x.Id)
            .Select(x => $"templat {x.Id}|{x.Jenis}|{x.Version}|{x.FormatNomor}|{x.Docx!.Length}").ToListAsync();
        var counters = await db.SuratNomorUrut.AsNoTracking().Where(x => x.PerangkatDaerahId == opdId).OrderBy(x => x.Id)
            .Select(x => $"nomor {x.Tahun}|{x.Jenis}|{x.Terakhir}|{x.Version}").ToListAsync();
        return [.. letters, .. templates, .. counters];
    };

    private static readonly Func<Target, string[]> SuratControlUrls = t =>
    [
        $"/api/v1/pengumpulan/{t.PengumpulanId}/surat", $"/api/v1/surat/{t.Id("surat")}", $"/api/v1/surat/{t.Id("surat")}/docx", $"/api/v1/surat/template/{t.OpdId}/sk",
    ];
}
