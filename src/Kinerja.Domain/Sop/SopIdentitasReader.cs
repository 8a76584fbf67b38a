namespace Kinerja.Domain.Sop;

internal static class SopIdentitasReader
{
    /// <summary>
    /// Required are the fields every seed SOP fills: nama, instansi, tanggal pembuatan and the
    /// lists and texts of the block. Nomor, revisi, efektif and disahkan oleh are blank in some.
    /// </summary>
    public static SopIdentitas? Read(YamlMap root)
    {
        var map = root.Map("identitas", required: true);
        if (map is null) return null;
        var identitas = new SopIdentitas
        {
            Nama = map.Text("nama", required: true) ?? "",
            Instansi = map.Text("instansi", required: true) ?? "",
            Nomor = map.Text("nomor"),
            TanggalPembuatan = map.Text("tanggal_pembuatan", required: true) ?? "",
            TanggalRevisi = map.Text("tanggal_revisi"),
            TanggalEfektif = map.Text("tanggal_efektif"),
            DisahkanOleh = map.Text("disahkan_oleh"),
            DasarHukum = map.TextList("dasar_hukum", required: true),
            KualifikasiPelaksana = map.TextList("kualifikasi_pelaksana", required: true),
            Keterkaitan = map.TextList("keterkaitan", required: true),
            PeralatanPerlengkapan = map.TextList("peralatan_perlengkapan", required: true),
            Peringatan = map.Text("peringatan", required: true) ?? "",
            PencatatanPendataan = map.Text("pencatatan_pendataan", required: true) ?? "",
        };
        map.RejectUnknownKeys();
        return identitas;
    }
}
