using Kinerja.Web.Features.Sop;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Web.Data;

public class SopDokumenConfiguration : IEntityTypeConfiguration<SopDokumen>
{
    public void Configure(EntityTypeBuilder<SopDokumen> b)
    {
        b.Property(x => x.Nama).HasMaxLength(500);
        b.HasIndex(x => x.PerangkatDaerahId);
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Revisi).WithOne().HasForeignKey(r => r.SopDokumenId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SopRevisiConfiguration : IEntityTypeConfiguration<SopRevisi>
{
    public void Configure(EntityTypeBuilder<SopRevisi> b)
    {
        // Yaml is unbounded text: a definition with a long lembar kerja runs to tens of kilobytes.
        b.Property(x => x.CreatedByUserName).HasMaxLength(256);
        b.Property(x => x.Nomor).HasMaxLength(300);
        b.Property(x => x.TanggalEfektif).HasMaxLength(100);
        b.HasIndex(x => new { x.SopDokumenId, x.Revisi }).IsUnique();
    }
}
