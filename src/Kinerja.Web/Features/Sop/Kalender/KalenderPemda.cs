using Kinerja.Domain.Sop;
using Kinerja.Web.Data;

namespace Kinerja.Web.Features.Sop.Kalender;

/// <summary>
/// A Pemda's working-day calendar header: its office hours per weekday. Its <see cref="Version"/> guards
/// the office hours, edited as one week; holidays carry their own version.
/// </summary>
public class KalenderPemda : IVersioned
{
    public int Id { get; set; }
    public int PemdaId { get; set; }
    public int Version { get; set; }

    public List<JamKerjaPemda> JamKerja { get; set; } = [];
}

/// <summary>One weekday's office hours; a weekday without a row is a day off (weekends).</summary>
public class JamKerjaPemda
{
    public int Id { get; set; }
    public int KalenderPemdaId { get; set; }
    public DayOfWeek Hari { get; set; }
    public TimeOnly Mulai { get; set; }
    public TimeOnly Selesai { get; set; }
}

/// <summary>A day the Pemda's offices are closed: libur nasional, cuti bersama or libur daerah.</summary>
public class HariLiburPemda : IVersioned
{
    public int Id { get; set; }
    public int PemdaId { get; set; }
    public DateOnly Tanggal { get; set; }
    public required string Nama { get; set; }
    public JenisLibur Jenis { get; set; }
    public int Version { get; set; }
}
