using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Perencanaan;

namespace Kinerja.Web.Data.Demo;

/// <summary>
/// The Kepala's signed PK for the demo year with a Rencana Aksi for every indicator, so a collection
/// round opened in the demo has its quarterly targets. Flows are spread 20/30/25/25 over the year;
/// levels and rates aim at the annual target every quarter.
/// </summary>
public static class DemoPk
{
    public const int Tahun = 2026;
    private static readonly decimal[] Spread = [0.20m, 0.30m, 0.25m, 0.25m];

    public static PerjanjianKinerja Signed(PerangkatDaerah opd, Jabatan kepala, Renstra renstra, DateTime nowUtc)
    {
        var pk = new PerjanjianKinerja
        {
            PerangkatDaerah = opd, Tahun = Tahun, Jabatan = kepala, Status = PerjanjianKinerjaStatus.Signed,
            SignedAtUtc = nowUtc, SignedByUserName = "sistem (demo)",
        };
        foreach (var indikator in renstra.Tujuan.SelectMany(t => t.Sasaran).SelectMany(s => s.Indikator))
        {
            var target = indikator.Targets.First(t => t.Tahun == Tahun).Nilai;
            var quarters = Quarters(indikator.RollUp, target, indikator.Decimals);
            pk.Indikator.Add(new PerjanjianKinerjaIndikator
            {
                Indikator = indikator, Target = target,
                RencanaAksi = new RencanaAksi
                {
                    TargetTw1 = quarters[0], TargetTw2 = quarters[1], TargetTw3 = quarters[2], TargetTw4 = quarters[3],
                    Aksi = "Pelaksanaan kegiatan sesuai DPA (demo)", PenanggungJawab = indikator.Units.FirstOrDefault()?.UnitKerja.Nama,
                },
            });
        }
        return pk;
    }

    private static decimal[] Quarters(RollUp rollUp, decimal annual, int decimals)
    {
        if (rollUp != RollUp.Kumulatif) return [annual, annual, annual, annual];
        var q = Spread.Take(3).Select(s => Math.Round(annual * s, decimals, MidpointRounding.AwayFromZero)).ToList();
        q.Add(annual - q.Sum());
        return q.ToArray();
    }
}
