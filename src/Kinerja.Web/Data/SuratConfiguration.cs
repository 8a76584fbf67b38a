using Kinerja.Web.Features.Pengumpulan.Surat;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Web.Data;

public class SuratPengumpulanConfiguration : IEntityTypeConfiguration<SuratPengumpulan>
{
    public void Configure(EntityTypeBuilder<SuratPengumpulan> b)
    {
        b.Property(x => x.Perihal).HasMaxLength(500);
        b.Property(x => x.Isi).HasMaxLength(8000);
        b.Property(x => x.Catatan).HasMaxLength(2000);
        b.Property(x => x.Nomor).HasMaxLength(120);
        b.Property(x => x.DitandatanganiOleh).HasMaxLength(256);
        b.Property(x => x.DibuatOleh).HasMaxLength(256);
        // A number is never given twice: the sequence row hands them out, this index is the last guard.
        b.HasIndex(x => new { x.PerangkatDaerahId, x.NomorTahun, x.Jenis, x.NomorUrut }).IsUnique().HasDatabaseName("IX_SuratPengumpulan_Nomor");
        // A round has one SK and one Surat Pemberitahuan.
        b.HasIndex(x => new { x.PengumpulanDataId, x.Jenis }).IsUnique();
        b.HasIndex(x => x.Status);
        b.HasOne(x => x.PengumpulanData).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Riwayat).WithOne().HasForeignKey(r => r.SuratPengumpulanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Penerima).WithOne().HasForeignKey(r => r.SuratPengumpulanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SuratRiwayatConfiguration : IEntityTypeConfiguration<SuratRiwayat>
{
    public void Configure(EntityTypeBuilder<SuratRiwayat> b)
    {
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.NamaLengkap).HasMaxLength(256);
        b.Property(x => x.Catatan).HasMaxLength(2000);
    }
}

public class SuratPenerimaConfiguration : IEntityTypeConfiguration<SuratPenerima>
{
    public void Configure(EntityTypeBuilder<SuratPenerima> b)
    {
        b.Property(x => x.DibacaOleh).HasMaxLength(256);
        b.HasIndex(x => new { x.SuratPengumpulanId, x.UnitKerjaId }).IsUnique();
        // The inbox looks letters up by the reader's unit.
        b.HasIndex(x => x.UnitKerjaId);
        b.HasOne(x => x.UnitKerja).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class SuratNomorUrutConfiguration : IEntityTypeConfiguration<SuratNomorUrut>
{
    public void Configure(EntityTypeBuilder<SuratNomorUrut> b)
    {
        b.HasIndex(x => new { x.PerangkatDaerahId, x.Tahun, x.Jenis }).IsUnique();
        b.HasOne<Features.Organisasi.PerangkatDaerah>().WithMany().HasForeignKey(x => x.PerangkatDaerahId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class SuratTemplateConfiguration : IEntityTypeConfiguration<SuratTemplate>
{
    public void Configure(EntityTypeBuilder<SuratTemplate> b)
    {
        b.Property(x => x.NamaFile).HasMaxLength(255);
        b.Property(x => x.FormatNomor).HasMaxLength(100);
        b.Property(x => x.DiunggahOleh).HasMaxLength(256);
        b.HasIndex(x => new { x.PerangkatDaerahId, x.Jenis }).IsUnique();
        b.HasOne<Features.Organisasi.PerangkatDaerah>().WithMany().HasForeignKey(x => x.PerangkatDaerahId).OnDelete(DeleteBehavior.Restrict);
    }
}
