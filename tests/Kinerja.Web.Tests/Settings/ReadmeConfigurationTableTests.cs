using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinerja.Web.Tests.Settings;

/// <summary>The README's configuration table names every setting of the options classes, with their defaults.</summary>
public partial class ReadmeConfigurationTableTests
{
    [Fact]
    public void ReadmeTable_ListsEverySetting_WithTheDefaultOfTheOptionsClass()
    {
        var documented = ReadmeTable();
        var expected = Settings();

        documented.Keys.Order().ShouldBe(expected.Keys.Order(), "keys of the README's configuration table vs the options classes");
        foreach (var (key, value) in expected.Where(s => s.Value is not null))
            documented[key].ShouldBe(value, $"README default of {key}");
    }

    /// <summary>Key → default as text; null where the default is not a value (the SQLite file made from DataPath).</summary>
    private static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?> { ["urls"] = OptionsSetup.DefaultUrls };
        foreach (var (section, options) in new (string, object)[]
                 { (KinerjaOptions.Section, new KinerjaOptions()), (DatabaseOptions.Section, new DatabaseOptions()) })
            foreach (var p in options.GetType().GetProperties().Where(p => p.CanWrite))
            {
                var key = p.Name == nameof(DatabaseOptions.ConnectionString) ? DatabaseOptions.ConnectionStringKey : $"{section}:{p.Name}";
                settings[key] = p.GetValue(options) switch
                {
                    null => null,
                    bool b => b ? "true" : "false",
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture),
                };
            }
        return settings;
    }

    /// <summary>Key → the first `code` of the default column, from the table under "## Configuration".</summary>
    private static Dictionary<string, string?> ReadmeTable()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx"))) dir = dir.Parent ?? throw new FileNotFoundException("Kinerja.slnx");
        var readme = File.ReadAllText(Path.Combine(dir.FullName, "README.md"));
        var section = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var rows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBeGreaterThan(5);
        return rows.Select(r => r.Split('|')).ToDictionary(
            cells => Code().Match(cells[1]).Groups[1].Value,
            cells => Code().Match(cells[2]) is { Success: true } m && cells[2].TrimStart().StartsWith('`') ? m.Groups[1].Value : null);
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
