using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Audit;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Pengumpulan;
using Kinerja.Web.Features.Pengumpulan.Surat;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Features.Sop;
using Kinerja.Web.Features.Sop.Pelaksanaan;
using Kinerja.Web.Features.Sop.Kalender;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Data;

/// <summary>
/// The application's one model. It is abstract because each provider has its own context type
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>) carrying its own migration set;
/// features ask for <c>AppDbContext</c> and get the configured provider's.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, AuditTrail? audit = null)
    : IdentityUserContext<AppUser>(options)
{
    public DbSet<Pemda> Pemda => Set<Pemda>();
    public DbSet<PerangkatDaerah> PerangkatDaerah => Set<PerangkatDaerah>();
    public DbSet<UnitKerja> UnitKerja => Set<UnitKerja>();
    public DbSet<Jabatan> Jabatan => Set<Jabatan>();
    public DbSet<JabatanAssignment> JabatanAssignments => Set<JabatanAssignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Renstra> Renstra => Set<Renstra>();
    public DbSet<Tujuan> Tujuan => Set<Tujuan>();
    public DbSet<Sasaran> Sasaran => Set<Sasaran>();
    public DbSet<Indikator> Indikator => Set<Indikator>();
    public DbSet<IndikatorTarget> IndikatorTargets => Set<IndikatorTarget>();
    public DbSet<IndikatorUnit> IndikatorUnits => Set<IndikatorUnit>();
    public DbSet<ProgramKegiatan> ProgramKegiatan => Set<ProgramKegiatan>();
    public DbSet<Pagu> Pagu => Set<Pagu>();
    public DbSet<PerjanjianKinerja> PerjanjianKinerja => Set<PerjanjianKinerja>();
    public DbSet<PerjanjianKinerjaIndikator> PerjanjianKinerjaIndikator => Set<PerjanjianKinerjaIndikator>();
    public DbSet<RencanaAksi> RencanaAksi => Set<RencanaAksi>();
    public DbSet<PredikatPemda> PredikatPemda => Set<PredikatPemda>();
    public DbSet<SopDokumen> SopDokumen => Set<SopDokumen>();
    public DbSet<SopRevisi> SopRevisi => Set<SopRevisi>();

    public DbSet<PengumpulanData> PengumpulanData => Set<PengumpulanData>();
    public DbSet<FormatDataKinerja> FormatDataKinerja => Set<FormatDataKinerja>();
    public DbSet<FormatIndikator> FormatIndikator => Set<FormatIndikator>();
    public DbSet<FormatAnggaran> FormatAnggaran => Set<FormatAnggaran>();
    public DbSet<BuktiDukung> BuktiDukung => Set<BuktiDukung>();
    public DbSet<FormatRiwayat> FormatRiwayat => Set<FormatRiwayat>();

    public DbSet<SuratPengumpulan> SuratPengumpulan => Set<SuratPengumpulan>();
    public DbSet<SuratRiwayat> SuratRiwayat => Set<SuratRiwayat>();
    public DbSet<SuratPenerima> SuratPenerima => Set<SuratPenerima>();
    public DbSet<SuratNomorUrut> SuratNomorUrut => Set<SuratNomorUrut>();
    public DbSet<SuratTemplate> SuratTemplate => Set<SuratTemplate>();
    public DbSet<SopInstance> SopInstance => Set<SopInstance>();
    public DbSet<SopInstanceStep> SopInstanceStep => Set<SopInstanceStep>();
    public DbSet<SopStepPetugas> SopStepPetugas => Set<SopStepPetugas>();
    public DbSet<SopStepKelengkapan> SopStepKelengkapan => Set<SopStepKelengkapan>();
    public DbSet<Disposisi> Disposisi => Set<Disposisi>();

    public DbSet<KalenderPemda> KalenderPemda => Set<KalenderPemda>();
    public DbSet<JamKerjaPemda> JamKerjaPemda => Set<JamKerjaPemda>();
    public DbSet<HariLiburPemda> HariLiburPemda => Set<HariLiburPemda>();

    /// <summary>
    /// Why the changes of the next save are made (e.g. a value corrected after submission, an entry on
    /// a unit's behalf); written into each of their audit rows. Set by the use case, cleared after the save.
    /// </summary>
    public string? ChangeReason { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var entity in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType)))
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Every save bumps the version of what it updates and writes the audit trail in the same
    /// transaction, so no feature has to remember either.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
            if (entry.State == EntityState.Modified) entry.Entity.Version++;

        if (audit is null) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        var pending = audit.Capture(ChangeTracker);
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            AuditEntries.AddRange(audit.Complete(pending, ChangeReason));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (own is not null) await own.CommitAsync(ct);
            return count;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}
