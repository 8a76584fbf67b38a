using YamlDotNet.RepresentationModel;

namespace Kinerja.Domain.Sop;

/// <summary>Reads the "langkah" list: each step's own fields and their references to actors.</summary>
internal static class SopStepReader
{
    public static IReadOnlyList<StepDraft> Read(YamlMap root, IReadOnlySet<string> actorIds, SopErrorList errors)
    {
        var drafts = new List<StepDraft>();
        var firstLineOf = new Dictionary<int, int>();
        var items = root.Sequence("langkah", required: true);
        for (var i = 0; i < items.Count; i++)
        {
            var map = YamlMap.From(items[i], $"langkah ke-{i + 1}", root.Field("langkah"), errors);
            if (map is not null) drafts.Add(ReadStep(map, actorIds, firstLineOf));
        }
        return drafts;
    }

    private static StepDraft ReadStep(YamlMap map, IReadOnlySet<string> actorIds, Dictionary<int, int> firstLineOf)
    {
        var no = map.Int("nomor", required: true);
        if (no is <= 0)
        {
            map.Error("nomor", $"nomor langkah harus lebih dari 0 (tertulis {no})");
            no = null;
        }
        if (no is { } n)
        {
            map.Context = $"langkah {n}";
            if (firstLineOf.TryGetValue(n, out var firstLine))
            {
                map.Error("nomor", $"nomor langkah {n} sudah dipakai di baris {firstLine}");
                no = null;
            }
            else
            {
                firstLineOf[n] = map.Line;
            }
        }

        var kegiatan = map.Text("kegiatan", required: true) ?? "";
        var pelaksana = map.TextItems("pelaksana", required: true);
        foreach (var (id, line) in pelaksana.Where(p => !actorIds.Contains(p.Text)))
            map.ErrorAt(line, "pelaksana", $"pelaksana '{id}' tidak dikenal");
        foreach (var (id, line) in pelaksana.GroupBy(p => p.Text).Where(g => g.Count() > 1).Select(g => g.Last()))
            map.ErrorAt(line, "pelaksana", $"pelaksana '{id}' ditulis lebih dari sekali");

        var draft = new StepDraft
        {
            No = no,
            Line = map.Line,
            Label = map.Context,
            Kegiatan = kegiatan,
            Pelaksana = pelaksana.Select(p => p.Text).ToValueList(),
            Kelengkapan = map.Text("kelengkapan"),
            Waktu = ReadWaktu(map),
            Output = map.Text("output"),
            Keterangan = map.Text("keterangan"),
            HasYa = map.Has("ya"),
            HasTidak = map.Has("tidak"),
            HasLanjut = map.Has("lanjut"),
            Ya = ReadTarget(map, "ya"),
            Tidak = ReadTarget(map, "tidak"),
            Lanjut = ReadTarget(map, "lanjut"),
        };
        CheckBranches(map, draft);
        map.RejectUnknownKeys();
        return draft;
    }

    private static void CheckBranches(YamlMap map, StepDraft draft)
    {
        if (!draft.IsDecision) return;
        if (!draft.HasYa) map.Error("ya", "langkah keputusan harus punya cabang ya dan tidak; cabang 'ya' belum diisi");
        if (!draft.HasTidak) map.Error("tidak", "langkah keputusan harus punya cabang ya dan tidak; cabang 'tidak' belum diisi");
        if (draft.HasLanjut)
            map.Error("lanjut", "langkah keputusan tidak memakai lanjut; arahnya ditentukan cabang ya dan tidak");
    }

    private static WaktuBaku ReadWaktu(YamlMap step)
    {
        var waktu = step.Map("waktu", required: true);
        if (waktu is null) return default;
        var amount = waktu.Int("value", required: true);
        var unitText = waktu.Text("unit", required: true);
        waktu.RejectUnknownKeys();
        if (amount < 0) waktu.Error("value", $"waktu tidak boleh negatif (tertulis {amount})");
        var unit = WaktuUnit.Menit;
        if (unitText is not null && !WaktuUnits.TryParse(unitText, out unit))
        {
            waktu.Error("unit", $"satuan '{unitText}' tidak dikenal (pilihan: menit, jam, hari, hari kerja)");
            unit = WaktuUnit.Menit;
        }
        return amount is >= 0 ? new WaktuBaku(amount.Value, unit) : default;
    }

    private static TargetDraft? ReadTarget(YamlMap step, string key)
    {
        if (step.Node(key) is not { } node) return null;
        var text = node is YamlScalarNode s ? s.Value?.Trim() : null;
        if (string.Equals(text, "selesai", StringComparison.OrdinalIgnoreCase))
            return new TargetDraft(StepTarget.Selesai, YamlMap.LineOf(node));
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var no) && no > 0)
            return new TargetDraft(StepTarget.Step(no), YamlMap.LineOf(node));
        step.Error(key, $"'{YamlMap.Describe(node)}' bukan nomor langkah atau 'selesai'");
        return null;
    }
}
