using Kinerja.Domain.Organisasi;
using Kinerja.Web.Features.Akun;
using Kinerja.Web.Features.Organisasi;
using Kinerja.Web.Features.Perencanaan;
using Kinerja.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kinerja.Web.Data.Demo;

/// <summary>
/// Seeds the demo regencies, labelled as demo, once: on an empty database only. Every account is
/// named role.agency (kasubag.bpbd) and gets Kinerja:DemoPassword.
/// </summary>
public class DemoSeed(AppDbContext db, IPasswordHasher<AppUser> hasher, IOptions<KinerjaOptions> options, Clock clock)
{
    public static readonly (string Prefix, SopRole Role)[] Accounts =
    [
        ("kepala", SopRole.Kepala), ("sekretaris", SopRole.Sekretaris), ("kabid", SopRole.KepalaBidang),
        ("kasubag", SopRole.KasubagPerencanaan), ("kasi", SopRole.KepalaSeksi), ("pelaksana", SopRole.Pelaksana),
        ("adminopd", SopRole.AdminOpd),
    ];

    private string _hash = "";

    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Pemda.AnyAsync(ct)) return false;
        // Hashing is deliberately slow; every demo account shares one password, so hash it once.
        _hash = hasher.HashPassword(null!, options.Value.DemoPassword);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var balangan = await SeedPemdaAsync(DemoAgencies.Balangan, "admin", ct);
        await SeedPemdaAsync(DemoAgencies.Banggai, "admin.banggai", ct);
        await tx.CommitAsync(ct);
        return balangan is not null;
    }

    private async Task<Pemda> SeedPemdaAsync(DemoPemda demo, string adminName, CancellationToken ct)
    {
        var pemda = new Pemda { Kode = demo.Kode, Nama = demo.Nama, IsDemo = true };
        db.Pemda.Add(pemda);
        await db.SaveChangesAsync(ct);
        db.PredikatPemda.AddRange(PemdaScales.Rows(pemda.Id, Kinerja.Domain.Capaian.PredikatScale.Default));
        Kinerja.Web.Features.Sop.Kalender.KalenderAccess.Default(pemda.Id, db);

        var adminJabatan = Jabatan(pemda, null, null, $"ADM-{demo.Kode}", $"Admin Pemda {demo.Nama.Replace("Pemerintah ", "")}", SopRole.AdminPemda);
        Account(adminName, $"Administrator {demo.Nama.Replace("Pemerintah ", "")}", pemda, null, adminJabatan);

        foreach (var agency in demo.Agencies)
        {
            var opd = new PerangkatDaerah { Pemda = pemda, Kode = agency.Kode, Nama = agency.Nama, ReadsAcrossPemda = agency.ReadsAcrossPemda };
            db.PerangkatDaerah.Add(opd);
            var units = new Dictionary<string, UnitKerja>();
            var preorder = new List<UnitKerja>();
            foreach (var u in agency.Units) AddUnit(opd, null, u, units, preorder);
            await db.SaveChangesAsync(ct);
            // Parents come before their children in preorder, so each parent's path is ready.
            foreach (var u in preorder) u.Path = u.Parent is null ? UnitPath.Root(u.Id) : UnitPath.Child(u.Parent.Path, u.Id);

            var s = agency.Slug.ToUpperInvariant();
            var bidang = units[agency.Bidang];
            var seksi = units[agency.Seksi];
            Jabatan? kepala = null;
            foreach (var (prefix, role) in Accounts)
            {
                var (unit, title) = role switch
                {
                    SopRole.Kepala => ((UnitKerja?)null, agency.Kepala),
                    SopRole.Sekretaris => (units["SEKRE"], $"Sekretaris {agency.Kode}"),
                    SopRole.KepalaBidang => (bidang, $"Kepala {bidang.Nama}"),
                    SopRole.KasubagPerencanaan => (units[agency.PlanningUnit], agency.PlanningTitle),
                    SopRole.KepalaSeksi => (seksi, $"Kepala {seksi.Nama}"),
                    SopRole.Pelaksana => (seksi, $"Pelaksana {seksi.Nama}"),
                    _ => (null, $"Admin {agency.Kode}"),
                };
                var jabatan = Jabatan(pemda, opd, unit, $"{s}-{prefix.ToUpperInvariant()}", title, role);
                if (role == SopRole.Kepala) kepala = jabatan;
                Account($"{prefix}.{agency.Slug}", DemoNames.For(prefix, agency.Slug), pemda, opd, jabatan);
            }
            if (DemoPlans.ByAgency.TryGetValue(agency.Slug, out var plan))
            {
                var renstra = AddRenstra(opd, agency, plan, units);
                foreach (var p in DemoProgrammes.ByAgency[agency.Slug])
                    AddProgramme(opd, null, p, renstra.Tujuan[0].Sasaran[0], units[agency.PlanningUnit], bidang);
                db.PerjanjianKinerja.Add(DemoPk.Signed(opd, kepala!, renstra, clock.UtcNow));
            }
            if (DemoSops.ByAgency.TryGetValue(agency.Slug, out var sop)) db.SopDokumen.Add(DemoSops.Dokumen(opd, sop, clock.UtcNow));
            await db.SaveChangesAsync(ct);
        }
        return pemda;
    }

    /// <summary>Sub-kegiatan of the supporting programme are reported by the planning unit, the others by the Bidang.</summary>
    private void AddProgramme(PerangkatDaerah opd, ProgramKegiatan? parent, DemoProgram demo, Sasaran sasaran, UnitKerja planning, UnitKerja bidang)
    {
        var level = parent is null ? Kinerja.Domain.Perencanaan.ProgramLevel.Program : parent.Level + 1;
        var node = new ProgramKegiatan
        {
            PerangkatDaerah = opd, Parent = parent, Level = level, Kode = demo.Kode, Nama = demo.Nama,
            Sasaran = level == Kinerja.Domain.Perencanaan.ProgramLevel.Program ? sasaran : null,
            UnitKerja = level == Kinerja.Domain.Perencanaan.ProgramLevel.SubKegiatan ? (demo.Kode.Contains(".01.2.") ? planning : bidang) : null,
        };
        node.Pagu.Add(new Pagu { Tahun = 2026, Jumlah = demo.Pagu2026 });
        db.ProgramKegiatan.Add(node);
        foreach (var child in demo.Children) AddProgramme(opd, node, child, sasaran, planning, bidang);
    }

    private Renstra AddRenstra(PerangkatDaerah opd, DemoAgency agency, DemoTujuan[] plan, Dictionary<string, UnitKerja> units)
    {
        var renstra = new Renstra
        {
            PerangkatDaerah = opd, TahunAwal = DemoPlans.TahunAwal, TahunAkhir = DemoPlans.TahunAkhir,
            Nama = $"Renstra {agency.Kode} {DemoPlans.TahunAwal}–{DemoPlans.TahunAkhir} (demo)",
        };
        foreach (var t in plan)
        {
            var tujuan = new Tujuan { Kode = t.Kode, Uraian = t.Uraian };
            renstra.Tujuan.Add(tujuan);
            foreach (var s in t.Sasaran)
            {
                var sasaran = new Sasaran { Kode = s.Kode, Uraian = s.Uraian };
                tujuan.Sasaran.Add(sasaran);
                foreach (var i in s.Indikator)
                {
                    var indikator = new Indikator
                    {
                        Kode = i.Kode, Nama = i.Nama, Satuan = i.Satuan, Polarity = i.Polarity, NegativeFormula = i.Formula,
                        RollUp = i.RollUp, Decimals = i.Decimals, IsIku = i.Iku, BuktiWajib = i.Iku, KondisiAwal = i.KondisiAwal, TargetAkhir = i.Targets[^1],
                        SumberData = "Laporan bidang (demo)",
                    };
                    for (var y = 0; y < i.Targets.Length; y++)
                        indikator.Targets.Add(new IndikatorTarget { Tahun = DemoPlans.TahunAwal + y, Nilai = i.Targets[y], NilaiAtas = i.Upper?[y] });
                    indikator.Units.Add(new IndikatorUnit { UnitKerja = units[i.Unit] });
                    sasaran.Indikator.Add(indikator);
                }
            }
        }
        db.Renstra.Add(renstra);
        return renstra;
    }

    private void AddUnit(PerangkatDaerah opd, UnitKerja? parent, DemoUnit demo, Dictionary<string, UnitKerja> units, List<UnitKerja> preorder)
    {
        var unit = new UnitKerja { PerangkatDaerah = opd, Parent = parent, Kode = demo.Kode, Nama = demo.Nama, Jenis = demo.Jenis };
        db.UnitKerja.Add(unit);
        units[demo.Kode] = unit;
        preorder.Add(unit);
        foreach (var child in demo.Children) AddUnit(opd, unit, child, units, preorder);
    }

    private Jabatan Jabatan(Pemda pemda, PerangkatDaerah? opd, UnitKerja? unit, string kode, string nama, SopRole role)
    {
        var j = new Jabatan { Pemda = pemda, PerangkatDaerah = opd, UnitKerja = unit, Kode = kode, Nama = nama, Role = role };
        db.Jabatan.Add(j);
        return j;
    }

    private void Account(string userName, string fullName, Pemda pemda, PerangkatDaerah? opd, Jabatan jabatan)
    {
        var user = new AppUser
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = fullName,
            Pemda = pemda, PerangkatDaerah = opd, PasswordHash = _hash, SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };
        db.Users.Add(user);
        db.JabatanAssignments.Add(new JabatanAssignment
        {
            UserId = user.Id, User = user, Jabatan = jabatan, StartDate = new DateOnly(clock.Today.Year, 1, 2),
        });
    }
}
