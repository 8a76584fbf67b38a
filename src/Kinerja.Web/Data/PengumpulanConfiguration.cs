using Kinerja.Web.Features.Pengumpulan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Web.Data;

public class PengumpulanDataConfiguration : IEntityTypeConfiguration<PengumpulanData>
{
    public void Configure(EntityTypeBuilder<PengumpulanData> b)
    {
        b.Property(x => x.DibukaOleh).HasMaxLength(256);
        // One round per OPD and quarter; the Pemda-wide round (no OPD) is kept unique by the use case.
        b.HasIndex(x => new { x.PemdaId, x.PerangkatDaerahId, x.Tahun, x.Triwulan }).IsUnique();
        b.HasOne(x => x.Pemda).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.FormatDataKinerja).WithOne(f => f.PengumpulanData).OnDelete(DeleteBehavior.Cascade);
    }
}

public class FormatDataKinerjaConfiguration : IEntityTypeConfiguration<FormatDataKinerja>
{
    public void Configure(EntityTypeBuilder<FormatDataKinerja> b)
    {
        b.Property(x => x.DiajukanOleh).HasMaxLength(256);
        b.Property(x => x.Catatan).HasMaxLength(2000);
        b.HasIndex(x => new { x.PengumpulanDataId, x.UnitKerjaId, x.SumberOpdId }).IsUnique();
        b.HasIndex(x => x.Status);
        b.HasOne(x => x.UnitKerja).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.SumberOpd).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Indikator).WithOne().HasForeignKey(r => r.FormatDataKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Anggaran).WithOne().HasForeignKey(r => r.FormatDataKinerjaId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Riwayat).WithOne().HasForeignKey(r => r.FormatDataKinerjaId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class FormatIndikatorConfiguration : IEntityTypeConfiguration<FormatIndikator>
{
    public void Configure(EntityTypeBuilder<FormatIndikator> b)
    {
        // The tables keep their first names (FormIndikator, FormAnggaran, FormRiwayat) until a rename migration follows.
        b.ToTable("FormIndikator");
        b.Property(x => x.Target).HasPrecision(18, 6);
        b.Property(x => x.TargetAtas).HasPrecision(18, 6);
        b.Property(x => x.Realisasi).HasPrecision(18, 6);
        b.Property(x => x.FaktorPendukung).HasMaxLength(4000);
        b.Property(x => x.FaktorPenghambat).HasMaxLength(4000);
        b.Property(x => x.TindakLanjut).HasMaxLength(4000);
        b.Property(x => x.Penjelasan).HasMaxLength(4000);
        b.Property(x => x.CatatanValidasi).HasMaxLength(2000);
        b.HasIndex(x => new { x.FormatDataKinerjaId, x.IndikatorId }).IsUnique();
        // Earlier quarters' realisasi of an indicator are read for s.d. capaian and the kumulatif check.
        b.HasIndex(x => x.IndikatorId);
        b.HasOne(x => x.Indikator).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Bukti).WithOne().HasForeignKey(e => e.FormatIndikatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class FormatAnggaranConfiguration : IEntityTypeConfiguration<FormatAnggaran>
{
    public void Configure(EntityTypeBuilder<FormatAnggaran> b)
    {
        b.ToTable("FormAnggaran");
        b.Property(x => x.CatatanValidasi).HasMaxLength(2000);
        b.HasIndex(x => new { x.FormatDataKinerjaId, x.ProgramKegiatanId }).IsUnique();
        b.HasIndex(x => x.ProgramKegiatanId);
        b.HasOne(x => x.ProgramKegiatan).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class BuktiDukungConfiguration : IEntityTypeConfiguration<BuktiDukung>
{
    public void Configure(EntityTypeBuilder<BuktiDukung> b)
    {
        b.Property(x => x.FormatIndikatorId).HasColumnName("FormIndikatorId");
        b.Property(x => x.NamaFile).HasMaxLength(255);
        b.Property(x => x.JenisKonten).HasMaxLength(100);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.DiunggahOleh).HasMaxLength(256);
    }
}

public class FormatRiwayatConfiguration : IEntityTypeConfiguration<FormatRiwayat>
{
    public void Configure(EntityTypeBuilder<FormatRiwayat> b)
    {
        b.ToTable("FormRiwayat");
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Catatan).HasMaxLength(2000);
    }
}
