using Kinerja.Domain.Sop;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Sop;

namespace Kinerja.Web.Data.Demo;

/// <summary>Each demo agency gets its own real SOP Pengumpulan Data Kinerja (the seeds), as revision 1.</summary>
public static class DemoSops
{
    public static readonly IReadOnlyDictionary<string, string> ByAgency = new Dictionary<string, string>
    {
        ["bpbd"] = SeedSops.BpbdBalangan,
        ["bpkpad"] = SeedSops.BpkpadBalangan,
        ["puprperkim"] = SeedSops.PuprperkimBalangan,
        ["diskop"] = SeedSops.DiskopUkmPerindagBalangan,
        ["bappeda"] = SeedSops.BappedaLitbangBanggai,
    };

    public static SopDokumen Dokumen(PerangkatDaerah opd, string seed, DateTime nowUtc)
    {
        var yaml = SeedSops.All[seed];
        var identitas = SopDefinitionParser.Parse(yaml).Identitas;
        var sop = new SopDokumen { PerangkatDaerah = opd, Nama = identitas.Nama, RevisiTerakhir = 1 };
        sop.Revisi.Add(new SopRevisi
        {
            Revisi = 1, Yaml = yaml, CreatedAtUtc = nowUtc, CreatedByUserName = "demo",
            Nomor = identitas.Nomor, TanggalEfektif = identitas.TanggalEfektif,
        });
        return sop;
    }
}
