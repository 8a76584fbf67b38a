using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Domain.Rekap;
using Kinerja.Web.Features.Perencanaan;

namespace Kinerja.Web.Features.Rekap;

// The recap's records: what GET /api/v1/rekap answers and what BuildRekap.Handle returns to C# callers
// (the reports). Plain data, computed once; kept stable once on main — add fields at the end only.

/// <summary>The level of a recap: a unit's subtree, a whole OPD, or the Pemda (every OPD's IKU from the Pemda-wide round).</summary>
public enum RekapTingkat
{
    Unit = 1,
    PerangkatDaerah = 2,
    Pemda = 3,
}

/// <summary>What a recap is asked for.</summary>
/// <param name="Tingkat">Null: the widest the user reads of their own OPD (the OPD, else their unit); the Admin Pemda gets the Pemda.</param>
/// <param name="PemdaId">Pemda level; null: the user's Pemda.</param>
/// <param name="PerangkatDaerahId">OPD level (and, at the Pemda level, one OPD only); null: the user's OPD.</param>
/// <param name="UnitKerjaId">Unit level; null: the user's own unit.</param>
/// <param name="SasaranId">Only this sasaran's indicators.</param>
/// <param name="HanyaIku">Only the key indicators (the Pemda level always is).</param>
/// <param name="TermasukDiajukan">Also count submitted forms that are not locked yet ("belum final"); by default only locked data count.</param>
public sealed record RekapQuery(
    int Tahun, Periode Periode, RekapTingkat? Tingkat = null, int? PemdaId = null, int? PerangkatDaerahId = null, int? UnitKerjaId = null,
    int? SasaranId = null, bool HanyaIku = false, bool TermasukDiajukan = false);

public enum PersenStatus
{
    Computed = 1,
    NoData = 2,
    NotComputable = 3,
}

/// <summary>
/// A percentage (capaian, serapan, progress) as computed and as shown: <see cref="Nilai"/> unrounded,
/// <see cref="Tampil"/> with the Pemda's precision ("87,50 %", "Belum ada data", "Tidak dapat dihitung"),
/// <see cref="Alasan"/> when it cannot be computed.
/// </summary>
public sealed record Persen(decimal? Nilai, string Tampil, PersenStatus Status, string? Alasan)
{
    public static Persen From(CapaianResult r, CapaianDisplay display) => new(r.Percent, display.Text(r), r switch
    {
        CapaianResult.Computed => PersenStatus.Computed,
        CapaianResult.NoData => PersenStatus.NoData,
        _ => PersenStatus.NotComputable,
    }, (r as CapaianResult.NotComputable)?.Reason.Label());
}

/// <summary>The predikat of a displayed capaian and its colour (#RRGGBB).</summary>
public sealed record RekapPredikat(string Label, string Warna)
{
    public static RekapPredikat? From(PredikatBand? band) => band is null ? null : new(band.Label, band.Colour);
}

/// <summary>One form row behind a figure: where to look it up (a page links to it).</summary>
/// <param name="Unit">The unit of the form, or the OPD for a Pemda-wide form.</param>
public sealed record RekapSumber(int Triwulan, int FormId, int BarisId, int? UnitKerjaId, string Unit, DataStatus Status);

/// <summary>One quarter of an indicator row: its target, the realisasi counted, and the forms behind it.</summary>
public sealed record RekapTriwulan(int Triwulan, decimal? Target, decimal? TargetAtas, decimal? Realisasi, DataStatus Status,
    int FormDihitung, int FormTidakDihitung, IReadOnlyList<RekapSumber> Sumber);

/// <summary>One indicator's figures for the period.</summary>
/// <param name="AturanRollUp">How the period's figures were built from the quarters, in words.</param>
/// <param name="Desimal">The decimals the indicator's realisasi is written with (the capaian has the Pemda's precision).</param>
/// <param name="TargetTahunan">The year's target: of the PK whose Rencana Aksi gives the quarters, else the Renstra's.</param>
/// <param name="Target">The target compared with the realisasi (over the filled quarters).</param>
/// <param name="TargetPeriode">The whole period's target, filled or not.</param>
/// <param name="Progres">Progress toward the year's target (ΣR / T_year); null for a range indicator or without a yearly target.</param>
/// <param name="Status">The data behind the figure: terkunci, diajukan (belum final), dikembalikan, belum diisi.</param>
/// <param name="JugaUnitLain">Unit level: other units outside the selection answer for this indicator too, so the figures are the selection's share.</param>
public sealed record RekapIndikator(
    int IndikatorId, string Kode, string Nama, string Satuan, bool Iku, Polarity Polarity, RollUp RollUp, string AturanRollUp, int Desimal,
    TargetSource SumberTarget, decimal? TargetTahunan, decimal? TargetTahunanAtas, decimal? TargetAkhir, decimal? KondisiAwal,
    decimal? Target, decimal? TargetAtas, decimal? Realisasi, decimal? TargetPeriode,
    Persen Capaian, RekapPredikat? Predikat, Persen? Progres,
    bool BelumAdaData, bool BelumLengkap, IReadOnlyList<int> TriwulanTerisi, IReadOnlyList<int> TriwulanBelumTerisi,
    DataStatus Status, bool JugaUnitLain, IReadOnlyList<RekapTriwulan> Triwulan);

