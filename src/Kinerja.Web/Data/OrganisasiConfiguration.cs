using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Audit;
using Kinerja.Web.Features.Organisasi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Web.Data;

public class PemdaConfiguration : IEntityTypeConfiguration<Pemda>
{
    public void Configure(EntityTypeBuilder<Pemda> b)
    {
        b.Property(x => x.Kode).HasMaxLength(32);
        b.Property(x => x.Nama).HasMaxLength(200);
        b.HasIndex(x => x.Kode).IsUnique();
        b.Property(x => x.EfisienAbove).HasPrecision(9, 4);
        b.Property(x => x.TidakEfisienBelow).HasPrecision(9, 4);
    }
}

public class PerangkatDaerahConfiguration : IEntityTypeConfiguration<PerangkatDaerah>
{
    public void Configure(EntityTypeBuilder<PerangkatDaerah> b)
    {
        b.Property(x => x.Kode).HasMaxLength(32);
        b.Property(x => x.Nama).HasMaxLength(300);
        b.HasIndex(x => new { x.PemdaId, x.Kode }).IsUnique();
        b.HasOne(x => x.Pemda).WithMany(x => x.PerangkatDaerah).OnDelete(DeleteBehavior.Restrict);
    }
}

public class UnitKerjaConfiguration : IEntityTypeConfiguration<UnitKerja>
{
    public void Configure(EntityTypeBuilder<UnitKerja> b)
    {
        b.Property(x => x.Kode).HasMaxLength(32);
        b.Property(x => x.Nama).HasMaxLength(300);
        b.Property(x => x.Path).HasMaxLength(400);
        b.HasIndex(x => new { x.PerangkatDaerahId, x.Kode }).IsUnique();
        b.HasIndex(x => x.Path);
        b.HasOne(x => x.PerangkatDaerah).WithMany(x => x.Units).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Depth);
    }
}

public class JabatanConfiguration : IEntityTypeConfiguration<Jabatan>
{
    public void Configure(EntityTypeBuilder<Jabatan> b)
    {
        b.Property(x => x.Kode).HasMaxLength(32);
        b.Property(x => x.Nama).HasMaxLength(300);
        b.HasIndex(x => new { x.PemdaId, x.Kode }).IsUnique();
        b.HasOne(x => x.Pemda).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.UnitKerja).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class JabatanAssignmentConfiguration : IEntityTypeConfiguration<JabatanAssignment>
{
    public void Configure(EntityTypeBuilder<JabatanAssignment> b)
    {
        b.HasOne(x => x.User).WithMany(x => x.Assignments).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Jabatan).WithMany(x => x.Assignments).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.Period);
    }
}

public class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.Nip).HasMaxLength(18);
        b.Property(x => x.PreferredLanguage).HasMaxLength(8);
        b.HasOne(x => x.Pemda).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Entity).HasMaxLength(100);
        b.Property(x => x.EntityKey).HasMaxLength(100);
        b.Property(x => x.Action).HasMaxLength(16);
        b.Property(x => x.Alasan).HasMaxLength(1000);
        b.HasIndex(x => new { x.Entity, x.EntityKey });
        b.HasIndex(x => x.AtUtc);
    }
}
