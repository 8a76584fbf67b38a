using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Web.Features.Pengumpulan.Surat;

/// <param name="Perihal">Empty: the usual subject for the kind and the period.</param>
/// <param name="Isi">Empty: a standard opening paragraph.</param>
public record CreateSuratRequest(SuratJenis Jenis, string? Perihal = null, string? Isi = null);

/// <summary>
/// SOP step 1: the planning section drafts the round's SK or Surat Pemberitahuan. The recipients are
/// fixed now, one per unit that has a form in the round; they receive the letter when it is distributed.
/// </summary>
public static class CreateSurat
{
    public static async Task<SuratPengumpulan> Handle(int roundId, CreateSuratRequest r, AppDbContext db, AccessScope scope, Clock clock, CancellationToken ct)
    {
        var round = await SuratAccess.PengumpulanAsync(roundId, db, scope, ct);
        if (round.PerangkatDaerahId is not int opdId)
            throw new DomainException("Surat pengumpulan dibuat untuk putaran perangkat daerah, bukan putaran tingkat Pemda.", "jenis");
        var actors = await SuratAccess.ActorsAsync(opdId, round.PemdaId, db, scope, ct);
        if (!await SuratAccess.IsOfficeAsync(opdId, round.PemdaId, db, scope, ct)) throw new NotFoundException("Pengumpulan data tidak ditemukan.");
        if (!actors.IsClerical)
            throw new ForbiddenException("Draf surat disusun oleh staf Subbagian Perencanaan atau Kasubag Perencanaan.");
        if (!Enum.IsDefined(r.Jenis)) throw new DomainException("Pilih jenis surat: SK atau Surat Pemberitahuan.", "jenis");
        if (await db.SuratPengumpulan.AnyAsync(s => s.PengumpulanDataId == round.Id && s.Jenis == r.Jenis, ct))
            throw new DomainException($"{r.Jenis.Label()} untuk putaran ini sudah dibuat; buka surat itu untuk melanjutkan.", "jenis");
        var (perihal, isi) = SuratText.Check(r.Perihal, r.Isi);

        var units = await db.FormatDataKinerja.Where(f => f.PengumpulanDataId == round.Id && f.UnitKerjaId != null)
            .Select(f => f.UnitKerjaId!.Value).Distinct().ToListAsync(ct);
        var surat = new SuratPengumpulan
        {
            PengumpulanDataId = round.Id, PerangkatDaerahId = opdId, Jenis = r.Jenis,
            Perihal = perihal ?? SuratDocument.DefaultPerihal(r.Jenis, round), Isi = isi ?? SuratDocument.DefaultIsi(r.Jenis, round),
            DibuatOleh = scope.UserName ?? "?", DibuatUtc = clock.UtcNow,
            Penerima = units.Select(u => new SuratPenerima { UnitKerjaId = u }).ToList(),
        };
        db.SuratPengumpulan.Add(surat);
        await db.SaveChangesAsync(ct);
        return surat;
    }
}

/// <summary>Checks of the letter's own text.</summary>
public static class SuratText
{
    public static (string? Perihal, string? Isi) Check(string? perihal, string? isi)
    {
        var p = string.IsNullOrWhiteSpace(perihal) ? null : perihal.Trim();
        var i = string.IsNullOrWhiteSpace(isi) ? null : isi.Trim();
        if (p is { Length: > 500 }) throw new DomainException("Perihal paling panjang 500 karakter.", "perihal");
        if (i is { Length: > 8000 }) throw new DomainException("Isi surat paling panjang 8.000 karakter.", "isi");
        return (p, i);
    }
}
