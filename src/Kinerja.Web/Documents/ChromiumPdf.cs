using System.Diagnostics;
using Kinerja.Web.Infrastructure;

namespace Kinerja.Web.Documents;

/// <summary>The server cannot make a PDF now (no Chromium, it failed or took too long); the message says why, in Indonesian.</summary>
public class PdfUnavailableException(string message) : Exception(message);

/// <summary>
/// Prints an HTML document to PDF with headless Chromium as a child process: the same engine that
/// prints the page in a browser, so the PDF is the print view. Each run gets its own temporary
/// folder (page, profile, output), removed afterwards, and a time limit after which the process
/// tree is killed.
/// </summary>
public static class ChromiumPdf
{
    public record Options(string ChromiumPath, TimeSpan Timeout)
    {
        /// <summary><c>Kinerja:ChromiumPath</c> and <c>Kinerja:PdfTimeoutSeconds</c>.</summary>
        public static Options From(KinerjaOptions options) => new(options.ChromiumPath, TimeSpan.FromSeconds(options.PdfTimeoutSeconds));
    }

    public static async Task<byte[]> RenderAsync(string html, Options options, CancellationToken ct)
    {
        if (!File.Exists(options.ChromiumPath))
            throw new PdfUnavailableException(
                $"PDF belum dapat dibuat di server ini: Chromium tidak ditemukan di {options.ChromiumPath}. Pasang Chromium (Debian: apt-get install chromium), " +
                "atau unduh DOCX, atau buka tampilan cetak dan simpan sebagai PDF dari peramban.");
        var folder = Directory.CreateTempSubdirectory("kinerja-pdf-").FullName;
        try
        {
            var page = Path.Combine(folder, "dokumen.html");
            var output = Path.Combine(folder, "dokumen.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            var start = new ProcessStartInfo(options.ChromiumPath)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run", "--disable-extensions",
                    $"--user-data-dir={Path.Combine(folder, "profil")}", $"--print-to-pdf={output}", new Uri(page).AbsoluteUri,
                },
            };
            using var process = Process.Start(start) ?? throw new PdfUnavailableException("Chromium tidak dapat dijalankan untuk membuat PDF.");
            // Chromium writes to both streams; unread pipes would block it.
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(ct), process.StandardError.ReadToEndAsync(ct));
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(options.Timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
                await drain;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (ct.IsCancellationRequested) throw;
                throw new PdfUnavailableException($"Pembuatan PDF melebihi batas waktu {options.Timeout.TotalSeconds:0} detik. Coba lagi, atau unduh DOCX.");
            }
            if (process.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
                throw new PdfUnavailableException($"Chromium gagal membuat PDF (kode keluar {process.ExitCode}). Coba lagi, atau unduh DOCX.");
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
