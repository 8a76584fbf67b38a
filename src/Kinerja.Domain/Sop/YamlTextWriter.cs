using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kinerja.Domain.Sop;

/// <summary>
/// Emits YAML with the few shapes a definition needs. Text style is chosen so that reading the
/// text back gives the same string: multi-line text as a literal block, and text that would read
/// as "not given" (empty, "~", "null") quoted.
/// </summary>
internal sealed partial class YamlTextWriter
{
    // Plain words a YAML 1.1 or 1.2 reader (PyYAML, most JSON Schema tooling) would take as a
    // null, boolean, number, date or merge key rather than text: such text is written quoted.
    [GeneratedRegex(@"^(~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|=|<<"
        + @"|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
        + @"|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$")]
    private static partial Regex TypedWord();

    private readonly IEmitter emitter;

    public YamlTextWriter(TextWriter output)
    {
        // No line folding: a long kegiatan stays on one line, which keeps diffs of seed files readable.
        emitter = new Emitter(output, new EmitterSettings(2, int.MaxValue, false, 1024, indentSequences: true, newLine: "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
    }

    public void Finish()
    {
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    public void BeginMap(bool flow = false) =>
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, flow ? MappingStyle.Flow : MappingStyle.Block));

    public void EndMap() => emitter.Emit(new MappingEnd());

    public void BeginList(bool flow = false) =>
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));

    public void EndList() => emitter.Emit(new SequenceEnd());

    public void Scalar(string value)
    {
        // A literal block would turn "\r\n" into "\n"; escapes keep control characters exact.
        var style = value.Any(c => char.IsControl(c) && c != '\n') ? ScalarStyle.DoubleQuoted
            : value.Contains('\n') ? ScalarStyle.Literal
            : YamlMap.IsNull(new YamlDotNet.RepresentationModel.YamlScalarNode(value)) || TypedWord().IsMatch(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));
    }

    /// <summary>Writes "key: value"; an absent (null) value writes nothing.</summary>
    public void Text(string key, string? value)
    {
        if (value is null) return;
        Scalar(key);
        Scalar(value);
    }

    public void Number(string key, int value)
    {
        Scalar(key);
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, true, false));
    }

    public void List(string key, IEnumerable<string> values, bool flow = false)
    {
        Scalar(key);
        BeginList(flow);
        foreach (var value in values) Scalar(value);
        EndList();
    }
}
