using Kinerja.Domain.Capaian;
using Kinerja.Domain.Organisasi;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Features.Perencanaan.Pk;
using Kinerja.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <summary>
/// The letter as a DOCX: the OPD's template (or the built-in one) with the placeholders filled from the
/// round, the recipients and the signer. The built-in templates are ordinary DOCX files with the same
/// placeholders, so an OPD can download one, edit it in Word and upload it back.
/// </summary>
public static class SuratDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static async Task<byte[]> RenderAsync(SuratPengumpulan surat, AppDbContext db, Clock clock, CancellationToken ct)
    {
        var template = await SuratTemplates.CurrentAsync(surat.PerangkatDaerahId, surat.Jenis, db, ct);
        var (values, lists) = await ValuesAsync(surat, db, clock, ct);
        return DocxTemplate.Fill(template.Docx, values, lists);
    }

    public static string FileName(SuratPengumpulan s) =>
        $"{(s.Jenis == SuratJenis.SK ? "sk" : "surat-pemberitahuan")}-{s.PengumpulanData.Tahun}-tw{s.PengumpulanData.Triwulan}" +
        (s.NomorUrut is int n ? $"-{n:000}" : "-draf") + ".docx";

    public static string PeriodeText(PengumpulanData r) => $"Triwulan {Periode.Triwulan(r.Triwulan).Label[3..]} Tahun {r.Tahun}";

    public static async Task<(Dictionary<string, string>, Dictionary<string, IReadOnlyList<string>>)> ValuesAsync(
        SuratPengumpulan surat, AppDbContext db, Clock clock, CancellationToken ct)
    {
        var round = surat.PengumpulanData;
        var opd = await db.PerangkatDaerah.Where(o => o.Id == surat.PerangkatDaerahId).Select(o => new { o.Nama, Pemda = o.Pemda.Nama }).SingleAsync(ct);
        var units = surat.Penerima.OrderBy(p => p.UnitKerja.Path).Select((p, n) => $"{n + 1}. {p.UnitKerja.Nama}").ToList();
        var signer = await SignerAsync(surat, db, clock, ct);
        var blank = "………………";
        var values = new Dictionary<string, string>
        {
            ["nomor"] = surat.Nomor ?? "……/……/……/……",
            ["tanggal"] = surat.Tanggal is DateOnly d ? PkText.Date(d) : blank,
            ["perihal"] = surat.Perihal,
            ["isi"] = surat.Isi ?? "",
            ["periode"] = PeriodeText(round),
            ["batas_waktu"] = PkText.Date(DateOnly.FromDateTime(clock.ToLocal(round.BatasWaktuUtc))),
            ["nama_kepala"] = signer.Nama is null ? blank : (signer.IsPlt ? "Plt. " : "") + signer.Nama,
            ["nip_kepala"] = signer.Nip ?? blank,
            ["jabatan_kepala"] = signer.Jabatan,
            ["nama_opd"] = opd.Nama,
            ["nama_pemda"] = opd.Pemda,
            ["tempat"] = PkParties.HeadOfRegion(opd.Pemda).Split(' ', 2)[^1],
            ["tahun"] = round.Tahun.ToString(),
        };
        return (values, new Dictionary<string, IReadOnlyList<string>> { ["daftar_unit"] = units });
    }

    /// <summary>The one who signed (on the signing day), or for a draft the holder of the Kepala's jabatan today.</summary>
    private static async Task<PartyDto> SignerAsync(SuratPengumpulan surat, AppDbContext db, Clock clock, CancellationToken ct)
    {
        var kepala = await db.Jabatan.Where(j => j.PerangkatDaerahId == surat.PerangkatDaerahId && j.Role == SopRole.Kepala)
            .OrderBy(j => j.Id).Select(j => new { j.Id, j.Nama }).FirstOrDefaultAsync(ct);
        var day = surat.Tanggal ?? clock.Today;
        if (surat.DitandatanganiOleh is string who)
        {
            var user = await db.Users.Where(u => u.UserName == who).Select(u => new { u.Id, u.FullName, u.Nip }).SingleAsync(ct);
            var plt = await db.JabatanAssignments.AnyAsync(a => a.UserId == user.Id && a.Jabatan.Role == SopRole.Kepala && a.IsPlt
                                                              && a.StartDate <= day && (a.EndDate == null || a.EndDate >= day), ct);
            return new PartyDto(kepala?.Id, kepala?.Nama ?? "Kepala", user.FullName, user.Nip, plt);
        }
        return await PkParties.HolderAsync(kepala?.Id, "Kepala", day, db, ct);
    }

    /// <summary>The built-in template of a kind of letter: kop, number, subject, body, recipients, signature.</summary>
    public static byte[] DefaultTemplate(SuratJenis jenis)
    {
        var doc = new Docx().Kop("{{nama_pemda}}", "{{nama_opd}}", "Alamat kantor · Telepon · Surel");
        if (jenis == SuratJenis.SK)
        {
            doc.Paragraph("KEPUTUSAN {{jabatan_kepala}}", bold: true, center: true, spaceAfter: 0)
                .Paragraph("NOMOR {{nomor}}", bold: true, center: true, spaceAfter: 240)
                .Paragraph("TENTANG", bold: true, center: true, spaceAfter: 0)
                .Paragraph("{{perihal}}", bold: true, center: true, spaceAfter: 240)
                .Paragraph("{{isi}}")
                .Paragraph("MEMUTUSKAN:", bold: true, center: true)
                .Paragraph("KESATU: Menetapkan pengumpulan data kinerja periode {{periode}} pada {{nama_opd}}.")
                .Paragraph("KEDUA: Setiap unit kerja berikut mengisi format data kinerja beserta bukti dukung paling lambat {{batas_waktu}}:")
                .Paragraph("{{daftar_unit}}", spaceAfter: 0)
                .Paragraph("")
                .Paragraph("KETIGA: Keputusan ini mulai berlaku pada tanggal ditetapkan.");
        }
        else
        {
            doc.Labelled(("Nomor", "{{nomor}}"), ("Sifat", "Penting"), ("Lampiran", "Format data kinerja"), ("Perihal", "{{perihal}}"))
                .Paragraph("Yth. Kepala Bidang/Kepala Subbagian/Kepala Seksi")
                .Paragraph("di lingkungan {{nama_opd}}", spaceAfter: 240)
                .Paragraph("{{isi}}")
                .Paragraph("Sehubungan dengan pengumpulan data kinerja periode {{periode}}, kami mohon unit kerja berikut mengisi format data kinerja beserta bukti dukung paling lambat {{batas_waktu}}:")
                .Paragraph("{{daftar_unit}}", spaceAfter: 0)
                .Paragraph("")
                .Paragraph("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.");
        }
        string[] signature = ["{{tempat}}, {{tanggal}}", "{{jabatan_kepala}},", "", "", "", "{{nama_kepala}}", "NIP. {{nip_kepala}}"];
        return doc.Paragraph("").SideBySide([""], signature).ToBytes();
    }

    public static string DefaultIsi(SuratJenis jenis, PengumpulanData round) => jenis == SuratJenis.SK
        ? $"Bahwa dalam rangka pengukuran dan pelaporan kinerja {PeriodeText(round)} perlu ditetapkan pengumpulan data kinerja beserta unit kerja yang mengisinya."
        : $"Dalam rangka pengukuran kinerja {PeriodeText(round)}, format data kinerja telah tersedia di aplikasi Kinerja untuk setiap unit kerja.";

    public static string DefaultPerihal(SuratJenis jenis, PengumpulanData round) => jenis == SuratJenis.SK
        ? $"PENGUMPULAN DATA KINERJA {PeriodeText(round).ToUpperInvariant()}"
        : $"Pemberitahuan Pengisian Data Kinerja {PeriodeText(round)}";
}
