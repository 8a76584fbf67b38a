using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kinerja.Domain.Pengumpulan;

/// <summary>The two kinds of row a Format Data Kinerja holds.</summary>
public enum RowKind
{
    /// <summary>An indicator row (realisasi and narratives).</summary>
    Indikator = 1,
    /// <summary>A sub-kegiatan row (realisasi anggaran).</summary>
    Anggaran = 2,
}

/// <summary>
/// Names one row of a form across the API, the pages and the checks: <c>indikator:12</c> or <c>anggaran:3</c>.
/// Written and read only here, so no caller builds or splits the text itself. A field of the row is
/// <c>indikator:12.realisasi</c> (the key of a refusal in the problem details).
/// </summary>
[JsonConverter(typeof(RowKeyJsonConverter))]
public readonly record struct RowKey(RowKind Kind, int Id) : IParsable<RowKey>
{
    public static RowKey Indikator(int id) => new(RowKind.Indikator, id);

    public static RowKey Anggaran(int id) => new(RowKind.Anggaran, id);

    public override string ToString() =>
        (Kind == RowKind.Indikator ? "indikator:" : "anggaran:") + Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key of one field of the row, e.g. <c>indikator:12.realisasi</c>.</summary>
    public string Field(string field) => $"{this}.{field}";

    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out RowKey key) => TryParse(text, null, out key);

    public static bool TryParse([NotNullWhen(true)] string? text, IFormatProvider? provider, [MaybeNullWhen(false)] out RowKey key)
    {
        key = default;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon < 0) return false;
        RowKind? kind = text![..colon] switch { "indikator" => RowKind.Indikator, "anggaran" => RowKind.Anggaran, _ => null };
        if (kind is null || !int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) return false;
        key = new RowKey(kind.Value, id);
        return true;
    }

    public static RowKey Parse(string text, IFormatProvider? provider = null) =>
        TryParse(text, provider, out var key) ? key : throw new FormatException($"\"{text}\" bukan kunci baris (indikator:ID atau anggaran:ID).");

    /// <summary>Splits a field key (<c>indikator:12.realisasi</c>) into the row and the field; false when it names no row.</summary>
    public static bool TryParseField(string? text, out RowKey key, out string field)
    {
        var dot = text?.IndexOf('.') ?? -1;
        field = dot < 0 ? "" : text![(dot + 1)..];
        return TryParse(dot < 0 ? text : text![..dot], out key);
    }
}

/// <summary>A row key travels as its text, also as a dictionary key (row notes on a return).</summary>
public sealed class RowKeyJsonConverter : JsonConverter<RowKey>
{
    public override RowKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        RowKey.TryParse(reader.GetString(), out var key) ? key : throw new JsonException("Kunci baris harus indikator:ID atau anggaran:ID.");

    public override void Write(Utf8JsonWriter writer, RowKey value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

    public override RowKey ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, RowKey value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());
}
