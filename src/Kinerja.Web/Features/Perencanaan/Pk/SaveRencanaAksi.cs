using Kinerja.Domain;
using Kinerja.Domain.Capaian;
using Kinerja.Domain.Perencanaan;
using Kinerja.Web.Data;
using Kinerja.Web.Infrastructure;
using Kinerja.Web.Infrastructure.Authorization;

namespace Kinerja.Web.Features.Perencanaan.Pk;

public record RencanaAksiInput(
    int RowId, decimal? TargetTw1, decimal? TargetTw2, decimal? TargetTw3, decimal? TargetTw4,
    string? Aksi = null, long? Anggaran = null, string? PenanggungJawab = null, int Version = 0);

/// <param name="MismatchConfirmed">The planner saw the roll-up warnings and keeps the quarters as they are.</param>
public record SaveRencanaAksiRequest(IReadOnlyList<RencanaAksiInput> Rows, bool MismatchConfirmed = false);

/// <summary>
/// Saves the Rencana Aksi grid of a PK: TW I–IV targets, actions, budget and person in charge per row.
/// Every value must fit its indicator. Quarters that do not roll up to the annual target are refused
/// with the warnings (422, one entry per row) unless the planner confirms them; then they are saved
/// and flagged. The Rencana Aksi is the planner's working plan, so it may change after the PK is
/// signed; only a superseded PK's plan is history and frozen.
/// </summary>
public static class SaveRencanaAksi
{
    public static async Task<PerjanjianKinerja> Handle(int pkId, SaveRencanaAksiRequest r, AppDbContext db, AccessScope scope, CancellationToken ct)
    {
        var pk = await PkAccess.LoadAsync(pkId, db, scope, write: true, ct);
        if (pk.Status == PerjanjianKinerjaStatus.Superseded)
            throw new DomainException("Perjanjian Kinerja ini sudah diganti oleh PK perubahan; Rencana Aksinya hanya dapat dilihat.");

        var warnings = new Dictionary<string, string[]>();
        for (var n = 0; n < r.Rows.Count; n++)
        {
            var input = r.Rows[n];
            var row = pk.Indikator.FirstOrDefault(x => x.Id == input.RowId)
                      ?? throw new DomainException("Baris Rencana Aksi bukan indikator PK ini.", $"Rows[{n}].RowId");
            var i = row.Indikator;
            var quarters = new[] { input.TargetTw1, input.TargetTw2, input.TargetTw3, input.TargetTw4 };
            for (var q = 0; q < 4; q++)
                if (quarters[q] is decimal v)
                {
                    ValueLimit.Ensure(v, $"Rows[{n}].TargetTw{q + 1}");
                    IndikatorValue.Check(v, i.Decimals, i.Satuan, i.AllowsAbove100, $"Rows[{n}].TargetTw{q + 1}", $"Target TW {Roman(q)} {i.Kode}");
                }
            if (input.Anggaran is < 0) throw new DomainException($"Anggaran {i.Kode} tidak boleh negatif.", $"Rows[{n}].Anggaran");

            var ra = row.RencanaAksi ??= new RencanaAksi();
            if (ra.Id != 0) db.Entry(ra).Property(x => x.Version).OriginalValue = input.Version;
            (ra.TargetTw1, ra.TargetTw2, ra.TargetTw3, ra.TargetTw4) = (input.TargetTw1, input.TargetTw2, input.TargetTw3, input.TargetTw4);
            ra.Aksi = Input.Optional(input.Aksi, $"Rows[{n}].Aksi", $"Aksi {i.Kode}", 4000);
            ra.Anggaran = input.Anggaran;
            ra.PenanggungJawab = Input.Optional(input.PenanggungJawab, $"Rows[{n}].PenanggungJawab", $"Penanggung jawab {i.Kode}", 300);
            // A row with no quarter yet is not planned, not mismatched: the grid may be filled a few rows at a time.
            var warning = ra.Quarters.All(x => x is null) ? null : RencanaAksiCheck.Warning(i.RollUp, row.Target, ra.Quarters);
            if (warning is not null) warnings[$"Rows[{n}]"] = [$"{i.Kode}: {warning}"];
            ra.MismatchConfirmed = warning is not null;
        }
        if (warnings.Count > 0 && !r.MismatchConfirmed)
            throw new ValidationFailedException(
                "Target triwulan tidak sesuai dengan target tahunan. Perbaiki, atau centang konfirmasi untuk menyimpan apa adanya.", warnings);
        await db.SaveChangesAsync(ct);
        return pk;
    }

    public static string Roman(int quarterIndex) => quarterIndex switch { 0 => "I", 1 => "II", 2 => "III", _ => "IV" };
}
