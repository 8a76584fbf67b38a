using System.Text.Json;
using Kinerja.Domain.Sop;
using YamlDotNet.RepresentationModel;

namespace Kinerja.Domain.Tests.Sop;

/// <summary>
/// Keeps docs/sop-definition.schema.json honest: it names exactly the keys the writer writes,
/// and requires exactly what the parser requires.
/// </summary>
public class SopDefinitionSchemaTests
{
    private static readonly JsonElement Schema = LoadSchema();

    private static JsonElement LoadSchema()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir!.FullName, "docs", "sop-definition.schema.json");
        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    }

    private static YamlMappingNode WrittenFull()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(SopDefinitionWriter.Write(SopYaml.Full)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Fact]
    public void Schema_PropertyNames_AreExactlyTheKeysTheWriterWrites()
    {
        var schemaKeys = new SortedSet<string>(StringComparer.Ordinal);
        CollectProperties(Schema, schemaKeys);
        var writtenKeys = new SortedSet<string>(StringComparer.Ordinal);
        CollectKeys(WrittenFull(), writtenKeys);

        writtenKeys.ShouldBe(schemaKeys);
    }

    // Each row: the schema object, and where the writer puts such an object in the full sample.
    [Theory]
    [InlineData("", "")]
    [InlineData("$defs/identitas", "identitas")]
    [InlineData("$defs/pelaksana", "pelaksana/0")]
    [InlineData("$defs/langkah", "langkah/0")]
    [InlineData("$defs/langkah/properties/waktu", "langkah/0/waktu")]
    [InlineData("properties/mulai", "mulai")]
    [InlineData("properties/selesai", "selesai")]
    [InlineData("$defs/lembarKerja", "lembar_kerja")]
    [InlineData("$defs/lembarKerja/properties/identifikasi_langkah/items", "lembar_kerja/identifikasi_langkah/0")]
    public void Schema_Required_IsWhatTheParserRefusesToGoWithout(string schemaPath, string yamlPath)
    {
        var schemaObject = Navigate(Schema, schemaPath);
        var required = schemaObject.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];

        foreach (var key in schemaObject.GetProperty("properties").EnumerateObject().Select(p => p.Name))
        {
            var root = WrittenFull();
            var owner = (YamlMappingNode)NavigateYaml(root, yamlPath);
            if (!owner.Children.Remove(new YamlScalarNode(key))) continue;
            var text = new StringWriter();
            new YamlStream(new YamlDocument(root)).Save(text, assignAnchors: false);

            var refused = Record.Exception(() => SopDefinitionParser.Parse(text.ToString())) is SopDefinitionException;

            refused.ShouldBe(required.Contains(key), $"{schemaPath}: without '{key}'");
        }
    }

    private static void CollectProperties(JsonElement element, ISet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                if (p.Name == "properties") foreach (var name in p.Value.EnumerateObject()) names.Add(name.Name);
                CollectProperties(p.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) CollectProperties(item, names);
        }
    }

    private static void CollectKeys(YamlNode node, ISet<string> keys)
    {
        if (node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                keys.Add(((YamlScalarNode)key).Value!);
                CollectKeys(value, keys);
            }
        }
        else if (node is YamlSequenceNode seq)
        {
            foreach (var item in seq.Children) CollectKeys(item, keys);
        }
    }

    private static JsonElement Navigate(JsonElement element, string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(element, (e, part) => e.GetProperty(part));

    private static YamlNode NavigateYaml(YamlNode node, string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(node, (n, part) =>
            n is YamlSequenceNode seq ? seq.Children[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : ((YamlMappingNode)n).Children[new YamlScalarNode(part)]);
}
