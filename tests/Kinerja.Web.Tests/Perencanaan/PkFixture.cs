using System.Text.Json;
using Kinerja.Domain.Organisasi;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Organisasi;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Tests.Perencanaan;

/// <summary>
/// Jabatan of PUPRPERKIM made for one test (unique codes), so PKs (one per jabatan and year) never
/// collide between tests; the indicators are the demo Renstra's (2025–2029).
/// </summary>
public static class PkFixture
{
    public const string Opd = "PUPRPERKIM";

    public static async Task<int> JabatanAsync(KinerjaApp app, SopRole role, string unitKode, string nama, string? holder = null, string? nip = null) =>
        await app.DbAsync(async db =>
        {
            var opd = await db.PerangkatDaerah.SingleAsync(o => o.Kode == Opd);
            var unit = await db.UnitKerja.SingleAsync(u => u.PerangkatDaerahId == opd.Id && u.Kode == unitKode);
            var j = new Jabatan
            {
                PemdaId = opd.PemdaId, PerangkatDaerahId = opd.Id, UnitKerjaId = unit.Id, Role = role, Nama = nama,
                Kode = "PK-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            };
            db.Jabatan.Add(j);
            if (holder is not null)
            {
                var name = "uji." + Guid.NewGuid().ToString("N")[..8];
                var user = new AppUser
                {
                    UserName = name, NormalizedUserName = name.ToUpperInvariant(), FullName = holder, Nip = nip, PemdaId = opd.PemdaId,
                    PerangkatDaerahId = opd.Id, SecurityStamp = Guid.NewGuid().ToString("N"),
                };
                db.Users.Add(user);
                db.JabatanAssignments.Add(new JabatanAssignment { UserId = user.Id, Jabatan = j, StartDate = new DateOnly(2020, 1, 1) });
            }
            await db.SaveChangesAsync();
            return j.Id;
        });

    /// <summary>Demo indicator of PUPRPERKIM by code: IKU-1 (%, 2 decimals, nilai akhir), IK-1.3 (unit, 0 decimals, kumulatif).</summary>
    public static async Task<int> IndikatorAsync(KinerjaApp app, string kode) =>
        await app.DbAsync(db => db.Indikator.Where(i => i.Kode == kode && i.Sasaran!.Tujuan.Renstra.PerangkatDaerah.Kode == Opd && i.Sasaran.Tujuan.Renstra.Nama.EndsWith("(demo)"))
            .Select(i => i.Id).SingleAsync());

    public static async Task<JsonElement> OkAsync(HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        r.StatusCode.ShouldBe(expected, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, int jabatanId, int tahun = 2026, int? atasanJabatanId = null) =>
        await OkAsync(await client.PostAsJsonAsync("/api/v1/perjanjian-kinerja", new { jabatanId, tahun, atasanJabatanId }), HttpStatusCode.Created);

    public static async Task<JsonElement> AddRowAsync(HttpClient client, int pkId, int indikatorId, decimal target, int? supportsId = null) =>
        await OkAsync(await client.PostAsJsonAsync($"/api/v1/perjanjian-kinerja/{pkId}/indikator", new { indikatorId, target, supportsId }), HttpStatusCode.Created);

    public static int RowId(JsonElement pk, string kode) =>
        pk.GetProperty("indikator").EnumerateArray().Single(r => r.GetProperty("kode").GetString() == kode).GetProperty("id").GetInt32();
}
