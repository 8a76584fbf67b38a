using System.Collections.Concurrent;
using Kinerja.Web.Features.Pengumpulan;
using Kinerja.Web.Features.Pengumpulan.Excel;
using Kinerja.Web.Tests.Pengumpulan;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Tests.Authorization;

/// <summary>Evidence files and the form's workbook in the matrix: BPKPAD's matrix form gets an evidence row and a filled workbook to aim at.</summary>
public partial class AuthorizationMatrixTests
{
    // The workbook each matrix form would accept (built from the form itself, with a changed realisasi), by form and row.
    private static readonly ConcurrentDictionary<string, byte[]> BuktiWorkbooks = new();

    private static string WorkbookKey(Target t) => $"{t.FormatId}:{t.FormatRowId}:{t.Id("bukti")}";

    private static readonly Dictionary<string, Func<Target, Case>> BuktiMatrix = new()
    {
        ["POST /api/v1/format-data/{id:int}/indikator/{rowId:int}/bukti"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/indikator/{t.FormatRowId}/bukti", _ => t.RenstraXlsx!),
        ["GET /api/v1/bukti/{id:int}"] = t => new(Kind.Refused, $"/api/v1/bukti/{t.Id("bukti")}"),
        ["DELETE /api/v1/bukti/{id:int}"] = t => new(Kind.Refused, $"/api/v1/bukti/{t.Id("bukti")}"),
        ["GET /api/v1/format-data/{id:int}/xlsx"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/xlsx"),
        ["POST /api/v1/format-data/{id:int}/xlsx"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/xlsx", _ => BuktiWorkbooks[WorkbookKey(t)]),
    };

    private static readonly Func<Kinerja.Web.Data.AppDbContext, Target, Dictionary<string, int>, Task> BuktiTargets = async (db, t, ids) =>
    {
        var bukti = await db.BuktiDukung.FirstOrDefaultAsync(b => b.FormatIndikatorId == t.FormatRowId && b.NamaFile == "matriks.pdf");
        if (bukti is null)
        {
            bukti = new BuktiDukung
            {
                FormatIndikatorId = t.FormatRowId, NamaFile = "matriks.pdf", JenisKonten = "application/pdf", Ukuran = 10,
                Sha256 = new string('a', 64), DiunggahOleh = "matriks", DiunggahUtc = DateTime.UtcNow,
            };
            db.BuktiDukung.Add(bukti);
            await db.SaveChangesAsync();
        }
        ids["bukti"] = bukti.Id;
        var form = await db.FormatDataKinerja.AsNoTracking().AsSplitQuery()
            .Include(f => f.PengumpulanData).ThenInclude(r => r.PerangkatDaerah).Include(f => f.UnitKerja)
            .Include(f => f.Indikator).ThenInclude(r => r.Indikator).Include(f => f.Anggaran).ThenInclude(a => a.ProgramKegiatan)
            .SingleAsync(f => f.Id == t.FormatId);
        var clock = new Clock(TimeProvider.System, Options.Create(new KinerjaOptions { TimeZone = "Asia/Makassar" }));
        BuktiWorkbooks[WorkbookKey(t with { Ids = ids })] = FormatWorkbookEdit.Edit(DownloadFormatXlsx.Build(form, clock), cell => cell("Indikator", "G9").Number(3));
    };

    private static readonly Func<Kinerja.Web.Data.AppDbContext, int, Task<List<string>>> BuktiFingerprint = async (db, opdId) =>
        await db.BuktiDukung.AsNoTracking()
            .Where(b => db.FormatIndikator.Any(r => r.Id == b.FormatIndikatorId && r.FormatDataKinerjaId != 0
                && db.FormatDataKinerja.Any(f => f.Id == r.FormatDataKinerjaId && f.PengumpulanData.PerangkatDaerahId == opdId)))
            .OrderBy(b => b.Id).Select(b => $"bukti {b.Id}|{b.FormatIndikatorId}|{b.Sha256}|{b.NamaFile}").ToListAsync();

    private static readonly Func<Target, string[]> BuktiControlUrls = t => [$"/api/v1/format-data/{t.FormatId}/xlsx"];
}
