using System.IO.Packaging;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain;

namespace Kinerja.Web.Documents;

/// <summary>
/// Fills <c>{{name}}</c> placeholders of an editable DOCX. Word splits typed text into several runs
/// (spelling marks, formatting, revision ids), so a placeholder is looked for in the paragraph's whole
/// text and replaced inside the run where it starts; the runs around it keep their formatting. A
/// paragraph holding only a list placeholder becomes one paragraph per item.
/// </summary>
public static partial class DocxTemplate
{
    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();

    /// <summary>The placeholder names used in the document body, headers and footers; a clear error if the file is not a DOCX.</summary>
    public static List<string> Placeholders(byte[] docx) =>
        Open(docx, editable: false, doc => Paragraphs(doc)
            .SelectMany(p => Placeholder().Matches(Text(p)).Select(m => m.Groups[1].Value)).Distinct().ToList());

    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, IReadOnlyList<string>> lists)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        Open(stream, editable: true, doc =>
        {
            foreach (var p in Paragraphs(doc).ToList())
            {
                var text = Text(p);
                var whole = Placeholder().Match(text.Trim());
                if (whole.Success && whole.Length == text.Trim().Length && lists.TryGetValue(whole.Groups[1].Value, out var items))
                {
                    ExpandList(p, whole.Value, items);
                    continue;
                }
                if (text.Contains("{{")) Replace(p, m => lists.TryGetValue(m, out var l) ? string.Join("\n", l) : values.GetValueOrDefault(m, ""));
            }
            foreach (var part in Parts(doc)) part.RootElement?.Save();
            return 0;
        });
        return stream.ToArray();
    }

    private static void ExpandList(Paragraph p, string token, IReadOnlyList<string> items)
    {
        foreach (var item in items.Reverse())
        {
            var copy = (Paragraph)p.CloneNode(true);
            Replace(copy, _ => item);
            p.InsertAfterSelf(copy);
        }
        p.Remove();
    }

    /// <summary>Replaces each placeholder of the paragraph, the last first so earlier offsets stay valid.</summary>
    private static void Replace(Paragraph p, Func<string, string> value)
    {
        var texts = p.Descendants<Text>().ToList();
        var whole = string.Concat(texts.Select(t => t.Text));
        foreach (var m in Placeholder().Matches(whole).Reverse())
        {
            // Map the match onto the Text elements it covers.
            int start = m.Index, end = m.Index + m.Length, pos = 0;
            Text? first = null;
            foreach (var t in texts)
            {
                int tStart = pos, tEnd = pos + t.Text.Length;
                pos = tEnd;
                if (tEnd <= start || tStart >= end) continue;
                int from = Math.Max(start, tStart) - tStart, to = Math.Min(end, tEnd) - tStart;
                if (first is null)
                {
                    first = t;
                    t.Text = t.Text[..from] + "\u0000" + t.Text[to..];
                }
                else t.Text = t.Text[to..];
            }
            if (first is not null) Insert(first, value(m.Groups[1].Value));
        }
    }

    /// <summary>Puts the value where the marker is; line breaks become Word line breaks in the same run.</summary>
    private static void Insert(Text at, string value)
    {
        var lines = value.Replace("\r\n", "\n").Split('\n');
        var (before, after) = (at.Text[..at.Text.IndexOf('\u0000')], at.Text[(at.Text.IndexOf('\u0000') + 1)..]);
        at.Text = before + lines[0] + (lines.Length == 1 ? after : "");
        at.Space = SpaceProcessingModeValues.Preserve;
        OpenXmlElement last = at;
        for (var i = 1; i < lines.Length; i++)
        {
            last = last.InsertAfterSelf(new Break());
            last = last.InsertAfterSelf(new Text(lines[i] + (i == lines.Length - 1 ? after : "")) { Space = SpaceProcessingModeValues.Preserve });
        }
    }

    private static string Text(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));

    private static IEnumerable<OpenXmlPart> Parts(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart ?? throw new DomainException("Berkas bukan dokumen Word (DOCX) yang valid: bagian dokumen utama tidak ada.", "file");
        yield return main;
        foreach (var h in main.HeaderParts) yield return h;
        foreach (var f in main.FooterParts) yield return f;
    }

    private static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument doc) =>
        Parts(doc).SelectMany(p => p.RootElement?.Descendants<Paragraph>() ?? []);

    private static T Open<T>(byte[] docx, bool editable, Func<WordprocessingDocument, T> use)
    {
        using var stream = new MemoryStream(docx, writable: false);
        return Open(stream, editable, use);
    }

    private static T Open<T>(Stream stream, bool editable, Func<WordprocessingDocument, T> use)
    {
        WordprocessingDocument doc;
        try
        {
            doc = WordprocessingDocument.Open(stream, editable);
            // Touch the body now so a broken part fails here, as a clear message.
            _ = doc.MainDocumentPart?.Document?.Body;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException
                                      or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            throw new DomainException("Berkas bukan dokumen Word (DOCX) yang valid. Simpan templat dari Word sebagai .docx lalu unggah lagi.", "file");
        }
        using (doc)
        {
            if (doc.MainDocumentPart?.Document?.Body is null)
                throw new DomainException("Berkas bukan dokumen Word (DOCX) yang valid: isi dokumen tidak ditemukan.", "file");
            return use(doc);
        }
    }
}
