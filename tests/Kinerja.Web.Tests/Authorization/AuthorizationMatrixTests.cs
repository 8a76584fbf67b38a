using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Kinerja.Web.Documents;
using Kinerja.Domain.Sop;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinerja.Web.Tests.Authorization;

/// <summary>
/// For every /api/v1 endpoint: users of another OPD, the admin of another OPD and the admin of
/// another Pemda are refused (403/404) anything of BPKPAD, and BPKPAD's data is byte-for-byte
/// unchanged afterwards. A new endpoint that is not in <see cref="Matrix"/> fails
/// <see cref="EveryApiEndpoint_IsInTheMatrix"/>: every endpoint must join.
/// </summary>
[Collection("web")]
public partial class AuthorizationMatrixTests(TestApps apps)
{
    /// <summary>The ids of BPKPAD rows the requests aim at, so each request would succeed if access were not checked.</summary>
    public record Target(int OtherPemdaId, int PemdaId, int OpdId, int LeafUnitId, int JabatanId, string UserId, int AssignmentId, DateOnly Today,
        int RenstraId = 0, int TujuanId = 0, int SasaranId = 0, int IndikatorId = 0, int ProgramLeafId = 0, byte[]? RenstraXlsx = null,
        int PkId = 0, int PkRowId = 0, int SopId = 0, int PengumpulanId = 0, int FormatId = 0, int FormatRowId = 0,
        IReadOnlyDictionary<string, int>? Ids = null)
    {
        /// <summary>An id a feature's partial file put in with its <c>…Targets</c> method.</summary>
        public int Id(string name) => Ids is not null && Ids.TryGetValue(name, out var id) ? id : throw new KeyNotFoundException($"no matrix target '{name}'");
    }

    public enum Kind
    {
        /// <summary>Aims at BPKPAD: must answer 403 or 404.</summary>
        Refused,
        /// <summary>A list: must answer 200 without any of BPKPAD's rows.</summary>
        ListWithout,
        /// <summary>About the caller only (token, own profile, templates): nothing of another OPD to reach.</summary>
        Own,
    }

    /// <param name="UrlFor">When the forbidden row depends on who asks (e.g. "the other Pemda"), the URL per user.</param>
    public record Case(Kind Kind, string Url, Func<Target, object>? Body = null, string? ListField = null, Func<string, string>? Forbidden = null,
        Func<string, string>? UrlFor = null);

    /// <summary>A user may list their own Pemda; the one they must not see is the other.</summary>
    private static string Pemda(Target t, string user) =>
        (user.EndsWith(".banggai") || user.EndsWith(".bappeda") ? t.PemdaId : t.OtherPemdaId).ToString();

    private static readonly object MatrixIndikator = new
    {
        kode = "IK-M", nama = "Indikator matriks", satuan = "dokumen", polarity = "Positive", rollUp = "Kumulatif", decimals = 0, isIku = false,
        targets = new[] { new { tahun = 2026, nilai = 3 } }, version = 0,
    };

