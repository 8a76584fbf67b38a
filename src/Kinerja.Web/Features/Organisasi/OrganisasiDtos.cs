using Kinerja.Domain.Organisasi;

namespace Kinerja.Web.Features.Organisasi;

public record PemdaDto(int Id, string Kode, string Nama, bool IsDemo);

public record PerangkatDaerahDto(int Id, int PemdaId, string Kode, string Nama, bool ReadsAcrossPemda, int Version);

public record UnitDto(int Id, int PerangkatDaerahId, string PerangkatDaerah, int? ParentId, string Kode, string Nama,
    UnitKind Jenis, int Depth, int Version);

public record JabatanDto(int Id, int PemdaId, int? PerangkatDaerahId, int? UnitKerjaId, string? UnitKerja, string Kode,
    string Nama, SopRole Role, string RoleLabel, int Version);

public record AssignmentDto(int Id, int JabatanId, string Jabatan, SopRole Role, bool IsPlt, DateOnly StartDate, DateOnly? EndDate);

public record UserDto(string Id, string UserName, string FullName, string? Nip, string? Email, int PemdaId,
    int? PerangkatDaerahId, bool LockedOut, IReadOnlyList<AssignmentDto> Assignments);

public static class OrganisasiProjections
{
    public static PerangkatDaerahDto ToDto(this PerangkatDaerah o) => new(o.Id, o.PemdaId, o.Kode, o.Nama, o.ReadsAcrossPemda, o.Version);

    public static IQueryable<UnitDto> SelectDto(this IQueryable<UnitKerja> q) =>
        q.Select(u => new UnitDto(u.Id, u.PerangkatDaerahId, u.PerangkatDaerah.Nama, u.ParentId, u.Kode, u.Nama, u.Jenis,
            u.Path.Length - u.Path.Replace("/", "").Length - 2, u.Version));

    public static IQueryable<JabatanDto> SelectDto(this IQueryable<Jabatan> q) =>
        q.Select(j => new JabatanDto(j.Id, j.PemdaId, j.PerangkatDaerahId, j.UnitKerjaId, j.UnitKerja!.Nama, j.Kode, j.Nama,
            j.Role, "", j.Version));
}
