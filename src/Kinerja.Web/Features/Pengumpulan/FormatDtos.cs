using Kinerja.Domain.Pengumpulan;

namespace Kinerja.Web.Features.Pengumpulan;

/// <summary>A form as its round lists it: where it stands and how full it is.</summary>
public record FormatSummaryDto(int Id, int? UnitKerjaId, string Unit, FormatStatus Status, string StatusLabel,
    int JumlahIndikator, int TerisiIndikator, int JumlahAnggaran, bool DiisiPerencanaan, DateTime? DiajukanUtc, int Version);

/// <summary>A form as its reader sees it: rows with capaian, the checks, what the reader may do, the chain's history.</summary>
public record FormatDto(
    int Id, int PengumpulanDataId, string Periode, int Tahun, int Triwulan, string PerangkatDaerah, int? UnitKerjaId, string Unit,
    FormatStatus Status, string StatusLabel, string? Catatan, bool DiisiPerencanaan, string? DiajukanOleh, DateTime? DiajukanUtc,
    DateTime BatasWaktuUtc, bool LewatBatasWaktu, int Version,
    List<FormatIndikatorDto> Indikator, List<FormatAnggaranDto> Anggaran, List<CheckIssue> Pemeriksaan,
    FormatPermissionsDto Hak, List<FormatRiwayatDto> Riwayat);

/// <summary>What the reader may do with the form now, so clients show only the buttons that work.</summary>
public record FormatPermissionsDto(bool Isi, bool AtasNamaUnit, List<FormatAction> Aksi);

/// <param name="Baris">The row's key (indikator:ID), as the checks and the row notes of a return name it.</param>
public record FormatIndikatorDto(
    int Id, RowKey Baris, int IndikatorId, string Kode, string Nama, string Satuan, int Decimals, string Polarity, string RollUp,
    bool AllowsAbove100, bool BuktiWajib, decimal? TargetTahunan, decimal? Target, decimal? TargetAtas, decimal? Realisasi,
    decimal?[] RealisasiTriwulan, string CapaianTriwulan, string CapaianSampaiDengan, string? Predikat, string? PredikatWarna,
    string? FaktorPendukung, string? FaktorPenghambat, string? TindakLanjut, string? Penjelasan, string? CatatanValidasi,
    List<BuktiDto> Bukti, int Version);

public record FormatAnggaranDto(int Id, RowKey Baris, int ProgramKegiatanId, string Kode, string Nama, long Pagu, long? Realisasi,
    long RealisasiSebelumnya, string Serapan, string? CatatanValidasi, int Version);

public record BuktiDto(int Id, string NamaFile, string JenisKonten, long Ukuran, string Sha256, string DiunggahOleh, DateTime DiunggahUtc);

public record FormatRiwayatDto(FormatAction Aksi, string AksiLabel, FormatStatus DariStatus, FormatStatus KeStatus, string UserName, DateTime AtUtc,
    string? Catatan);