    private static readonly Dictionary<string, Func<Target, Case>> CoreMatrix = new()
    {
        ["POST /api/v1/auth/token"] = _ => new(Kind.Own, "/api/v1/auth/token"),
        ["POST /api/v1/auth/logout"] = _ => new(Kind.Own, "/api/v1/auth/logout"),
        ["GET /api/v1/me"] = _ => new(Kind.Own, "/api/v1/me"),
        ["POST /api/v1/me/password"] = _ => new(Kind.Own, "/api/v1/me/password"),
        ["GET /api/v1/organisasi/import/template"] = _ => new(Kind.Own, "/api/v1/organisasi/import/template?kind=Unit"),
        ["POST /api/v1/capaian/preview"] = _ => new(Kind.Own, "/api/v1/capaian/preview"),
        ["GET /api/v1/pemda/{id:int}/capaian-settings"] = t => new(Kind.Refused, $"/api/v1/pemda/{t.PemdaId}/capaian-settings",
            UrlFor: user => $"/api/v1/pemda/{Pemda(t, user)}/capaian-settings"),
        ["PUT /api/v1/pemda/{id:int}/capaian-settings"] = t => new(Kind.Refused, $"/api/v1/pemda/{t.PemdaId}/capaian-settings",
            _ => new { pemdaId = t.PemdaId, predikat = new[] { new { lower = (decimal?)null, upper = (decimal?)null, label = "Satu", colour = "#000000" } },
                efisienAbove = 1m, tidakEfisienBelow = -1m, version = 0 }),
        ["GET /api/v1/pemda"] = t => new(Kind.ListWithout, "/api/v1/pemda", ListField: "id", Forbidden: user => Pemda(t, user)),
        ["GET /api/v1/perangkat-daerah"] = t => new(Kind.ListWithout, "/api/v1/perangkat-daerah", ListField: "id", Forbidden: _ => t.OpdId.ToString()),
        ["GET /api/v1/units"] = t => new(Kind.ListWithout, "/api/v1/units", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["GET /api/v1/jabatan"] = t => new(Kind.ListWithout, "/api/v1/jabatan", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["GET /api/v1/users"] = t => new(Kind.ListWithout, "/api/v1/users", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["GET /api/v1/perangkat-daerah/{id:int}"] = t => new(Kind.Refused, $"/api/v1/perangkat-daerah/{t.OpdId}"),
        ["POST /api/v1/perangkat-daerah"] = t => new(Kind.Refused, "/api/v1/perangkat-daerah",
            _ => new { pemdaId = t.PemdaId, kode = "MATRIX-OPD", nama = "OPD matriks" }),
        ["PUT /api/v1/perangkat-daerah/{id:int}"] = t => new(Kind.Refused, $"/api/v1/perangkat-daerah/{t.OpdId}",
            _ => new { pemdaId = t.PemdaId, kode = "BPKPAD", nama = "Diubah oleh matriks", readsAcrossPemda = true, version = 1 }),
        ["GET /api/v1/units/{id:int}"] = t => new(Kind.Refused, $"/api/v1/units/{t.LeafUnitId}"),
        ["POST /api/v1/units"] = t => new(Kind.Refused, "/api/v1/units",
            _ => new { perangkatDaerahId = t.OpdId, kode = "MATRIX-UNIT", nama = "Unit matriks", jenis = "Seksi" }),
        ["PUT /api/v1/units/{id:int}"] = t => new(Kind.Refused, $"/api/v1/units/{t.LeafUnitId}",
            _ => new { kode = "MATRIX-UNIT", nama = "Diubah oleh matriks", jenis = "Seksi", version = 1 }),
        ["DELETE /api/v1/units/{id:int}"] = t => new(Kind.Refused, $"/api/v1/units/{t.LeafUnitId}"),
        ["GET /api/v1/jabatan/{id:int}"] = t => new(Kind.Refused, $"/api/v1/jabatan/{t.JabatanId}"),
        ["POST /api/v1/jabatan"] = t => new(Kind.Refused, "/api/v1/jabatan",
            _ => new { perangkatDaerahId = t.OpdId, unitKerjaId = t.LeafUnitId, kode = "MATRIX-JAB", nama = "Jabatan matriks", role = "Pelaksana" }),
        ["PUT /api/v1/jabatan/{id:int}"] = t => new(Kind.Refused, $"/api/v1/jabatan/{t.JabatanId}",
            _ => new { unitKerjaId = t.LeafUnitId, kode = "MATRIX-JAB2", nama = "Diubah oleh matriks", role = "Pelaksana", version = 0 }),
        ["DELETE /api/v1/jabatan/{id:int}"] = t => new(Kind.Refused, $"/api/v1/jabatan/{t.JabatanId}"),
        ["GET /api/v1/users/{id}"] = t => new(Kind.Refused, $"/api/v1/users/{t.UserId}"),
        ["POST /api/v1/users"] = t => new(Kind.Refused, "/api/v1/users",
            _ => new { userName = "matriks.bpkpad", fullName = "Akun Matriks", password = "Matriks#2026", perangkatDaerahId = t.OpdId }),
        ["POST /api/v1/users/{id}/assignments"] = t => new(Kind.Refused, $"/api/v1/users/{t.UserId}/assignments",
            _ => new { jabatanId = t.JabatanId, isPlt = false, startDate = t.Today }),
        ["DELETE /api/v1/users/{id}/assignments/{assignmentId:int}"] = t => new(Kind.Refused, $"/api/v1/users/{t.UserId}/assignments/{t.AssignmentId}"),
        ["POST /api/v1/users/{id}/reset-password"] = t => new(Kind.Refused, $"/api/v1/users/{t.UserId}/reset-password",
            _ => new { newPassword = "Diambil#2026" }),
        ["POST /api/v1/organisasi/import"] = t => new(Kind.Refused, $"/api/v1/organisasi/import?kind=Unit&perangkatDaerahId={t.OpdId}"),
        ["GET /api/v1/renstra"] = t => new(Kind.ListWithout, "/api/v1/renstra", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["GET /api/v1/renstra/{id:int}"] = t => new(Kind.Refused, $"/api/v1/renstra/{t.RenstraId}"),
        ["POST /api/v1/renstra"] = t => new(Kind.Refused, "/api/v1/renstra",
            _ => new { perangkatDaerahId = t.OpdId, nama = "Renstra matriks", tahunAwal = 2031, tahunAkhir = 2035 }),
        ["PUT /api/v1/renstra/{id:int}"] = t => new(Kind.Refused, $"/api/v1/renstra/{t.RenstraId}",
            _ => new { perangkatDaerahId = t.OpdId, nama = "Diubah oleh matriks", tahunAwal = 2025, tahunAkhir = 2029, version = 0 }),
        ["POST /api/v1/renstra/{id:int}/tujuan"] = t => new(Kind.Refused, $"/api/v1/renstra/{t.RenstraId}/tujuan", _ => new { kode = "TM", uraian = "Tujuan matriks" }),
        ["PUT /api/v1/tujuan/{id:int}"] = t => new(Kind.Refused, $"/api/v1/tujuan/{t.TujuanId}", _ => new { kode = "T1", uraian = "Diubah oleh matriks", version = 0 }),
        ["DELETE /api/v1/tujuan/{id:int}"] = t => new(Kind.Refused, $"/api/v1/tujuan/{t.TujuanId}"),
        ["POST /api/v1/tujuan/{id:int}/sasaran"] = t => new(Kind.Refused, $"/api/v1/tujuan/{t.TujuanId}/sasaran", _ => new { kode = "SM", uraian = "Sasaran matriks" }),
        ["PUT /api/v1/sasaran/{id:int}"] = t => new(Kind.Refused, $"/api/v1/sasaran/{t.SasaranId}", _ => new { kode = "S1", uraian = "Diubah oleh matriks", version = 0 }),
        ["DELETE /api/v1/sasaran/{id:int}"] = t => new(Kind.Refused, $"/api/v1/sasaran/{t.SasaranId}"),
        ["POST /api/v1/sasaran/{id:int}/indikator"] = t => new(Kind.Refused, $"/api/v1/sasaran/{t.SasaranId}/indikator", _ => MatrixIndikator),
        ["GET /api/v1/indikator/{id:int}"] = t => new(Kind.Refused, $"/api/v1/indikator/{t.IndikatorId}"),
        ["PUT /api/v1/indikator/{id:int}"] = t => new(Kind.Refused, $"/api/v1/indikator/{t.IndikatorId}", _ => MatrixIndikator),
        ["DELETE /api/v1/indikator/{id:int}"] = t => new(Kind.Refused, $"/api/v1/indikator/{t.IndikatorId}"),
        ["GET /api/v1/program"] = t => new(Kind.Refused, $"/api/v1/program?perangkatDaerahId={t.OpdId}&tahun=2026"),
        ["POST /api/v1/program"] = t => new(Kind.Refused, "/api/v1/program",
            _ => new { perangkatDaerahId = t.OpdId, level = "Program", kode = "5.02.09", nama = "Program matriks" }),
        ["PUT /api/v1/program/{id:int}"] = t => new(Kind.Refused, $"/api/v1/program/{t.ProgramLeafId}",
            _ => new { perangkatDaerahId = t.OpdId, level = "SubKegiatan", kode = "5.02.02.2.04.0001", nama = "Diubah oleh matriks", version = 0 }),
        ["DELETE /api/v1/program/{id:int}"] = t => new(Kind.Refused, $"/api/v1/program/{t.ProgramLeafId}"),
        ["PUT /api/v1/program/{id:int}/pagu/{tahun:int}"] = t => new(Kind.Refused, $"/api/v1/program/{t.ProgramLeafId}/pagu/2026", _ => new { jumlah = 1 }),
        ["GET /api/v1/renstra/{id:int}/xlsx"] = t => new(Kind.Refused, $"/api/v1/renstra/{t.RenstraId}/xlsx"),
        ["POST /api/v1/renstra/{id:int}/xlsx"] = t => new(Kind.Refused, $"/api/v1/renstra/{t.RenstraId}/xlsx", _ => t.RenstraXlsx!),
        ["GET /api/v1/perjanjian-kinerja"] = t => new(Kind.ListWithout, "/api/v1/perjanjian-kinerja", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["GET /api/v1/perjanjian-kinerja/{id:int}"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}"),
        ["POST /api/v1/perjanjian-kinerja"] = t => new(Kind.Refused, "/api/v1/perjanjian-kinerja", _ => new { jabatanId = t.JabatanId, tahun = 2026 }),
        ["POST /api/v1/perjanjian-kinerja/{id:int}/indikator"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/indikator",
            _ => new { indikatorId = t.IndikatorId + 1, target = 50 }),
        ["PUT /api/v1/perjanjian-kinerja/{id:int}/indikator/{rowId:int}"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/indikator/{t.PkRowId}",
            _ => new { indikatorId = 0, target = 3 }),
        ["DELETE /api/v1/perjanjian-kinerja/{id:int}/indikator/{rowId:int}"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/indikator/{t.PkRowId}"),
        ["POST /api/v1/perjanjian-kinerja/{id:int}/sign"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/sign"),
        ["POST /api/v1/perjanjian-kinerja/{id:int}/revise"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/revise"),
        ["PUT /api/v1/perjanjian-kinerja/{id:int}/rencana-aksi"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/rencana-aksi",
            _ => new { rows = new[] { new { rowId = t.PkRowId, targetTw1 = 4, targetTw4 = 4 } }, mismatchConfirmed = true }),
        ["GET /api/v1/perjanjian-kinerja/{id:int}/docx"] = t => new(Kind.Refused, $"/api/v1/perjanjian-kinerja/{t.PkId}/docx"),
        ["GET /api/v1/sop"] = t => new(Kind.ListWithout, "/api/v1/sop", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["GET /api/v1/sop/{id:int}"] = t => new(Kind.Refused, $"/api/v1/sop/{t.SopId}"),
        ["GET /api/v1/sop/{id:int}/revisi"] = t => new(Kind.Refused, $"/api/v1/sop/{t.SopId}/revisi"),
        ["GET /api/v1/sop/{id:int}/revisi/{revisi:int}/yaml"] = t => new(Kind.Refused, $"/api/v1/sop/{t.SopId}/revisi/1/yaml"),
        ["POST /api/v1/sop"] = t => new(Kind.Refused, "/api/v1/sop",
            _ => new { perangkatDaerahId = t.OpdId, yaml = SeedSops.All[SeedSops.BpkpadBalangan] }),
        ["PUT /api/v1/sop/{id:int}"] = t => new(Kind.Refused, $"/api/v1/sop/{t.SopId}",
            _ => new { yaml = SeedSops.All[SeedSops.BpkpadBalangan].Replace("Merekap laporan", "Diubah oleh matriks"), version = 0 }),
        ["POST /api/v1/sop/import"] = t => new(Kind.Refused, $"/api/v1/sop/import?perangkatDaerahId={t.OpdId}"),
        ["GET /api/v1/pengumpulan"] = t => new(Kind.ListWithout, "/api/v1/pengumpulan", ListField: "perangkatDaerahId", Forbidden: _ => t.OpdId.ToString()),
        ["POST /api/v1/pengumpulan"] = t => new(Kind.Refused, "/api/v1/pengumpulan",
            _ => new { perangkatDaerahId = t.OpdId, tahun = 2029, triwulan = 4, batasWaktu = t.Today.AddDays(10).ToString("yyyy-MM-dd") }),
        ["GET /api/v1/pengumpulan/{id:int}"] = t => new(Kind.Refused, $"/api/v1/pengumpulan/{t.PengumpulanId}"),
        ["POST /api/v1/pengumpulan/{id:int}/kunci"] = t => new(Kind.Refused, $"/api/v1/pengumpulan/{t.PengumpulanId}/kunci", _ => new { version = 0 }),
        ["GET /api/v1/format-data/{id:int}"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}"),
        ["PUT /api/v1/format-data/{id:int}"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}",
            _ => new { indikator = new[] { new { id = t.FormatRowId, version = 0, realisasi = 1 } } }),
        ["POST /api/v1/format-data/{id:int}/ajukan"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/ajukan",
            _ => new { version = 0, konfirmasi = true, catatan = "matriks" }),
        ["POST /api/v1/format-data/{id:int}/teruskan"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/teruskan",
            _ => new { version = 0, konfirmasi = true, catatan = "matriks" }),
        ["POST /api/v1/format-data/{id:int}/setujui"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/setujui",
            _ => new { version = 0, konfirmasi = true, catatan = "matriks" }),
        ["POST /api/v1/format-data/{id:int}/kembalikan"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/kembalikan",
            _ => new { version = 0, konfirmasi = true, catatan = "matriks" }),
        ["POST /api/v1/format-data/{id:int}/verifikasi"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/verifikasi",
            _ => new { version = 0, konfirmasi = true, catatan = "matriks" }),
        ["POST /api/v1/format-data/{id:int}/buka-kembali"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/buka-kembali",
            _ => new { version = 0, konfirmasi = true, catatan = "matriks" }),
        ["GET /api/v1/format-data/{id:int}/riwayat-nilai"] = t => new(Kind.Refused, $"/api/v1/format-data/{t.FormatId}/riwayat-nilai?baris=indikator:{t.FormatRowId}"),
    };

    /// <summary>Users of Balangan's BPBD and the admin of another Pemda; none may touch BPKPAD.</summary>
    public static readonly string[] Outsiders = ["pelaksana.bpbd", "kabid.bpbd", "kasubag.bpbd", "kepala.bpbd", "adminopd.bpbd", "admin.banggai", "kasubag.bappeda"];

    [Theory, BothDatabases]
    public void EveryApiEndpoint_IsInTheMatrix(DatabaseProvider db)
    {
        var missing = Endpoints(apps[db]).Where(e => !Matrix.ContainsKey(e)).ToList();
        missing.ShouldBeEmpty($"these endpoints are not in the authorization matrix: {string.Join(", ", missing)}");
    }

    public static IEnumerable<object[]> OutsiderCases() =>
        from db in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres }
        from user in Outsiders
        select new object[] { db, user };

    [Theory, MemberData(nameof(OutsiderCases))]
    public async Task Outsider_IsRefusedEverythingOfAnotherOpd_AndNothingChanges(DatabaseProvider db, string user)
    {
        var app = apps[db];
        var target = await TargetAsync(app);
        var before = await FingerprintAsync(app, target.OpdId);
        var client = await app.ApiAsync(user);

        var failures = new List<string>();
        foreach (var endpoint in Endpoints(app))
        {
            var c = Matrix[endpoint](target);
            if (c.Kind == Kind.Own) continue;
            if (c.UrlFor is not null) c = c with { Url = c.UrlFor(user) };
            var response = await SendAsync(client, endpoint.Split(' ')[0], c, target);
            var status = (int)response.StatusCode;
            if (c.Kind == Kind.Refused && status is not (403 or 404))
                failures.Add($"{endpoint} → {status} {await response.Content.ReadAsStringAsync()}");
            if (c.Kind == Kind.ListWithout)
            {
                if (status != 200) { failures.Add($"{endpoint} → {status}"); continue; }
                var leaked = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!
                    .Where(e => e.TryGetProperty(c.ListField!, out var v) && v.ValueKind != JsonValueKind.Null && v.ToString() == c.Forbidden!(user)).ToList();
                if (leaked.Count > 0) failures.Add($"{endpoint} leaked {leaked.Count} row(s) of BPKPAD");
            }
        }

        failures.ShouldBeEmpty();
        (await FingerprintAsync(app, target.OpdId)).ShouldBe(before);
    }

    [Theory, BothDatabases]
    public async Task Anonymous_IsRefusedEveryEndpointButTheToken(DatabaseProvider db)
    {
        var app = apps[db];
        var target = await TargetAsync(app);
        using var client = app.CreateClient();
        foreach (var endpoint in Endpoints(app).Where(e => e != "POST /api/v1/auth/token"))
        {
            var response = await SendAsync(client, endpoint.Split(' ')[0], Matrix[endpoint](target), target);
            ((int)response.StatusCode).ShouldBe(401, endpoint);
        }
    }

    [Theory, BothDatabases]
    public async Task AdminOfBalangan_ReachesTheSameTargets(DatabaseProvider db)
    {
        // The control: the targets are real, so the refusals above are the access rules at work.
        var app = apps[db];
        var t = await TargetAsync(app);
        var admin = await app.ApiAsync("admin");
        foreach (var url in new[] { $"/api/v1/perangkat-daerah/{t.OpdId}", $"/api/v1/units/{t.LeafUnitId}", $"/api/v1/jabatan/{t.JabatanId}", $"/api/v1/users/{t.UserId}",
                     $"/api/v1/perjanjian-kinerja/{t.PkId}", $"/api/v1/perjanjian-kinerja/{t.PkId}/docx",
                     $"/api/v1/pengumpulan/{t.PengumpulanId}", $"/api/v1/format-data/{t.FormatId}" })
            (await admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        (await (await app.ApiAsync("adminopd.bpkpad")).GetAsync($"/api/v1/users/{t.UserId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync($"/api/v1/renstra/{t.RenstraId}/xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The form's own Kepala Bidang reads it; the outsiders' refusal is not the form being broken.
        (await (await app.ApiAsync("kabid.bpkpad")).GetAsync($"/api/v1/format-data/{t.FormatId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var urls in Extensions<Func<Target, string[]>>("ControlUrls"))
            foreach (var url in urls(t))
                (await admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
    }

    private static List<string> Endpoints(KinerjaApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Distinct().OrderBy(x => x).ToList();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, Case c, Target t)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), c.Url);
        if (c.Url.StartsWith("/api/v1/organisasi/import?", StringComparison.Ordinal))
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Kode;Nama;Jenis;Kode Induk\nMATRIX-IMP;Unit impor matriks;Seksi;\n"));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "unit.csv");
            request.Content = form;
        }
        else if (c.Url.StartsWith("/api/v1/sop/import?", StringComparison.Ordinal))
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(SeedSops.All[SeedSops.BpkpadBalangan]));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/yaml");
            request.Content = new MultipartFormDataContent { { file, "file", "sop.yaml" } };
        }
        else if (c.Body?.Invoke(t) is byte[] xlsx)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(xlsx);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            form.Add(file, "file", "renstra.xlsx");
            request.Content = form;
        }
        else if (c.Body is not null) request.Content = JsonContent.Create(c.Body(t), options: KinerjaApp.Json);
        else if (method is "POST" or "PUT") request.Content = JsonContent.Create(new { });
        return await client.SendAsync(request);
    }

    private static async Task<Target> TargetAsync(KinerjaApp app)
    {
        var target = await TargetRowsAsync(app);
        // BPKPAD's Renstra as downloaded by its admin, with one indicator renamed: an upload that would change it.
        var admin = await app.ApiAsync("admin");
        var grid = Xlsx.ReadFirstSheet(new MemoryStream(await admin.GetByteArrayAsync($"/api/v1/renstra/{target.RenstraId}/xlsx")), 5000)
            .Select(r => r.Select(c => c.Text.Length == 0 ? null : c.IsNumber ? decimal.Parse(c.Text, CultureInfo.InvariantCulture) : (object?)c.Text).ToList()).ToList();
        grid[2][4] = "Diubah oleh matriks";
        var xlsx = Xlsx.Write(new SheetSpec("Indikator", grid.Select(r => (IReadOnlyList<object?>)r).ToList()) { BoldRows = 2 });
        return target with { RenstraXlsx = xlsx };
    }

    private static async Task<Target> TargetRowsAsync(KinerjaApp app) => await app.DbAsync(async db =>
    {
        var opd = await db.PerangkatDaerah.SingleAsync(o => o.Kode == "BPKPAD" && o.Pemda.Kode == "6311");
        var leaf = await db.UnitKerja.Where(u => u.PerangkatDaerahId == opd.Id && !db.UnitKerja.Any(c => c.ParentId == u.Id)
                                                 && !db.Jabatan.Any(j => j.UnitKerjaId == u.Id)).OrderBy(u => u.Id).FirstAsync();
        var jabatan = await db.Jabatan.Where(j => j.PerangkatDaerahId == opd.Id && j.Role == Kinerja.Domain.Organisasi.SopRole.KepalaBidang).FirstAsync();
        var kabid = await db.Users.SingleAsync(u => u.UserName == "kabid.bpkpad");
        var assignment = await db.JabatanAssignments.Where(a => a.UserId == kabid.Id).Select(a => a.Id).FirstAsync();
        var banggai = await db.Pemda.Where(p => p.Kode == "7201").Select(p => p.Id).SingleAsync();
        var renstra = await db.Renstra.Where(r => r.PerangkatDaerahId == opd.Id).Select(r => r.Id).FirstAsync();
        var tujuan = await db.Tujuan.Where(x => x.RenstraId == renstra).Select(x => x.Id).FirstAsync();
        var sasaran = await db.Sasaran.Where(x => x.TujuanId == tujuan).Select(x => x.Id).FirstAsync();
        var indikator = await db.Indikator.Where(x => x.SasaranId == sasaran).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
        var programLeaf = await db.ProgramKegiatan.Where(p => p.PerangkatDaerahId == opd.Id && p.Level == Kinerja.Domain.Perencanaan.ProgramLevel.SubKegiatan)
            .OrderBy(p => p.Kode).Select(p => p.Id).LastAsync();
        var sop = await db.SopDokumen.Where(x => x.PerangkatDaerahId == opd.Id).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync();
        // A draft PK of BPKPAD's Kabid with one row, so every PK endpoint has a real target.
        var pk = await db.PerjanjianKinerja.Include(p => p.Indikator).FirstOrDefaultAsync(p => p.JabatanId == jabatan.Id && p.Tahun == 2025);
        if (pk is null)
        {
            pk = new Kinerja.Web.Features.Perencanaan.PerjanjianKinerja { PerangkatDaerahId = opd.Id, Tahun = 2025, JabatanId = jabatan.Id };
            pk.Indikator.Add(new Kinerja.Web.Features.Perencanaan.PerjanjianKinerjaIndikator { IndikatorId = indikator, Target = 4 });
            db.PerjanjianKinerja.Add(pk);
            await db.SaveChangesAsync();
        }
        var round = await MatrixPengumpulanAsync(db, opd, jabatan.UnitKerjaId!.Value, indikator);
        var core = new Target(banggai, opd.PemdaId, opd.Id, leaf.Id, jabatan.Id, kabid.Id, assignment, DateOnly.FromDateTime(DateTime.UtcNow),
            renstra, tujuan, sasaran, indikator, programLeaf, null, pk.Id, pk.Indikator[0].Id, sop,
            round.Id, round.FormatDataKinerja[0].Id, round.FormatDataKinerja[0].Indikator[0].Id);
        var ids = new Dictionary<string, int>();
        foreach (var extra in Extensions<Func<Kinerja.Web.Data.AppDbContext, Target, Dictionary<string, int>, Task>>("Targets"))
            await extra(db, core, ids);
        return core with { Ids = ids };
    });

    /// <summary>
    /// An open BPKPAD round (TW IV 2024, a quarter no other test takes) with one form of the Kabid's unit that would accept a
    /// save and a submission if access were not checked.
    /// </summary>
    private static async Task<Kinerja.Web.Features.Pengumpulan.PengumpulanData> MatrixPengumpulanAsync(Kinerja.Web.Data.AppDbContext db,
        Kinerja.Web.Features.Organisasi.PerangkatDaerah opd, int unitId, int indikatorId)
    {
        var round = await db.PengumpulanData.Include(r => r.FormatDataKinerja).ThenInclude(f => f.Indikator)
            .FirstOrDefaultAsync(r => r.PerangkatDaerahId == opd.Id && r.Tahun == 2024 && r.Triwulan == 4);
        if (round is not null) return round;
        var form = new Kinerja.Web.Features.Pengumpulan.FormatDataKinerja { UnitKerjaId = unitId };
        form.Indikator.Add(new Kinerja.Web.Features.Pengumpulan.FormatIndikator { IndikatorId = indikatorId, Target = 4 });
        round = new Kinerja.Web.Features.Pengumpulan.PengumpulanData
        {
            PemdaId = opd.PemdaId, PerangkatDaerahId = opd.Id, Tahun = 2024, Triwulan = 4, DibukaUtc = DateTime.UtcNow.AddDays(-1),
            BatasWaktuUtc = DateTime.UtcNow.AddYears(5), DibukaOleh = "matriks", FormatDataKinerja = [form],
        };
        db.PengumpulanData.Add(round);
        await db.SaveChangesAsync();
        return round;
    }

    /// <summary>Everything of one OPD a refused request could have changed, as one string.</summary>
    private static async Task<string> FingerprintAsync(KinerjaApp app, int opdId) => await app.DbAsync(async db =>
    {
        var opd = await db.PerangkatDaerah.AsNoTracking().Where(o => o.Id == opdId).Select(o => $"{o.Kode}|{o.Nama}|{o.ReadsAcrossPemda}|{o.Version}").SingleAsync();
        var opdCount = await db.PerangkatDaerah.CountAsync(o => o.PemdaId == db.PerangkatDaerah.First(x => x.Id == opdId).PemdaId);
        var pemdaSettings = await db.Pemda.AsNoTracking().Where(p => db.PerangkatDaerah.Any(o => o.Id == opdId && o.PemdaId == p.Id))
            .Select(p => $"{p.EfisienAbove}|{p.TidakEfisienBelow}|{p.Version}|" + string.Join(";", db.PredikatPemda.Where(b => b.PemdaId == p.Id).OrderBy(b => b.Urutan).Select(b => b.Label + b.Lower + b.Upper + b.Colour)))
            .SingleAsync();
        var units = await db.UnitKerja.AsNoTracking().Where(u => u.PerangkatDaerahId == opdId).OrderBy(u => u.Id)
            .Select(u => $"{u.Id}|{u.Kode}|{u.Nama}|{u.ParentId}|{u.Path}|{u.Version}").ToListAsync();
        var jabatan = await db.Jabatan.AsNoTracking().Where(j => j.PerangkatDaerahId == opdId).OrderBy(j => j.Id)
            .Select(j => $"{j.Id}|{j.Kode}|{j.Nama}|{j.UnitKerjaId}|{j.Version}").ToListAsync();
        var users = await db.Users.AsNoTracking().Where(u => u.PerangkatDaerahId == opdId).OrderBy(u => u.Id)
            .Select(u => $"{u.Id}|{u.UserName}|{u.PasswordHash}|{u.SecurityStamp}|{u.LockoutEnd}").ToListAsync();
        var assignments = await db.JabatanAssignments.AsNoTracking().Where(a => a.Jabatan.PerangkatDaerahId == opdId || a.User.PerangkatDaerahId == opdId)
            .OrderBy(a => a.Id).Select(a => $"{a.Id}|{a.UserId}|{a.JabatanId}|{a.StartDate}|{a.EndDate}").ToListAsync();
        var plan = await db.Renstra.AsNoTracking().Where(r => r.PerangkatDaerahId == opdId).OrderBy(r => r.Id)
            .Select(r => $"{r.Id}|{r.Nama}|{r.TahunAwal}|{r.Version}|" + string.Join(";", r.Tujuan.OrderBy(t => t.Id).Select(t => t.Kode + t.Uraian + t.Version))).ToListAsync();
        var sasaran = await db.Sasaran.AsNoTracking().Where(s => s.Tujuan.Renstra.PerangkatDaerahId == opdId).OrderBy(s => s.Id)
            .Select(s => $"{s.Id}|{s.Kode}|{s.Uraian}|{s.Version}").ToListAsync();
        var indikator = await db.Indikator.AsNoTracking().Where(i => i.Sasaran!.Tujuan.Renstra.PerangkatDaerahId == opdId).OrderBy(i => i.Id)
            .Select(i => $"{i.Id}|{i.Kode}|{i.Nama}|{i.Version}|" + string.Join(";", i.Targets.OrderBy(t => t.Tahun).Select(t => t.Tahun + "=" + t.Nilai))).ToListAsync();
        var programmes = await db.ProgramKegiatan.AsNoTracking().Where(p => p.PerangkatDaerahId == opdId).OrderBy(p => p.Id)
            .Select(p => $"{p.Id}|{p.Kode}|{p.Nama}|{p.Version}|" + string.Join(";", p.Pagu.OrderBy(x => x.Tahun).Select(x => x.Tahun + "=" + x.Jumlah))).ToListAsync();
        var pks = await db.PerjanjianKinerja.AsNoTracking().Where(p => p.PerangkatDaerahId == opdId).OrderBy(p => p.Id)
            .Select(p => $"{p.Id}|{p.JabatanId}|{p.Tahun}|{p.Status}|{p.Revisi}|{p.SignedAtUtc}|{p.Version}").ToListAsync();
        var pkRows = (await db.PerjanjianKinerjaIndikator.AsNoTracking().Include(r => r.RencanaAksi).Where(r => r.PerjanjianKinerja.PerangkatDaerahId == opdId)
                .OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"{r.Id}|{r.IndikatorId}|{r.Target}|{r.SupportsId}|" + (r.RencanaAksi is not { } a ? "-"
                : $"{a.TargetTw1};{a.TargetTw2};{a.TargetTw3};{a.TargetTw4};{a.Aksi};{a.Anggaran};{a.PenanggungJawab};{a.Version}"));
        var sops = await db.SopDokumen.AsNoTracking().Where(x => x.PerangkatDaerahId == opdId).OrderBy(x => x.Id)
            .Select(x => $"{x.Id}|{x.Nama}|{x.RevisiTerakhir}|{x.Version}|" + string.Join(";", x.Revisi.OrderBy(r => r.Revisi).Select(r => r.Revisi + "=" + r.Yaml.Length))).ToListAsync();
        var rounds = await db.PengumpulanData.AsNoTracking().Where(r => r.PerangkatDaerahId == opdId).OrderBy(r => r.Id)
            .Select(r => $"{r.Id}|{r.Tahun}|{r.Triwulan}|{r.BatasWaktuUtc}|{r.DikunciUtc}|{r.Version}").ToListAsync();
        var forms = await db.FormatDataKinerja.AsNoTracking().Where(f => f.PengumpulanData.PerangkatDaerahId == opdId).OrderBy(f => f.Id)
            .Select(f => $"{f.Id}|{f.UnitKerjaId}|{f.Status}|{f.DiajukanOleh}|{f.Catatan}|{f.Version}").ToListAsync();
        var formRows = await db.FormatIndikator.AsNoTracking().Where(r => db.FormatDataKinerja.Any(f => f.Id == r.FormatDataKinerjaId && f.PengumpulanData.PerangkatDaerahId == opdId))
            .OrderBy(r => r.Id).Select(r => $"{r.Id}|{r.Realisasi}|{r.FaktorPendukung}|{r.CatatanValidasi}|{r.Version}").ToListAsync();
        return string.Join("\n", new[] { opd, opdCount.ToString(), pemdaSettings }.Concat(units).Concat(jabatan).Concat(users).Concat(assignments)
            .Concat(plan).Concat(sasaran).Concat(indikator).Concat(programmes).Concat(pks).Concat(pkRows).Concat(sops)
            .Concat(rounds).Concat(forms).Concat(formRows)
            .Concat(await ExtraFingerprintsAsync(db, opdId)));
    });
}
