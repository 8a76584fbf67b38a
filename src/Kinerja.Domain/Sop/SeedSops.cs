namespace Kinerja.Domain.Sop;

/// <summary>
/// The five real SOPs Kinerja ships as definitions (Sop/Seeds/*.yaml, embedded in this
/// assembly; see docs/sop-seeds.md for how each was read from its document).
/// </summary>
public static class SeedSops
{
    public const string BpbdBalangan = "bpbd-balangan-2024";
    public const string BpkpadBalangan = "bpkpad-balangan-2023";
    public const string PuprperkimBalangan = "puprperkim-balangan-2023";
    public const string DiskopUkmPerindagBalangan = "diskop-ukm-perindag-balangan-2023";
    public const string BappedaLitbangBanggai = "bappeda-litbang-banggai-2020";

    private const string Prefix = "sop-seeds/";

    /// <summary>Name (the constants above) → YAML text.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = Load();

    public static SopDefinition Definition(string name) =>
        All.TryGetValue(name, out var yaml)
            ? SopDefinitionParser.Parse(yaml)
            : throw new DomainException($"SOP contoh '{name}' tidak ada.", "nama");

    // Reading a resource of this very assembly is not I/O in the sense the domain avoids:
    // it is compiled-in data, the same on every machine.
    private static IReadOnlyDictionary<string, string> Load()
    {
        var assembly = typeof(SeedSops).Assembly;
        var seeds = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            seeds[Path.GetFileNameWithoutExtension(resource[Prefix.Length..])] = reader.ReadToEnd();
        }
        return seeds;
    }
}
