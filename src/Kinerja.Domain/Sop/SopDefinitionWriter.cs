namespace Kinerja.Domain.Sop;

/// <summary>
/// Writes a definition as YAML in the documented format, such that
/// <c>SopDefinitionParser.Parse(Write(d))</c> equals <c>d</c> for every valid definition.
/// Absent optional fields are left out rather than written empty.
/// </summary>
public static class SopDefinitionWriter
{
    public static string Write(SopDefinition definition)
    {
        var text = new StringWriter { NewLine = "\n" };
        var yaml = new YamlTextWriter(text);
        yaml.BeginMap();
        WriteIdentitas(yaml, definition.Identitas);
        WritePelaksana(yaml, definition.Pelaksana);
        yaml.Scalar("langkah");
        yaml.BeginList();
        foreach (var step in definition.Steps) WriteStep(yaml, step);
        yaml.EndList();
        WriteFlowEnds(yaml, definition);
        yaml.Text("jumlah_waktu", definition.JumlahWaktu);
        if (definition.LembarKerja is { } lembar) WriteLembarKerja(yaml, lembar);
        yaml.EndMap();
        yaml.Finish();
        return text.ToString();
    }

    private static void WriteIdentitas(YamlTextWriter yaml, SopIdentitas i)
    {
        yaml.Scalar("identitas");
        yaml.BeginMap();
        yaml.Text("nama", i.Nama);
        yaml.Text("instansi", i.Instansi);
        yaml.Text("nomor", i.Nomor);
        yaml.Text("tanggal_pembuatan", i.TanggalPembuatan);
        yaml.Text("tanggal_revisi", i.TanggalRevisi);
        yaml.Text("tanggal_efektif", i.TanggalEfektif);
        yaml.Text("disahkan_oleh", i.DisahkanOleh);
        yaml.List("dasar_hukum", i.DasarHukum);
        yaml.List("kualifikasi_pelaksana", i.KualifikasiPelaksana);
        yaml.List("keterkaitan", i.Keterkaitan);
        yaml.List("peralatan_perlengkapan", i.PeralatanPerlengkapan);
        yaml.Text("peringatan", i.Peringatan);
        yaml.Text("pencatatan_pendataan", i.PencatatanPendataan);
        yaml.EndMap();
    }

    private static void WritePelaksana(YamlTextWriter yaml, IEnumerable<Pelaksana> pelaksana)
    {
        yaml.Scalar("pelaksana");
        yaml.BeginList();
        foreach (var p in pelaksana)
        {
            yaml.BeginMap();
            yaml.Text("id", p.Id);
            yaml.Text("judul", p.Judul);
            yaml.Text("peran", p.Peran.ToString());
            yaml.EndMap();
        }
        yaml.EndList();
    }

    private static void WriteStep(YamlTextWriter yaml, SopStep step)
    {
        yaml.BeginMap();
        yaml.Number("nomor", step.No);
        yaml.Text("kegiatan", step.Kegiatan);
        yaml.List("pelaksana", step.Pelaksana, flow: true);
        yaml.Text("kelengkapan", step.MutuBaku.Kelengkapan);
        yaml.Scalar("waktu");
        yaml.BeginMap(flow: true);
        yaml.Number("value", step.MutuBaku.Waktu.Amount);
        yaml.Text("unit", step.MutuBaku.Waktu.Unit.Keyword());
        yaml.EndMap();
        yaml.Text("output", step.MutuBaku.Output);
        yaml.Text("keterangan", step.Keterangan);
        if (step.Decision is { } decision)
        {
            WriteTarget(yaml, "ya", decision.Ya);
            WriteTarget(yaml, "tidak", decision.Tidak);
        }
        WriteTarget(yaml, "lanjut", step.Lanjut);
        yaml.EndMap();
    }

    private static void WriteTarget(YamlTextWriter yaml, string key, StepTarget? target)
    {
        if (target is not { } t) return;
        if (t.StepNo is { } no) yaml.Number(key, no);
        else yaml.Text(key, "selesai");
    }

    private static void WriteFlowEnds(YamlTextWriter yaml, SopDefinition definition)
    {
        yaml.Scalar("mulai");
        yaml.BeginMap();
        yaml.Number("langkah", definition.Start.StepNo);
        yaml.Text("pelaksana", definition.Start.PelaksanaId);
        yaml.EndMap();
        if (definition.End.PelaksanaId is null) return;
        yaml.Scalar("selesai");
        yaml.BeginMap();
        yaml.Text("pelaksana", definition.End.PelaksanaId);
        yaml.EndMap();
    }

    private static void WriteLembarKerja(YamlTextWriter yaml, LembarKerja l)
    {
        yaml.Scalar("lembar_kerja");
        yaml.BeginMap();
        yaml.Text("jenis_kegiatan", l.JenisKegiatan);
        yaml.Text("penanggung_jawab_produk", l.PenanggungJawabProduk);
        yaml.Text("penanggung_jawab_kegiatan", l.PenanggungJawabKegiatan);
        yaml.Text("ruang_lingkup", l.RuangLingkup);
        yaml.Text("judul_kegiatan", l.JudulKegiatan);
        yaml.Text("langkah_awal", l.LangkahAwal);
        yaml.Text("langkah_utama", l.LangkahUtama);
        yaml.Text("langkah_akhir", l.LangkahAkhir);
        yaml.Scalar("identifikasi_langkah");
        yaml.BeginList();
        foreach (var item in l.IdentifikasiLangkah)
        {
            yaml.BeginMap();
            yaml.Text("tahap", item.Tahap.ToString().ToLowerInvariant());
            yaml.Number("langkah", item.No);
            yaml.Text("uraian", item.Uraian);
            yaml.EndMap();
        }
        yaml.EndList();
        yaml.EndMap();
    }
}
