using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;

namespace Kinerja.Web.Features.Perencanaan.Pk;

public record PkSummaryDto(
    int Id, int PerangkatDaerahId, int Tahun, int JabatanId, string Jabatan, int? AtasanJabatanId, string? AtasanJabatan,
    PerjanjianKinerjaStatus Status, int Revisi, int? PreviousId, DateTime? SignedAtUtc, string? SignedByUserName, int IndikatorCount, int Version);

public record PkDto(
    int Id, int PerangkatDaerahId, string PerangkatDaerah, int Tahun, PerjanjianKinerjaStatus Status, int Revisi, int? PreviousId,
    DateTime? SignedAtUtc, string? SignedByUserName, PartyDto PihakPertama, PartyDto PihakKedua, List<PkRowDto> Indikator,
    List<PkVersionDto> Versions, bool CanEdit, bool CanSign, int Version);

public record PkVersionDto(int Id, int Revisi, PerjanjianKinerjaStatus Status, DateTime? SignedAtUtc);

/// <summary>A PK row: the indicator with its sasaran, the annual target, the upper row it supports, its Rencana Aksi.</summary>
public record PkRowDto(
    int Id, int IndikatorId, string Kode, string Nama, string Satuan, int Decimals, RollUp RollUp, string Sasaran,
    decimal Target, string TargetText, PkSupportDto? Supports, RencanaAksiDto RencanaAksi);

public record PkSupportDto(int RowId, int PerjanjianKinerjaId, string Indikator, string Jabatan);

public record RencanaAksiDto(
    decimal? TargetTw1, decimal? TargetTw2, decimal? TargetTw3, decimal? TargetTw4, string? Aksi, long? Anggaran,
    string? PenanggungJawab, bool MismatchConfirmed, string? Warning, int Version);
