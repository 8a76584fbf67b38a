using Kinerja.Domain.Organisasi;
using Kinerja.Web.Features.Akun;

namespace Kinerja.Web.Features.Organisasi;

/// <summary>A user holding a jabatan, definitively or as Plt, for a period.</summary>
public class JabatanAssignment
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public int JabatanId { get; set; }
    public Jabatan Jabatan { get; set; } = null!;
    public bool IsPlt { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    public AssignmentPeriod Period => new(StartDate, EndDate, IsPlt);
}
