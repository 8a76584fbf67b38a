using Kinerja.Web.Features.Perencanaan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Web.Data;

// Targets and realisasi are exact decimals (never float): 18 digits with 6 after the point covers
// indices, percentages and counts alike; money is whole rupiah in a 64-bit integer.

public class RenstraConfiguration : IEntityTypeConfiguration<Renstra>
{
    public void Configure(EntityTypeBuilder<Renstra> b)
    {
        b.Property(x => x.Nama).HasMaxLength(300);
        b.HasIndex(x => new { x.PerangkatDaerahId, x.TahunAwal }).IsUnique();
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class TujuanConfiguration : IEntityTypeConfiguration<Tujuan>
{
    public void Configure(EntityTypeBuilder<Tujuan> b)
    {
        b.Property(x => x.Kode).HasMaxLength(32);
        b.Property(x => x.Uraian).HasMaxLength(1000);
        b.HasIndex(x => new { x.RenstraId, x.Kode }).IsUnique();
        b.HasOne(x => x.Renstra).WithMany(x => x.Tujuan).OnDelete(DeleteBehavior.Restrict);
    }
}

public class SasaranConfiguration : IEntityTypeConfiguration<Sasaran>
{
    public void Configure(EntityTypeBuilder<Sasaran> b)
    {
        b.Property(x => x.Kode).HasMaxLength(32);
        b.Property(x => x.Uraian).HasMaxLength(1000);
        b.HasIndex(x => new { x.TujuanId, x.Kode }).IsUnique();
        b.HasOne(x => x.Tujuan).WithMany(x => x.Sasaran).OnDelete(DeleteBehavior.Restrict);
    }
}

public class IndikatorConfiguration : IEntityTypeConfiguration<Indikator>
{
    public void Configure(EntityTypeBuilder<Indikator> b)
    {
        b.Property(x => x.Kode).HasMaxLength(32);
        b.Property(x => x.Nama).HasMaxLength(500);
        b.Property(x => x.DefinisiOperasional).HasMaxLength(2000);
        b.Property(x => x.Formula).HasMaxLength(1000);
        b.Property(x => x.Satuan).HasMaxLength(50);
        b.Property(x => x.SumberData).HasMaxLength(300);
        b.Property(x => x.KondisiAwal).HasPrecision(18, 6);
        b.Property(x => x.TargetAkhir).HasPrecision(18, 6);
        b.Property(x => x.CapaianCap).HasPrecision(18, 6);
        b.HasOne(x => x.Sasaran).WithMany(x => x.Indikator).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ProgramKegiatan).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Targets).WithOne().HasForeignKey(t => t.IndikatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Units).WithOne().HasForeignKey(u => u.IndikatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class IndikatorTargetConfiguration : IEntityTypeConfiguration<IndikatorTarget>
{
    public void Configure(EntityTypeBuilder<IndikatorTarget> b)
    {
        b.Property(x => x.Nilai).HasPrecision(18, 6);
        b.Property(x => x.NilaiAtas).HasPrecision(18, 6);
        b.HasIndex(x => new { x.IndikatorId, x.Tahun }).IsUnique();
    }
}

public class IndikatorUnitConfiguration : IEntityTypeConfiguration<IndikatorUnit>
{
    public void Configure(EntityTypeBuilder<IndikatorUnit> b)
    {
        b.HasKey(x => new { x.IndikatorId, x.UnitKerjaId });
        b.HasOne(x => x.UnitKerja).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class ProgramKegiatanConfiguration : IEntityTypeConfiguration<ProgramKegiatan>
{
    public void Configure(EntityTypeBuilder<ProgramKegiatan> b)
    {
        b.Property(x => x.Kode).HasMaxLength(32);
        b.Property(x => x.Nama).HasMaxLength(500);
        b.HasIndex(x => new { x.PerangkatDaerahId, x.Kode }).IsUnique();
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Sasaran).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.UnitKerja).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Pagu).WithOne().HasForeignKey(p => p.ProgramKegiatanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class PaguConfiguration : IEntityTypeConfiguration<Pagu>
{
    public void Configure(EntityTypeBuilder<Pagu> b) => b.HasIndex(x => new { x.ProgramKegiatanId, x.Tahun }).IsUnique();
}

public class PerjanjianKinerjaConfiguration : IEntityTypeConfiguration<PerjanjianKinerja>
{
    public void Configure(EntityTypeBuilder<PerjanjianKinerja> b)
    {
        b.Property(x => x.SignedByUserName).HasMaxLength(256);
        b.HasIndex(x => new { x.JabatanId, x.Tahun, x.Revisi }).IsUnique();
        b.HasOne(x => x.PerangkatDaerah).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Jabatan).WithMany().HasForeignKey(x => x.JabatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AtasanJabatan).WithMany().HasForeignKey(x => x.AtasanJabatanId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PerjanjianKinerja>().WithMany().HasForeignKey(x => x.PreviousId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PerjanjianKinerjaIndikatorConfiguration : IEntityTypeConfiguration<PerjanjianKinerjaIndikator>
{
    public void Configure(EntityTypeBuilder<PerjanjianKinerjaIndikator> b)
    {
        b.Property(x => x.Target).HasPrecision(18, 6);
        b.HasIndex(x => new { x.PerjanjianKinerjaId, x.IndikatorId }).IsUnique();
        b.HasOne(x => x.PerjanjianKinerja).WithMany(x => x.Indikator).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Indikator).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Supports).WithMany().HasForeignKey(x => x.SupportsId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.RencanaAksi).WithOne().HasForeignKey<RencanaAksi>(r => r.PerjanjianKinerjaIndikatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class RencanaAksiConfiguration : IEntityTypeConfiguration<RencanaAksi>
{
    public void Configure(EntityTypeBuilder<RencanaAksi> b)
    {
        b.Property(x => x.TargetTw1).HasPrecision(18, 6);
        b.Property(x => x.TargetTw2).HasPrecision(18, 6);
        b.Property(x => x.TargetTw3).HasPrecision(18, 6);
        b.Property(x => x.TargetTw4).HasPrecision(18, 6);
        b.Property(x => x.Aksi).HasMaxLength(4000);
        b.Property(x => x.PenanggungJawab).HasMaxLength(300);
        b.Ignore(x => x.Quarters);
    }
}

public class PredikatPemdaConfiguration : IEntityTypeConfiguration<PredikatPemda>
{
    public void Configure(EntityTypeBuilder<PredikatPemda> b)
    {
        b.Property(x => x.Lower).HasPrecision(18, 6);
        b.Property(x => x.Upper).HasPrecision(18, 6);
        b.Property(x => x.Label).HasMaxLength(60);
        b.Property(x => x.Colour).HasMaxLength(7);
        b.HasIndex(x => new { x.PemdaId, x.Urutan }).IsUnique();
        b.HasOne<Features.Organisasi.Pemda>().WithMany().HasForeignKey(x => x.PemdaId).OnDelete(DeleteBehavior.Cascade);
    }
}
