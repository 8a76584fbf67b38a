using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Sop.Kalender;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Web.Data;

public class KalenderPemdaConfiguration : IEntityTypeConfiguration<KalenderPemda>
{
    public void Configure(EntityTypeBuilder<KalenderPemda> b)
    {
        b.HasIndex(x => x.PemdaId).IsUnique();
        b.HasOne<Pemda>().WithMany().HasForeignKey(x => x.PemdaId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.JamKerja).WithOne().HasForeignKey(j => j.KalenderPemdaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class JamKerjaPemdaConfiguration : IEntityTypeConfiguration<JamKerjaPemda>
{
    public void Configure(EntityTypeBuilder<JamKerjaPemda> b) => b.HasIndex(x => new { x.KalenderPemdaId, x.Hari }).IsUnique();
}

public class HariLiburPemdaConfiguration : IEntityTypeConfiguration<HariLiburPemda>
{
    public void Configure(EntityTypeBuilder<HariLiburPemda> b)
    {
        b.Property(x => x.Nama).HasMaxLength(200);
        // One holiday per date: a second name for the same day is refused next to the date.
        b.HasIndex(x => new { x.PemdaId, x.Tanggal }).IsUnique();
        b.HasOne<Pemda>().WithMany().HasForeignKey(x => x.PemdaId).OnDelete(DeleteBehavior.Cascade);
    }
}