/// <summary>Pagu, realisasi and serapan of a set of budget lines.</summary>
public sealed record RekapKeuangan(long Pagu, long? Realisasi, Persen Serapan);

/// <summary>A sasaran: the mean of its indicators' unrounded capaian (engine: SasaranCapaian), its budget and efficiency.</summary>
/// <param name="Keuangan">The programmes serving the sasaran; null when none is linked to it.</param>
/// <param name="Efisiensi">Capaian against serapan by the Pemda's thresholds, for a whole-year period only; null otherwise or without both figures.</param>
public sealed record RekapSasaran(
    int SasaranId, string Kode, string Uraian, Persen Capaian, RekapPredikat? Predikat, int Dihitung, int TanpaData, int TidakDapatDihitung,
    RekapKeuangan? Keuangan, Efisiensi? Efisiensi, string? EfisiensiLabel, IReadOnlyList<RekapIndikator> Indikator);

/// <summary>A tujuan: the mean of its sasaran's unrounded capaian.</summary>
public sealed record RekapTujuan(int TujuanId, string Kode, string Uraian, Persen Capaian, RekapPredikat? Predikat, IReadOnlyList<RekapSasaran> Sasaran);

/// <summary>One quarter of a budget line.</summary>
public sealed record RekapAnggaranTriwulan(int Triwulan, long? Realisasi, DataStatus Status, IReadOnlyList<RekapSumber> Sumber);

/// <summary>A budget line (program, kegiatan, sub-kegiatan): the year's pagu of the plan, realisasi of the period, serapan.</summary>
/// <param name="ParentId">The line it belongs to; null for a programme.</param>
public sealed record RekapAnggaran(
    int ProgramKegiatanId, int? ParentId, ProgramLevel Level, string Kode, string Nama, int? SasaranId, long Pagu, long? Realisasi, Persen Serapan,
    bool BelumLengkap, DataStatus Status, IReadOnlyList<RekapAnggaranTriwulan> Triwulan);

/// <summary>An OPD's part of the recap: its plan tree with figures, its budget and the mean capaian of its indicators (E.81's footer).</summary>
/// <param name="RataRataCapaian">The mean of every indicator's unrounded capaian in this part.</param>
public sealed record RekapPerangkatDaerah(
    int PerangkatDaerahId, string Kode, string Nama, Persen RataRataCapaian, RekapPredikat? Predikat, RekapKeuangan Keuangan, Efisiensi? Efisiensi,
    string? EfisiensiLabel, IReadOnlyList<RekapTujuan> Tujuan, IReadOnlyList<RekapAnggaran> Anggaran);

/// <summary>
/// A recap: for a year and period, the figures of a unit's subtree, an OPD or the Pemda, grouped OPD →
/// Tujuan → Sasaran → Indikator with budget lines, the cross-footing findings, and the scale used.
/// </summary>
/// <param name="Cakupan">What the recap covers, in words ("Bidang Kedaruratan — BPBD Balangan").</param>
/// <param name="Sumber">Where the figures come from: the OPDs' own rounds, or the Pemda-wide round.</param>
/// <param name="DesimalCapaian">The precision every percentage is shown with.</param>
/// <param name="RataRataCapaian">The mean of every indicator's unrounded capaian in the recap.</param>
public sealed record Rekap(
    int Tahun, string Periode, string PeriodeKode, RekapTingkat Tingkat, int PemdaId, string Pemda, int? PerangkatDaerahId, int? UnitKerjaId,
    string Cakupan, bool TermasukDiajukan, bool HanyaIku, string Sumber, int DesimalCapaian, IReadOnlyList<PredikatBandDto> SkalaPredikat,
    decimal EfisienAbove, decimal TidakEfisienBelow, Persen RataRataCapaian, RekapPredikat? Predikat,
    IReadOnlyList<RekapPerangkatDaerah> PerangkatDaerah, IReadOnlyList<RekapCheck> Pemeriksaan);
