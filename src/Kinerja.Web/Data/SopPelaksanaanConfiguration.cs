using Kinerja.Web.Features.Sop.Pelaksanaan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Web.Data;

public class SopInstanceConfiguration : IEntityTypeConfiguration<SopInstance>
{
    public void Configure(EntityTypeBuilder<SopInstance> b)
    {
        b.Property(x => x.NamaSop).HasMaxLength(500);
        b.Property(x => x.DimulaiOleh).HasMaxLength(256);
        // One run per round: opening a round starts it, and starting by hand cannot double it.
        b.HasIndex(x => x.PengumpulanDataId).IsUnique();
        b.HasIndex(x => new { x.PerangkatDaerahId, x.SopDokumenId });
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.SopDokumen).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PengumpulanData).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.SopInstanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Disposisi).WithOne().HasForeignKey(s => s.SopInstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SopInstanceStepConfiguration : IEntityTypeConfiguration<SopInstanceStep>
{
    public void Configure(EntityTypeBuilder<SopInstanceStep> b)
    {
        b.Property(x => x.Kegiatan).HasMaxLength(1000);
        b.Property(x => x.SelesaiOleh).HasMaxLength(256);
        b.Property(x => x.OutputNama).HasMaxLength(300);
        b.Property(x => x.OutputTautan).HasMaxLength(1000);
        b.Property(x => x.Catatan).HasMaxLength(2000);
        b.HasIndex(x => new { x.SopInstanceId, x.StepNo, x.Putaran }).IsUnique();
        b.HasMany(x => x.Petugas).WithOne().HasForeignKey(p => p.SopInstanceStepId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Kelengkapan).WithOne().HasForeignKey(p => p.SopInstanceStepId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SopStepPetugasConfiguration : IEntityTypeConfiguration<SopStepPetugas>
{
    public void Configure(EntityTypeBuilder<SopStepPetugas> b)
    {
        b.Property(x => x.PelaksanaId).HasMaxLength(100);
        b.Property(x => x.PelaksanaJudul).HasMaxLength(300);
        b.Property(x => x.JabatanNama).HasMaxLength(300);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.NamaLengkap).HasMaxLength(300);
        b.HasIndex(x => x.SopInstanceStepId);
        b.HasIndex(x => x.UserId);
    }
}

public class SopStepKelengkapanConfiguration : IEntityTypeConfiguration<SopStepKelengkapan>
{
    public void Configure(EntityTypeBuilder<SopStepKelengkapan> b)
    {
        b.Property(x => x.Nama).HasMaxLength(300);
        b.Property(x => x.DokumenNama).HasMaxLength(300);
        b.Property(x => x.Tautan).HasMaxLength(1000);
        b.Property(x => x.DicentangOleh).HasMaxLength(256);
        b.HasIndex(x => x.SopInstanceStepId);
    }
}

public class DisposisiConfiguration : IEntityTypeConfiguration<Disposisi>
{
    public void Configure(EntityTypeBuilder<Disposisi> b)
    {
        b.Property(x => x.DariUserId).HasMaxLength(450);
        b.Property(x => x.DariNama).HasMaxLength(300);
        b.Property(x => x.DariJabatan).HasMaxLength(300);
        b.Property(x => x.KepadaUserId).HasMaxLength(450);
        b.Property(x => x.KepadaNama).HasMaxLength(300);
        b.Property(x => x.KepadaJabatan).HasMaxLength(300);
        b.Property(x => x.Instruksi).HasMaxLength(2000);
        b.Property(x => x.Lampiran).HasMaxLength(4000);
        b.Property(x => x.ParafOleh).HasMaxLength(256);
        b.HasIndex(x => x.SopInstanceId);
        b.HasIndex(x => x.KepadaUserId);
        b.HasOne<SopInstanceStep>().WithMany().HasForeignKey(x => x.SopInstanceStepId).OnDelete(DeleteBehavior.NoAction);
    }
}
