using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Documents;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Perencanaan.Pk;

/// <summary>
/// The PK in its standard layout (PermenPANRB 53/2014): title, the two parties, the commitment, the
/// signature blocks (pihak kedua left, pihak pertama right), then the table of sasaran, indikator and
/// target, and the programmes with their anggaran. The DOCX and the print page show these same texts.
/// </summary>
public record PkDocument(
    string Title, string Opd, string Pembuka, PartyDto Pertama, PartyDto Kedua, string[] Komitmen, string TempatTanggal,
    List<PkDocument.TargetRow> Targets, List<PkDocument.ProgramRow> Programs, long TotalAnggaran, bool IsDraft)
{
    public record TargetRow(int No, string Sasaran, string Indikator, string Target);

    public record ProgramRow(int No, string Program, string Anggaran);

    public const string PembukaText = "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:";

    public static string Name(PartyDto p) => p.Nama is null ? "……………………………" : p.IsPlt ? "Plt. " + p.Nama : p.Nama;

    public static string Nip(PartyDto p) => "NIP. " + (p.Nip ?? "……………………………");

    public static async Task<PkDocument> BuildAsync(int id, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var pk = await GetPk.Handle(id, db, scope, clock, ct);
        var pemda = await db.PerangkatDaerah.Where(o => o.Id == pk.PerangkatDaerahId).Select(o => o.Pemda.Nama).SingleAsync(ct);
        var day = pk.SignedAtUtc is DateTime s ? DateOnly.FromDateTime(clock.ToLocal(s)) : (DateOnly?)null;
        var tempat = PkParties.HeadOfRegion(pemda).Split(' ', 2)[^1];

        var indikatorIds = pk.Indikator.Select(r => r.IndikatorId).ToList();
        var sasaranIds = await db.Indikator.Where(i => indikatorIds.Contains(i.Id) && i.SasaranId != null).Select(i => i.SasaranId!.Value).Distinct().ToListAsync(ct);
        var programs = await db.ProgramKegiatan
            .Where(p => p.PerangkatDaerahId == pk.PerangkatDaerahId && p.Level == ProgramLevel.Program && p.SasaranId != null && sasaranIds.Contains(p.SasaranId.Value))
            .OrderBy(p => p.Kode)
            .Select(p => new { p.Kode, p.Nama, Pagu = p.Pagu.Where(x => x.Tahun == pk.Tahun).Select(x => (long?)x.Jumlah).FirstOrDefault() })
            .ToListAsync(ct);

        return new PkDocument(
            (pk.Revisi > 0 ? "PERJANJIAN KINERJA PERUBAHAN TAHUN " : "PERJANJIAN KINERJA TAHUN ") + pk.Tahun,
            pk.PerangkatDaerah.ToUpperInvariant(), PembukaText, pk.PihakPertama, pk.PihakKedua,
            [
                "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
                "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.",
            ],
            $"{tempat}, {(day is DateOnly d ? PkText.Date(d) : "……………… " + pk.Tahun)}",
            pk.Indikator.Select((r, n) => new TargetRow(n + 1, r.Sasaran, r.Nama, $"{r.TargetText} {r.Satuan}")).ToList(),
            programs.Select((p, n) => new ProgramRow(n + 1, $"{p.Kode} {p.Nama}", p.Pagu is long v ? PkText.Rupiah(v) : "—")).ToList(),
            programs.Sum(p => p.Pagu ?? 0), pk.Status == PerjanjianKinerjaStatus.Draft);
    }

    public byte[] ToDocx()
    {
        var doc = new Docx().Paragraph(Title, bold: true, center: true, spaceAfter: 0, size: 28).Paragraph(Opd, bold: true, center: true, spaceAfter: 240, size: 28);
        if (IsDraft) doc.Paragraph("DRAF — belum ditandatangani", bold: true, center: true);
        doc.Paragraph(Pembuka)
            .Labelled(("Nama", Name(Pertama)), ("Jabatan", Pertama.Jabatan)).Paragraph("selanjutnya disebut pihak pertama.")
            .Labelled(("Nama", Name(Kedua)), ("Jabatan", Kedua.Jabatan)).Paragraph("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.");
        foreach (var k in Komitmen) doc.Paragraph(k);
        doc.Paragraph("").SideBySide(Signature("Pihak Kedua,", Kedua, ""), Signature("Pihak Pertama,", Pertama, TempatTanggal));

        doc.PageBreak().Paragraph(Title, bold: true, center: true, spaceAfter: 0).Paragraph(Opd, bold: true, center: true, spaceAfter: 240)
            .Table(["No", "Sasaran", "Indikator Kinerja", "Target"], Targets.Select(t => new[] { t.No.ToString(), t.Sasaran, t.Indikator, t.Target }),
                [600, 3000, 3800, 1600], rightAligned: [3]);
        if (Programs.Count > 0)
            doc.Table(["No", "Program", "Anggaran"],
                Programs.Select(p => new[] { p.No.ToString(), p.Program, p.Anggaran }).Append(["", "Jumlah", PkText.Rupiah(TotalAnggaran)]),
                [600, 6000, 2400], rightAligned: [2]);
        doc.SideBySide(Signature("Pihak Kedua,", Kedua, ""), Signature("Pihak Pertama,", Pertama, TempatTanggal));
        return doc.ToBytes();
    }

    private static string[] Signature(string role, PartyDto p, string tempatTanggal) =>
        [tempatTanggal, role, p.Jabatan, "", "", "", Name(p), Nip(p)];
}
