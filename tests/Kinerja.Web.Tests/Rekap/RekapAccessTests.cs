using Microsoft.EntityFrameworkCore;
using static Kinerja.Web.Tests.Rekap.RekapFixture;

namespace Kinerja.Web.Tests.Rekap;

/// <summary>Who reads which recap: a unit's staff and Kabid their subtree, the OPD's office the whole OPD, the planning agency the Pemda.</summary>
[Collection("web")]
public class RekapAccessTests(TestApps apps)
{
    private static readonly string[] BidangPk = ["IK-1.2", "IK-1.3", "IK-1.4", "IKU-1"];

    [Theory, BothDatabases]
    public async Task TheKepala_SeesTheWholeOpd_AKabid_OnlyTheirBidang(DatabaseProvider db)
    {
        var app = apps[db];
        await EnsureAsync(app);
        var opd = await app.DbAsync(d => d.Indikator.Where(i => i.Sasaran!.Tujuan.Renstra.PerangkatDaerah.Kode == "BPBD" && i.Sasaran.Tujuan.Renstra.Nama.EndsWith("(demo)"))
            .Select(i => i.Kode).ToListAsync());

        var kepala = await RekapAsync(await app.ApiAsync("kepala.bpbd"), $"tahun={Tahun}&periode=TW1");
        kepala.GetProperty("tingkat").GetString().ShouldBe("PerangkatDaerah");
        Rows(kepala).Select(r => r.GetProperty("kode").GetString()).ShouldBe(opd, ignoreOrder: true);

        var kabid = await app.ApiAsync("kabid.bpbd");
        var own = await RekapAsync(kabid, $"tahun={Tahun}&periode=TW1");
        (own.GetProperty("tingkat").GetString(), own.GetProperty("cakupan").GetString())
            .ShouldBe(("Unit", "Bidang Pencegahan dan Kesiapsiagaan — Badan Penanggulangan Bencana Daerah"));
        Rows(own).Select(r => r.GetProperty("kode").GetString()).Order().ShouldBe(BidangPk);
        // The Bidang's figures are the OPD's for indicators only its units answer for.
        foreach (var row in Rows(own))
            row.GetProperty("capaian").GetProperty("nilai").ToString()
                .ShouldBe(Rows(kepala).Single(r => r.GetProperty("kode").GetString() == row.GetProperty("kode").GetString()).GetProperty("capaian").GetProperty("nilai").ToString());
        // Its budget lines are the ones its units report.
        var lines = own.GetProperty("perangkatDaerah")[0].GetProperty("anggaran").EnumerateArray().Where(l => l.GetProperty("level").GetString() == "SubKegiatan").ToList();
        var bidangUnits = await app.DbAsync(d => d.UnitKerja.Where(u => u.Path.StartsWith(d.UnitKerja.Single(b => b.Kode == "BID-PK" && b.PerangkatDaerah.Kode == "BPBD").Path))
            .Select(u => u.Id).ToListAsync());
        var expectedLines = await app.DbAsync(d => d.ProgramKegiatan.Where(p => p.UnitKerjaId != null && bidangUnits.Contains(p.UnitKerjaId.Value) && p.Pagu.Any(x => x.Tahun == Tahun))
            .Select(p => p.Kode).ToListAsync());
        lines.Select(l => l.GetProperty("kode").GetString()).ShouldBe(expectedLines, ignoreOrder: true);

        var opdRequest = await kabid.GetAsync($"/api/v1/rekap?tahun={Tahun}&periode=TW1&tingkat=opd");
        opdRequest.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var sibling = await app.DbAsync(d => d.UnitKerja.Where(u => u.Kode == "BID-KL" && u.PerangkatDaerah.Kode == "BPBD").Select(u => u.Id).SingleAsync());
        (await kabid.GetAsync($"/api/v1/rekap?tahun={Tahun}&periode=TW1&unitKerjaId={sibling}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory, BothDatabases]
    public async Task AnotherOpdsRecap_Is404_AndThePemdaLevel_IsThePlanningAgencys(DatabaseProvider db)
    {
        var app = apps[db];
        var bpkpad = await OpdAsync(app, "BPKPAD");
        var kasubag = await app.ApiAsync("kasubag.bpbd");
        (await kasubag.GetAsync($"/api/v1/rekap?tahun={Tahun}&periode=TW1&perangkatDaerahId={bpkpad}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await kasubag.GetAsync($"/api/v1/rekap?tahun={Tahun}&periode=TW1&tingkat=pemda")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var balangan = await app.DbAsync(d => d.Pemda.Where(p => p.Kode == "6311").Select(p => p.Id).SingleAsync());
        (await (await app.ApiAsync("kasubag.bappeda")).GetAsync($"/api/v1/rekap?tahun={Tahun}&tingkat=pemda&pemdaId={balangan}"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var leaf = await app.DbAsync(d => d.UnitKerja.Where(u => u.PerangkatDaerahId == bpkpad).Select(u => u.Id).FirstAsync());
        (await kasubag.GetAsync($"/api/v1/rekap?tahun={Tahun}&unitKerjaId={leaf}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ApiAsync("admin")).GetAsync($"/api/v1/rekap?tahun={Tahun}&tingkat=pemda")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
