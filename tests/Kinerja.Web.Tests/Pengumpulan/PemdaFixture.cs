using System.Text.Json;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Pengumpulan;
using Kinerja.Web.Features.Perencanaan;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>
/// Banggai's demo has only its Bappeda, so the Pemda-wide round gets a second, ordinary OPD here: a Dinas Kesehatan
/// (test) with a planning subbag and a Bidang, its Kasubag Perencanaan account, and a Renstra 2025–2029 with one IKU
/// (evidence required) and one ordinary indicator, both answered by the Bidang. Created once per database.
/// </summary>
public static class PemdaFixture
{
    public const string Opd = "DINKES-UJI", Kasubag = "kasubag.dinkesuji";

    public static async Task<int> EnsureOpdAsync(KinerjaApp app) => await app.DbAsync(async db =>
    {
        if (await db.PerangkatDaerah.FirstOrDefaultAsync(o => o.Kode == Opd) is { } existing) return existing.Id;
        var pemda = await db.Pemda.SingleAsync(p => p.Kode == "7201");
        var opd = new PerangkatDaerah { PemdaId = pemda.Id, Kode = Opd, Nama = "Dinas Kesehatan Banggai (uji)" };
        var sekre = new UnitKerja { PerangkatDaerah = opd, Kode = "SEKRE", Nama = "Sekretariat", Jenis = UnitKind.Sekretariat };
        var pep = new UnitKerja { PerangkatDaerah = opd, Parent = sekre, Kode = "SUBBAG-PEP", Nama = "Subbagian Perencanaan dan Pelaporan", Jenis = UnitKind.Subbagian };
        var bidang = new UnitKerja { PerangkatDaerah = opd, Kode = "BID-P2P", Nama = "Bidang Pencegahan dan Pengendalian Penyakit", Jenis = UnitKind.Bidang };
        db.UnitKerja.AddRange(sekre, pep, bidang);
        await db.SaveChangesAsync();
        (sekre.Path, bidang.Path) = (UnitPath.Root(sekre.Id), UnitPath.Root(bidang.Id));
        pep.Path = UnitPath.Child(sekre.Path, pep.Id);

        var jabatan = new Jabatan { PemdaId = pemda.Id, PerangkatDaerah = opd, UnitKerja = pep, Kode = "DINKESUJI-KASUBAG", Nama = "Kasubag Perencanaan Dinkes (uji)", Role = SopRole.KasubagPerencanaan };
        var hasher = app.Services.GetRequiredService<IPasswordHasher<AppUser>>();
        var user = new AppUser
        {
            UserName = Kasubag, NormalizedUserName = Kasubag.ToUpperInvariant(), FullName = "Kasubag Dinkes (uji)", PemdaId = pemda.Id, PerangkatDaerah = opd,
            SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
        };
        user.PasswordHash = hasher.HashPassword(user, KinerjaApp.DemoPassword);
        db.Users.Add(user);
        db.JabatanAssignments.Add(new JabatanAssignment { UserId = user.Id, User = user, Jabatan = jabatan, StartDate = new DateOnly(2020, 1, 1) });

        var renstra = new Renstra { PerangkatDaerah = opd, Nama = "Renstra Dinkes uji 2025–2029", TahunAwal = 2025, TahunAkhir = 2029 };
        var sasaran = new Sasaran { Kode = "S1", Uraian = "Meningkatnya derajat kesehatan masyarakat" };
        renstra.Tujuan.Add(new Tujuan { Kode = "T1", Uraian = "Masyarakat sehat", Sasaran = [sasaran] });
        foreach (var (kode, nama, iku) in new[] { ("IKU-1", "Cakupan imunisasi dasar lengkap", true), ("IK-1.2", "Jumlah posyandu aktif", false) })
        {
            var i = new Indikator { Kode = kode, Nama = nama, Satuan = "%", IsIku = iku, BuktiWajib = iku, RollUp = Kinerja.Domain.Capaian.RollUp.NilaiAkhir };
            i.Units.Add(new IndikatorUnit { UnitKerja = bidang });
            foreach (var y in Enumerable.Range(2025, 5)) i.Targets.Add(new IndikatorTarget { Tahun = y, Nilai = 90 });
            sasaran.Indikator.Add(i);
        }
        db.Renstra.Add(renstra);
        await db.SaveChangesAsync();
        return opd.Id;
    });

