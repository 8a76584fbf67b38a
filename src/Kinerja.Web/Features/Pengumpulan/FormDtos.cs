using Kinerja.Domain.Pengumpulan;

namespace Kinerja.Web.Features.Pengumpulan;

public record RoundSummaryDto(int Id, int? PerangkatDaerahId, string? PerangkatDaerah, int Tahun, int Triwulan, string Periode,
    DateTime DibukaUtc, DateTime BatasWaktuUtc, bool LewatBatasWaktu, bool Terkunci, int JumlahFormulir, int FormulirTerkunci);

public record RoundDto(int Id, int? PerangkatDaerahId, string? PerangkatDaerah, int Tahun, int Triwulan, string Periode,
    DateTime DibukaUtc, DateTime BatasWaktuUtc, bool ValidasiKasi, string DibukaOleh, DateTime? DikunciUtc, int Version,
    List<FormSummaryDto> Forms, List<string> Peringatan);

public record FormSummaryDto(int Id, int? UnitKerjaId, string Unit, FormStatus Status, string StatusLabel,
    int JumlahIndikator, int TerisiIndikator, int JumlahAnggaran, bool DiisiPerencanaan, DateTime? DiajukanUtc, int Version);

public record FormDto(
    int Id, int PengumpulanDataId, string Periode, int Tahun, int Triwulan, string PerangkatDaerah, int? UnitKerjaId, string Unit,
    FormStatus Status, string StatusLabel, string? Catatan, bool DiisiPerencanaan, string? DiajukanOleh, DateTime? DiajukanUtc,
    DateTime BatasWaktuUtc, bool LewatBatasWaktu, int Version,
    List<FormIndikatorDto> Indikator, List<FormAnggaranDto> Anggaran, List<CheckIssue> Pemeriksaan,
    FormPermissionsDto Hak, List<FormRiwayatDto> Riwayat);

/// <summary>What the reader may do with the form now, so clients show only the buttons that work.</summary>
public record FormPermissionsDto(bool Isi, bool AtasNamaUnit, List<FormAction> Aksi);

public record FormIndikatorDto(
    int Id, int IndikatorId, string Kode, string Nama, string Satuan, int Decimals, string Polarity, string RollUp,
    bool AllowsAbove100, bool BuktiWajib, decimal? TargetTahunan, decimal? Target, decimal? TargetAtas, decimal? Realisasi,
    decimal?[] RealisasiTriwulan, string CapaianTriwulan, string CapaianSampaiDengan, string? Predikat, string? PredikatWarna,
    string? FaktorPendukung, string? FaktorPenghambat, string? TindakLanjut, string? Penjelasan, string? CatatanValidasi,
    List<BuktiDto> Bukti, int Version);

public record FormAnggaranDto(int Id, int ProgramKegiatanId, string Kode, string Nama, long Pagu, long? Realisasi,
    long RealisasiSebelumnya, string Serapan, string? CatatanValidasi, int Version);

public record BuktiDto(int Id, string NamaFile, string JenisKonten, long Ukuran, string Sha256, string DiunggahOleh, DateTime DiunggahUtc);

public record FormRiwayatDto(FormAction Aksi, string AksiLabel, FormStatus DariStatus, FormStatus KeStatus, string UserName, DateTime AtUtc, string? Catatan);
