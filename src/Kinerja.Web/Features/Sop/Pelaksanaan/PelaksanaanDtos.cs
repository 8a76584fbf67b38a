using Kinerja.Domain.Sop;
using Kinerja.Web.Infrastructure;

namespace Kinerja.Web.Features.Sop.Pelaksanaan;

public record SopInstanceSummaryDto(int Id, int PerangkatDaerahId, string PerangkatDaerah, int SopDokumenId, int Revisi, string NamaSop,
    int PengumpulanDataId, int Tahun, int Triwulan, SopInstanceStatus Status, DateTime MulaiUtc, DateTime? SelesaiUtc, int LangkahTerlambat);

public record PetugasDto(string PelaksanaId, string Pelaksana, string Jabatan, string UserName, string Nama, bool IsPlt);

public record KelengkapanDto(int Id, string Nama, bool Ada, string? DokumenNama, string? Tautan, string? DicentangOleh, DateTime? DicentangUtc, int Version);

/// <summary>One step of a run with its timing: amounts are in the step's own measure (office minutes, calendar minutes, working days).</summary>
public record LangkahDto(int Id, int StepNo, int Putaran, string Kegiatan, string WaktuBaku, bool IsDecision, DateTime MulaiUtc, DateTime JatuhTempoUtc,
    DateTime? SelesaiUtc, string? SelesaiOleh, Keputusan? Keputusan, string? OutputNama, string? OutputTautan, string? Catatan,
    TimingMeasure Ukuran, int Standar, int Aktual, int Keterlambatan, string AktualTeks, string KeterlambatanTeks, bool Terlambat, bool LewatTenggat,
    List<PetugasDto> Petugas, List<KelengkapanDto> Kelengkapan, int Version)
{
    public static LangkahDto From(SopInstanceStep s, SopDefinition def, KalenderKerja kalender, Clock clock)
    {
        var t = SopRunner.Timing(s, kalender, clock);
        return new(s.Id, s.StepNo, s.Putaran, s.Kegiatan, s.Waktu.ToString(), def.Steps.Any(x => x.No == s.StepNo && x.IsDecision),
            s.MulaiUtc, s.JatuhTempoUtc, s.SelesaiUtc, s.SelesaiOleh, s.Keputusan, s.OutputNama, s.OutputTautan, s.Catatan,
            t.Measure, t.StandardAmount, t.ActualAmount, t.DelayAmount, StepTiming.Format(t.Measure, t.ActualAmount), StepTiming.Format(t.Measure, t.DelayAmount),
            t.IsLate, t.IsOverdue,
            s.Petugas.OrderBy(p => p.Id).Select(p => new PetugasDto(p.PelaksanaId, p.PelaksanaJudul, p.JabatanNama, p.UserName, p.NamaLengkap, p.IsPlt)).ToList(),
            s.Kelengkapan.OrderBy(k => k.Id).Select(k => new KelengkapanDto(k.Id, k.Nama, k.Ada, k.DokumenNama, k.Tautan, k.DicentangOleh, k.DicentangUtc, k.Version)).ToList(),
            s.Version);
    }
}

public record LampiranDto(string Nama, string? Tautan);

public record DisposisiDto(int Id, int LangkahId, string DariNama, string DariJabatan, string KepadaUserId, string KepadaNama, string KepadaJabatan,
    string Instruksi, List<LampiranDto> Lampiran, DateTime TanggalUtc, JenisParaf? JenisParaf, string? ParafOleh, DateTime? ParafUtc, int Version)
{
    public static DisposisiDto From(Disposisi d) => new(d.Id, d.SopInstanceStepId, d.DariNama, d.DariJabatan, d.KepadaUserId, d.KepadaNama, d.KepadaJabatan,
        d.Instruksi, d.LampiranList.Select(l => new LampiranDto(l.Nama, l.Tautan)).ToList(), d.TanggalUtc, d.JenisParaf, d.ParafOleh, d.ParafUtc, d.Version);
}

public record SopInstanceDto(SopInstanceSummaryDto Ringkasan, List<LangkahDto> Langkah, List<DisposisiDto> Disposisi, List<string> Peringatan, int Version);

/// <summary>One SOP step on the timeline: its runs, or none when the flow has not reached it (or took the other branch).</summary>
public record TimelineRowDto(int StepNo, string Kegiatan, string WaktuBaku, List<LangkahDto> Runs);

public record TimelineDto(int InstanceId, string NamaSop, DateTime MulaiUtc, DateTime? SelesaiUtc, List<TimelineRowDto> Baris);

public record StepComplianceDto(int StepNo, string Kegiatan, string WaktuBaku, TimingMeasure Ukuran, int Jumlah, int TepatWaktu, decimal PersenTepatWaktu,
    decimal RataRataKeterlambatan, string RataRataKeterlambatanTeks, int KeterlambatanTerbesar, string KeterlambatanTerbesarTeks, decimal RataRataAktual);

public record MeasureTotalDto(TimingMeasure Ukuran, int Aktual, int Standar, string AktualTeks, string StandarTeks);

public record ComplianceDto(int SopDokumenId, string NamaSop, DateOnly Dari, DateOnly Sampai, int JumlahPelaksanaan, int JumlahLangkah, int TepatWaktu,
    decimal PersenTepatWaktu, List<StepComplianceDto> Langkah, List<StepComplianceDto> Terlambat, List<MeasureTotalDto> Total);
