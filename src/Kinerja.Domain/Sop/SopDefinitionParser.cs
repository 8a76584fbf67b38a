using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kinerja.Domain.Sop;

/// <summary>
/// Reads an SOP definition from its YAML text (the format is described in
/// docs/sop-definition.md and docs/sop-definition.schema.json). The caller passes the text; this
/// never touches a file.
/// </summary>
public static class SopDefinitionParser
{
    /// <exception cref="SopDefinitionException">With every problem found, each with its line.</exception>
    public static SopDefinition Parse(string yaml)
    {
        var errors = new SopErrorList();
        var root = Load(yaml, errors);
        var definition = root is null ? null : Read(root, errors);
        if (errors.Any || definition is null) throw new SopDefinitionException(errors.InLineOrder());
        return definition;
    }

    private static YamlMap? Load(string yaml, SopErrorList errors)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            errors.Add((int)e.Start.Line, "YAML", Translate(e.InnerException?.Message ?? e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16 throws this instead of a YamlException for some broken flow
            // collections; the last event it read is the nearest position we have.
            errors.Add((int)(parser.Current?.End.Line ?? 1), "YAML",
                Translate("struktur tidak lengkap; periksa kurung [ ] { } dan tanda kutip"));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            errors.Add(1, "YAML", "definisi SOP kosong");
            return null;
        }
        return YamlMap.From(stream.Documents[0].RootNode, "", "definisi", errors);
    }

    private static string Translate(string message)
    {
        const string duplicate = "Duplicate key ";
        return message.StartsWith(duplicate, StringComparison.Ordinal)
            ? $"kolom '{message[duplicate.Length..]}' ditulis lebih dari sekali"
            : $"teks YAML tidak dapat dibaca ({message})";
    }

    private static SopDefinition? Read(YamlMap root, SopErrorList errors)
    {
        var identitas = SopIdentitasReader.Read(root);
        var (pelaksana, actorIds) = PelaksanaReader.Read(root, errors);
        var steps = SopStepReader.Read(root, actorIds, errors);
        var start = ReadStart(root, steps, actorIds);
        var end = ReadEnd(root, actorIds);
        var jumlahWaktu = root.Text("jumlah_waktu");
        var lembarKerja = LembarKerjaReader.Read(root, steps.Where(s => s.No is not null).Select(s => s.No!.Value).ToHashSet(), errors);
        root.RejectUnknownKeys();
        if (start is not null) SopFlowRules.Check(steps, start, errors);

        if (identitas is null || start is null || errors.Any) return null;
        return new SopDefinition
        {
            Identitas = identitas,
            Pelaksana = pelaksana.ToValueList(),
            Steps = steps.Select(s => s.ToStep()).ToValueList(),
            Start = start,
            End = end,
            JumlahWaktu = jumlahWaktu,
            LembarKerja = lembarKerja,
        };
    }

    private static SopStart? ReadStart(YamlMap root, IReadOnlyList<StepDraft> steps, IReadOnlySet<string> actorIds)
    {
        var mulai = root.Map("mulai");
        var no = mulai?.Int("langkah") ?? steps.Min(s => s.No);
        var holder = mulai?.Text("pelaksana");
        if (mulai is not null)
        {
            if (no is { } n && steps.All(s => s.No != n)) mulai.Error("langkah", $"langkah {n} tidak ada");
            if (holder is not null && !actorIds.Contains(holder))
                mulai.Error("pelaksana", $"pelaksana '{holder}' tidak dikenal");
            // Only when the start step's own actors are readable, so one mistake is reported once.
            else if (holder is not null && steps.FirstOrDefault(s => s.No == no) is { } first
                     && first.Pelaksana.Count > 0 && first.Pelaksana.All(actorIds.Contains)
                     && !first.Pelaksana.Contains(holder))
                mulai.Error("pelaksana", $"pelaksana '{holder}' memegang Mulai tetapi bukan pelaksana langkah {no}");
            mulai.RejectUnknownKeys();
        }
        if (no is null) return null;
        return new SopStart(no.Value, holder);
    }

    private static SopEnd ReadEnd(YamlMap root, IReadOnlySet<string> actorIds)
    {
        var selesai = root.Map("selesai");
        if (selesai is null) return new SopEnd(null);
        var holder = selesai.Text("pelaksana");
        if (holder is not null && !actorIds.Contains(holder))
            selesai.Error("pelaksana", $"pelaksana '{holder}' tidak dikenal");
        selesai.RejectUnknownKeys();
        return new SopEnd(holder);
    }
}
