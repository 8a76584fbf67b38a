using Kinerja.Domain.Capaian;

namespace Kinerja.Domain.Perencanaan;

/// <summary>
/// Checks a Rencana Aksi's quarterly targets against the PK's annual target under the indicator's
/// roll-up rule. A mismatch is a warning for the planner to fix or confirm, not an error: agencies do
/// sometimes plan so on purpose.
/// </summary>
public static class RencanaAksiCheck
{
    public static string? Warning(RollUp rule, decimal annual, IReadOnlyList<decimal?> quarters)
    {
        if (quarters.Count != 4) throw new ArgumentException("four quarters expected", nameof(quarters));
        var filled = quarters.Where(q => q is not null).Select(q => q!.Value).ToList();
        if (filled.Count == 0) return "Target triwulan belum diisi.";
        switch (rule)
        {
            case RollUp.Kumulatif:
                var sum = filled.Sum();
                return sum == annual ? null
                    : $"Jumlah target TW I–IV ({Fmt(sum)}) tidak sama dengan target tahunan ({Fmt(annual)}) untuk indikator kumulatif.";
            case RollUp.NilaiAkhir:
                return quarters[3] is not decimal q4
                    ? "Target TW IV wajib diisi untuk indikator nilai akhir."
                    : q4 == annual ? null
                    : $"Target TW IV ({Fmt(q4)}) tidak sama dengan target tahunan ({Fmt(annual)}) untuk indikator nilai akhir.";
            default:
                var mean = filled.Sum() / filled.Count;
                return mean == annual ? null
                    : $"Rata-rata target triwulan ({Fmt(mean)}) tidak sama dengan target tahunan ({Fmt(annual)}) untuk indikator rata-rata.";
        }
    }

    private static string Fmt(decimal d) => d.ToString("#,0.####", System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
}
