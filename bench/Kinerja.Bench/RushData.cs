using System.Net.Http.Json;
using System.Text.Json;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Data;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Perencanaan;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Bench;

/// <summary>One simulated staff member: their account and the form of their own unit.</summary>
public record Staff(string UserName, int FormatId);

/// <summary>
/// The rush's data, written into the fresh database before the load: one OPD of Balangan ("RUSH") with a
/// Bidang and N Seksi under it, one Pelaksana account per Seksi, a Kepala Bidang account over all of them
/// (who returns submitted forms), and a Renstra in which each Seksi answers for its own four indicators.
/// The round (TW IV 2026) is then opened through the API as the Admin Pemda, so each Seksi gets one form.
/// </summary>
public static class RushData
{
    public const string Password = "Kinerja#2026", Kabid = "rush.kabid";
    public const int IndicatorsPerUnit = 4;

    public static async Task<List<Staff>> CreateAsync(BenchApp app, HttpClient http, int staff)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var hash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AppUser>>().HashPassword(null!, Password);
            var pemda = await db.Pemda.SingleAsync(p => p.Kode == "6311");
            var opd = new PerangkatDaerah { PemdaId = pemda.Id, Kode = "RUSH", Nama = "Dinas Uji Beban" };
            var bidang = new UnitKerja { PerangkatDaerah = opd, Kode = "BID", Nama = "Bidang Uji", Jenis = UnitKind.Bidang };
            var seksi = Enumerable.Range(1, staff).Select(i => new UnitKerja { PerangkatDaerah = opd, Parent = bidang, Kode = $"SEKSI-{i}", Nama = $"Seksi {i:D4}", Jenis = UnitKind.Seksi }).ToList();
            db.UnitKerja.Add(bidang);
            db.UnitKerja.AddRange(seksi);
            await db.SaveChangesAsync();
            bidang.Path = UnitPath.Root(bidang.Id);
            foreach (var s in seksi) s.Path = UnitPath.Child(bidang.Path, s.Id);

            void Account(string name, UnitKerja unit, SopRole role)
            {
                var user = new AppUser
                {
                    UserName = name, NormalizedUserName = name.ToUpperInvariant(), FullName = name, PemdaId = pemda.Id, PerangkatDaerah = opd,
                    PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), LockoutEnabled = true,
                };
                db.Users.Add(user);
                var jabatan = new Jabatan { PemdaId = pemda.Id, PerangkatDaerah = opd, UnitKerja = unit, Kode = name.ToUpperInvariant(), Nama = $"{role} {unit.Nama}", Role = role };
                db.JabatanAssignments.Add(new JabatanAssignment { UserId = user.Id, User = user, Jabatan = jabatan, StartDate = new DateOnly(2020, 1, 1) });
            }
            Account(Kabid, bidang, SopRole.KepalaBidang);
            for (var i = 0; i < staff; i++) Account($"rush.{i + 1}", seksi[i], SopRole.Pelaksana);

            var sasaran = new Sasaran { Kode = "S1", Uraian = "Sasaran uji beban" };
            var renstra = new Renstra { PerangkatDaerah = opd, Nama = "Renstra uji beban", TahunAwal = 2025, TahunAkhir = 2029 };
            renstra.Tujuan.Add(new Tujuan { Kode = "T1", Uraian = "Tujuan uji beban", Sasaran = [sasaran] });
            for (var i = 0; i < staff; i++)
                for (var k = 1; k <= IndicatorsPerUnit; k++)
                {
                    var ind = new Indikator { Kode = $"IK-{i + 1:D4}.{k}", Nama = $"Indikator {k} seksi {i + 1}", Satuan = "%", RollUp = Kinerja.Domain.Capaian.RollUp.NilaiAkhir };
                    ind.Targets.Add(new IndikatorTarget { Tahun = 2026, Nilai = 80 });
                    ind.Units.Add(new IndikatorUnit { UnitKerja = seksi[i] });
                    sasaran.Indikator.Add(ind);
                }
            db.Renstra.Add(renstra);
            await db.SaveChangesAsync();
        }

        var admin = await BenchMain.Token(http, "admin");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/pengumpulan")
        {
            Content = JsonContent.Create(new
            {
                perangkatDaerahId = await OpdIdAsync(app), tahun = 2026, triwulan = 4,
                batasWaktu = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
            }),
        };
        request.Headers.Authorization = new("Bearer", admin);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"opening the rush round failed: {await response.Content.ReadAsStringAsync()}");
        var round = await response.Content.ReadFromJsonAsync<JsonElement>();
        var forms = round.GetProperty("formatDataKinerja").EnumerateArray().ToDictionary(f => f.GetProperty("unit").GetString()!, f => f.GetProperty("id").GetInt32());
        return Enumerable.Range(1, staff).Select(i => new Staff($"rush.{i}", forms[$"Seksi {i:D4}"])).ToList();
    }

    private static async Task<int> OpdIdAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().PerangkatDaerah.Where(o => o.Kode == "RUSH").Select(o => o.Id).SingleAsync();
    }
}
