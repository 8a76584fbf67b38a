using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kinerja.Domain.Sop;

/// <summary>
/// Reads one YAML mapping of a definition: typed values by key, each problem recorded with its
/// line and a field name in words. Keys nobody asked for are reported as unknown at the end, so
/// a misspelt key ("kelengkapn") is an error instead of silently missing data.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly SopErrorList errors;
    private readonly HashSet<string> read = [];
    private readonly string keyPrefix;

    // Where a missing key is reported: the "identitas:" line for a nested block, the item's
    // own line for a list item.
    private readonly int ownerLine;

    private YamlMap(YamlMappingNode node, string context, string keyPrefix, int ownerLine, SopErrorList errors)
    {
        this.node = node;
        this.errors = errors;
        this.keyPrefix = keyPrefix;
        this.ownerLine = ownerLine;
        Context = context;
    }

    /// <summary>Words naming the list item in messages ("langkah 7"); empty outside lists.</summary>
    public string Context { get; set; }

    public int Line => LineOf(node);

    /// <summary>The mapping, or null after recording that the node is something else.</summary>
    public static YamlMap? From(YamlNode node, string context, string field, SopErrorList errors,
        string keyPrefix = "", int? ownerLine = null)
    {
        if (node is YamlMappingNode map) return new YamlMap(map, context, keyPrefix, ownerLine ?? LineOf(map), errors);
        errors.Add(LineOf(node), field, "harus berupa pemetaan (kunci: nilai)");
        return null;
    }

    /// <summary>"langkah 7, kolom waktu.unit"; nested mappings show their path with dots.</summary>
    public string Field(string key) =>
        Context.Length == 0 ? $"kolom {keyPrefix}{key}" : $"{Context}, kolom {keyPrefix}{key}";

    public void Error(string key, string message) => errors.Add(LineOf(key), Field(key), message);

    public void ErrorAt(int line, string key, string message) => errors.Add(line, Field(key), message);

    public bool Has(string key) => Node(key) is not null;

    /// <summary>The value's line, or the owner's line when the key is absent.</summary>
    public int LineOf(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? LineOf(v) : ownerLine;

    private int KeyLine(string key) =>
        node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } v } && v == key) is { } k
            ? LineOf(k) : ownerLine;

    /// <summary>The value node; null when absent or written as an empty/null plain scalar.</summary>
    public YamlNode? Node(string key)
    {
        read.Add(key);
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value)) return null;
        return IsNull(value) ? null : value;
    }

    public string? Text(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null)
        {
            if (required) Error(key, "wajib diisi");
            return null;
        }
        if (value is not YamlScalarNode scalar)
        {
            Error(key, "harus berupa teks");
            return null;
        }
        if (required && string.IsNullOrWhiteSpace(scalar.Value)) Error(key, "wajib diisi");
        return scalar.Value;
    }

    /// <summary>A list of non-empty texts; a single text is accepted as a list of one.</summary>
    public ValueList<string> TextList(string key, bool required = false) =>
        TextItems(key, required).Select(item => item.Text).ToValueList();

    /// <summary>Like <see cref="TextList"/>, with each item's line for later checks.</summary>
    public IReadOnlyList<(string Text, int Line)> TextItems(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null)
        {
            if (required) Error(key, "wajib diisi, minimal satu butir");
            return [];
        }
        var items = value is YamlSequenceNode seq ? seq.Children.ToList() : [value];
        var texts = new List<(string, int)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { } text } && !IsNull(items[i]) && text.Trim().Length > 0)
                texts.Add((text, LineOf(items[i])));
            else
                errors.Add(LineOf(items[i]), Field(key), $"butir ke-{i + 1} harus berupa teks yang tidak kosong");
        }
        if (required && items.Count == 0) Error(key, "wajib diisi, minimal satu butir");
        return texts;
    }

    public int? Int(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null)
        {
            if (required) Error(key, "wajib diisi");
            return null;
        }
        if (value is YamlScalarNode { Value: { } text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return number;
        Error(key, $"'{Describe(value)}' bukan bilangan bulat");
        return null;
    }

    /// <summary>A nested mapping; its messages keep this context and extend the key path.</summary>
    public YamlMap? Map(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null)
        {
            if (required) Error(key, "wajib diisi");
            return null;
        }
        return From(value, Context, Field(key), errors, $"{keyPrefix}{key}.", KeyLine(key));
    }

    public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null)
        {
            if (required) Error(key, "wajib diisi, minimal satu butir");
            return [];
        }
        if (value is YamlSequenceNode seq)
        {
            if (required && seq.Children.Count == 0) Error(key, "wajib diisi, minimal satu butir");
            return seq.Children.ToList();
        }
        Error(key, "harus berupa daftar");
        return [];
    }

    /// <summary>Call after every expected key was read.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (key, _) in node.Children)
        {
            var name = key is YamlScalarNode { Value: { } k } ? k : Describe(key);
            if (!read.Contains(name))
                errors.Add(LineOf(key), Field(name), $"kolom '{keyPrefix}{name}' tidak dikenal");
        }
    }

    /// <summary>An empty plain value, "~" or "null" means "not given"; quoted '' is an empty text.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && (s.Value is null || s.Value.Length == 0 || s.Value == "~"
            || string.Equals(s.Value, "null", StringComparison.OrdinalIgnoreCase));

    /// <summary>1-based line of a node (YamlDotNet counts in long).</summary>
    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode => "(daftar)",
        _ => "(pemetaan)",
    };
}
