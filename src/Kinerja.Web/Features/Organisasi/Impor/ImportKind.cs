namespace Kinerja.Web.Features.Organisasi.Impor;

public enum ImportKind { Unit, Jabatan, Pengguna }

/// <summary>The columns of each import template, in order; the header row must match them.</summary>
public static class ImportTemplates
{
    public static readonly IReadOnlyDictionary<ImportKind, string[]> Columns = new Dictionary<ImportKind, string[]>
    {
        [ImportKind.Unit] = ["Kode", "Nama", "Jenis", "Kode Induk"],
        [ImportKind.Jabatan] = ["Kode", "Nama", "Peran", "Kode Unit"],
        [ImportKind.Pengguna] = ["Nama Pengguna", "Nama Lengkap", "NIP", "Email", "Kata Sandi Awal", "Kode Jabatan", "Plt", "Tanggal Mulai", "Tanggal Selesai"],
    };

    /// <summary>An example row, so the downloaded template shows how to fill it.</summary>
    public static readonly IReadOnlyDictionary<ImportKind, string[]> Example = new Dictionary<ImportKind, string[]>
    {
        [ImportKind.Unit] = ["SEKSI-CONTOH", "Seksi Contoh", "Seksi", "BID-CONTOH"],
        [ImportKind.Jabatan] = ["KASI-CONTOH", "Kepala Seksi Contoh", "KepalaSeksi", "SEKSI-CONTOH"],
        [ImportKind.Pengguna] = ["budi.contoh", "Budi Contoh", "198001012005011001", "budi@example.go.id", "Sandi#2026", "KASI-CONTOH", "Tidak", "2026-01-02", ""],
    };

    /// <summary>Which column a use case's field error belongs to.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldColumn = new Dictionary<string, string>
    {
        ["Kode"] = "Kode", ["Nama"] = "Nama", ["Jenis"] = "Jenis", ["ParentId"] = "Kode Induk", ["Role"] = "Peran",
        ["UnitKerjaId"] = "Kode Unit", ["PerangkatDaerahId"] = "Kode Unit", ["UserName"] = "Nama Pengguna", ["FullName"] = "Nama Lengkap",
        ["Nip"] = "NIP", ["Email"] = "Email", ["Password"] = "Kata Sandi Awal", ["JabatanId"] = "Kode Jabatan",
        ["IsPlt"] = "Plt", ["StartDate"] = "Tanggal Mulai", ["EndDate"] = "Tanggal Selesai",
    };
}
