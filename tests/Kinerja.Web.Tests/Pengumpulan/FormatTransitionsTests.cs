using Kinerja.Domain;
using Kinerja.Domain.Pengumpulan;
using Kinerja.Web.Features.Pengumpulan;

namespace Kinerja.Web.Tests.Pengumpulan;

/// <summary>
/// The chain's steps as the entity takes them (<see cref="FormatDataKinerja"/>), without a database: each step
/// refuses the wrong state naming it, refuses a missing note, and writes its history row. The use cases
/// (SubmitFormat, ReturnFormat, …) and their routes are tested over HTTP in ValidationChainTests.
/// </summary>
public class FormatTransitionsTests
{
    private static readonly DateTime Now = new(2026, 4, 8, 2, 0, 0, DateTimeKind.Utc);

    private static FormatDataKinerja Form(bool kasi = false) =>
        new() { Id = 7, UnitKerjaId = 3, PengumpulanData = new PengumpulanData { ValidasiKasi = kasi, DibukaOleh = "kasubag" } };

    private static FormatDataKinerja Submitted(bool kasi = false)
    {
        var f = Form(kasi);
        f.Submit("pelaksana", [], confirmed: false, EntryMode.Unit, Now);
        return f;
    }

    [Fact]
    public void Submit_GoesToTheKabid_OrTheKasiWhenTheOpdHasThatStep_AndRecordsWhoAndWhen()
    {
        Submitted().Status.ShouldBe(FormatStatus.MenungguKabid);
        var f = Submitted(kasi: true);
        f.Status.ShouldBe(FormatStatus.MenungguKasi);
        (f.DiajukanOleh, f.DiajukanUtc).ShouldBe(("pelaksana", Now));
        f.Riwayat.Single().ShouldSatisfyAllConditions(
            h => h.Aksi.ShouldBe(FormatAction.Ajukan), h => h.DariStatus.ShouldBe(FormatStatus.Isian), h => h.KeStatus.ShouldBe(FormatStatus.MenungguKasi));
    }

    [Fact]
    public void Submit_WithAnError_IsRefused_AndWithAnUnconfirmedWarning_Too()
    {
        var error = new CheckIssue(RowKey.Indikator(1), "realisasi", Severity.Error, "Realisasi wajib diisi.");
        Should.Throw<ValidationFailedException>(() => Form().Submit("u", [error], true, EntryMode.Unit, Now));
        var warning = error with { Severity = Severity.Warning };
        var e = Should.Throw<ValidationFailedException>(() => Form().Submit("u", [warning], false, EntryMode.Unit, Now));
        e.Errors.ShouldContainKey("konfirmasi");
        var f = Form();
        f.Submit("u", [warning], true, EntryMode.Unit, Now);
        f.Status.ShouldBe(FormatStatus.MenungguKabid);
    }

    [Fact]
    public void Return_WithoutAnyNote_IsRefusedByTheField_AndTheFormStaysWhereItWas()
    {
        var f = Submitted();
        var e = Should.Throw<DomainException>(() => f.Return("kabid", "  ", null, Now));
        e.Field.ShouldBe("catatan");
        f.Status.ShouldBe(FormatStatus.MenungguKabid);
        f.Riwayat.Count.ShouldBe(1);

        f.Return("kabid", "Lengkapi bukti", null, Now);
        f.Status.ShouldBe(FormatStatus.Dikembalikan);
        f.Catatan.ShouldBe("Lengkapi bukti");
        f.Riwayat[^1].Catatan.ShouldBe("Lengkapi bukti");
    }

    [Fact]
    public void AStepInTheWrongState_IsRefused_NamingTheState()
    {
        var f = Form();
        Should.Throw<DomainException>(() => f.Approve("kabid", null, Now)).Field.ShouldBe("aksi");
        Should.Throw<DomainException>(() => f.Verify("kasubag", null, Now)).Field.ShouldBe("aksi");
        Should.Throw<DomainException>(() => f.Reopen("kepala", "alasan", Now)).Field.ShouldBe("aksi");
        f.Status.ShouldBe(FormatStatus.Isian);
        f.Riwayat.ShouldBeEmpty();
    }

    [Fact]
    public void Approve_ThenVerify_LocksTheForm_ValuesCanNoLongerChange_AndReopenNeedsAReason()
    {
        var f = Submitted();
        f.Approve("kabid", null, Now);
        f.Status.ShouldBe(FormatStatus.MenungguVerifikasi);
        Should.Throw<DomainException>(f.EnsureEditable);
        f.Verify("kasubag", null, Now);
        f.Status.ShouldBe(FormatStatus.Terkunci);

        Should.Throw<DomainException>(() => f.Reopen("kepala", " ", Now)).Field.ShouldBe("catatan");
        f.Reopen("kepala", "Salah ketik realisasi", Now);
        f.Status.ShouldBe(FormatStatus.Dikembalikan);
        Should.NotThrow(f.EnsureEditable);
        f.Riwayat.Select(h => h.Aksi).ShouldBe([FormatAction.Ajukan, FormatAction.Setujui, FormatAction.Verifikasi, FormatAction.BukaKembali]);
    }

    [Fact]
    public void Forward_IsTheKasisStep_Only()
    {
        Should.Throw<DomainException>(() => Submitted().Forward("kasi", null, Now));
        var f = Submitted(kasi: true);
        f.Forward("kasi", null, Now);
        f.Status.ShouldBe(FormatStatus.MenungguKabid);
    }
}