    /// <summary>A quarter in which Banggai has no Pemda-wide round yet (and so the test OPD has no round either).</summary>
    public static async Task<(int Tahun, int Triwulan)> FreeSlotAsync(KinerjaApp app)
    {
        var taken = await app.DbAsync(db => db.PengumpulanData.Where(r => r.PerangkatDaerahId == null && r.Pemda.Kode == "7201")
            .Select(r => r.Tahun * 10 + r.Triwulan).ToListAsync());
        return (from y in new[] { 2029, 2028, 2027, 2025 } from q in Enumerable.Range(1, 4) select (y, q)).First(s => !taken.Contains(s.y * 10 + s.q));
    }

    public static object OpenBody((int Tahun, int Triwulan) slot, int? pemdaId = null) => new
    {
        pemdaId, tahun = slot.Tahun, triwulan = slot.Triwulan, batasWaktu = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd"),
    };

    /// <summary>
    /// The test OPD's own round of the quarter, opened and filled through the API by its Kasubag, then locked.
    /// Its chain to the lock is tested on its own (ValidationChainTests); here it is set in the database, and
    /// the IKU row gets an evidence record as an upload would leave it.
    /// </summary>
    public static async Task<int> LockedOpdRoundAsync(KinerjaApp app, (int Tahun, int Triwulan) slot, bool locked = true)
    {
        var opd = await EnsureOpdAsync(app);
        var kasubag = await app.ApiAsync(Kasubag);
        var round = await PengumpulanFixture.JsonAsync(await kasubag.PostAsJsonAsync("/api/v1/pengumpulan", new
        {
            perangkatDaerahId = opd, tahun = slot.Tahun, triwulan = slot.Triwulan,
            batasWaktu = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd"),
        }), HttpStatusCode.Created);
        var formId = round.GetProperty("formatDataKinerja").EnumerateArray().Single().GetProperty("id").GetInt32();
        var form = await PengumpulanFixture.JsonAsync(await kasubag.GetAsync($"/api/v1/format-data/{formId}"));
        await PengumpulanFixture.JsonAsync(await kasubag.PutAsJsonAsync($"/api/v1/format-data/{formId}", new
        {
            indikator = form.GetProperty("indikator").EnumerateArray().Select(r => new
            {
                id = r.GetProperty("id").GetInt32(), version = r.GetProperty("version").GetInt32(),
                realisasi = r.GetProperty("kode").GetString() == "IKU-1" ? 87.5m : 40m,
                faktorPendukung = "Kader posyandu aktif", tindakLanjut = "Sweeping imunisasi di desa terpencil",
            }).ToArray(),
        }));
        await app.DbAsync(async db =>
        {
            var iku = await db.FormatIndikator.SingleAsync(r => r.FormatDataKinerjaId == formId && r.Indikator.Kode == "IKU-1");
            db.BuktiDukung.Add(new BuktiDukung
            {
                FormatIndikatorId = iku.Id, NamaFile = "laporan-imunisasi.pdf", JenisKonten = "application/pdf", Ukuran = 1234,
                Sha256 = new string('a', 64), DiunggahOleh = Kasubag, DiunggahUtc = DateTime.UtcNow,
            });
            if (locked)
            {
                // Setup only: stored as verified and locked, not walked through the chain.
                db.Entry(await db.FormatDataKinerja.SingleAsync(f => f.Id == formId)).Property(f => f.Status).CurrentValue = FormatStatus.Terkunci;
                db.Entry(await db.PengumpulanData.SingleAsync(r => r.Id == round.GetProperty("id").GetInt32())).Property(r => r.DikunciUtc).CurrentValue = DateTime.UtcNow;
            }
            return await db.SaveChangesAsync();
        });
        return round.GetProperty("id").GetInt32();
    }
}
