using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Kinerja.Web.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL server for integration tests: a fresh cluster in a temp directory,
/// listening on a free port on 127.0.0.1, with trust authentication. Tests create one database
/// each via <see cref="CreateDatabaseAsync"/>. Missing binaries make tests fail, never skip.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private const string PostgresOsUser = "postgres";
    private const int StartAttempts = 3;

    private readonly string _binDir;
    private readonly string _rootDir;
    private readonly string _dataDir;
    private readonly string _socketDir;
    private readonly string _logFile;
    private readonly bool _runAsPostgresUser;
    private int _disposed;

    public int Port { get; private set; }

    private PostgresServer(string binDir, string rootDir, bool runAsPostgresUser)
    {
        _binDir = binDir;
        _rootDir = rootDir;
        _dataDir = Path.Combine(rootDir, "data");
        _socketDir = Path.Combine(rootDir, "sock");
        _logFile = Path.Combine(rootDir, "postgres.log");
        _runAsPostgresUser = runAsPostgresUser;
    }

    public static async Task<PostgresServer> StartAsync()
    {
        var binDir = FindBinDirectory();

        // PostgreSQL refuses to run initdb/postgres as root. When the tests run as root
        // (containers, CI), the cluster is owned by and run as the "postgres" OS user via runuser.
        var runAsPostgresUser = IsRoot();

        // Keep the path short: the Unix socket path is limited to ~107 bytes.
        var rootDir = Path.Combine(Path.GetTempPath(), "kinerja-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(rootDir);
        var server = new PostgresServer(binDir, rootDir, runAsPostgresUser);
        try
        {
            Directory.CreateDirectory(server._socketDir);
            if (runAsPostgresUser)
            {
                await RunAsync("chown", ["-R", $"{PostgresOsUser}:", rootDir], rootDir);
            }

            // --no-locale/UTF8 avoids depending on which OS locales are generated.
            await server.RunToolAsync("initdb",
                ["-D", server._dataDir, "-A", "trust", "-U", "postgres", "--no-locale", "-E", "UTF8", "--no-sync"]);

            await server.StartServerAsync();
            AppDomain.CurrentDomain.ProcessExit += server.OnProcessExit;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};" +
        "Pooling=true;Maximum Pool Size=200;Include Error Detail=true";

    /// <summary>Creates a fresh, uniquely named database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var cleanPrefix = NonIdentifierChars().Replace(prefix.ToLowerInvariant(), "_");
        if (cleanPrefix.Length == 0 || !char.IsAsciiLetter(cleanPrefix[0]))
        {
            cleanPrefix = "db_" + cleanPrefix;
        }
        if (cleanPrefix.Length > 40)
        {
            cleanPrefix = cleanPrefix[..40]; // identifiers are limited to 63 bytes
        }
        var name = cleanPrefix + "_" + Guid.NewGuid().ToString("N")[..8];

        var admin = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        // Pooled connections point at a server that is about to disappear.
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (File.Exists(Path.Combine(_dataDir, "postmaster.pid")))
            {
                await RunToolAsync("pg_ctl", ["-D", _dataDir, "-m", "immediate", "-w", "-t", "30", "stop"]);
            }
        }
        catch
        {
            // Already stopped or never started: nothing to stop.
        }
        DeleteRootDir();
    }

    private async Task StartServerAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FindFreePort();
            // fsync/synchronous_commit/full_page_writes off: the cluster is disposable, and durability
            // costs a lot of time on the many small transactions tests perform.
            var options = string.Join(' ',
                $"-p {Port}",
                $"-k \"{_socketDir}\"", // pg_ctl passes the options through a shell
                "-c listen_addresses=127.0.0.1",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=300");
            try
            {
                await RunToolAsync("pg_ctl", ["-D", _dataDir, "-l", _logFile, "-w", "-t", "60", "-o", options, "start"]);
                return;
            }
            catch (InvalidOperationException ex)
            {
                var log = ReadLog();
                // Another process may have grabbed the port between probing and binding.
                if (attempt < StartAttempts && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
                {
                    await StopQuietlyAsync();
                    continue;
                }
                throw new InvalidOperationException(
                    $"Could not start PostgreSQL (data dir {_dataDir}, port {Port}).{Environment.NewLine}" +
                    $"{ex.Message}{Environment.NewLine}--- {_logFile} ---{Environment.NewLine}{log}", ex);
            }
        }
    }

    private async Task StopQuietlyAsync()
    {
        try
        {
            await RunToolAsync("pg_ctl", ["-D", _dataDir, "-m", "immediate", "-w", "-t", "30", "stop"]);
        }
        catch
        {
            // Not running.
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        // Safety net if a fixture was never disposed: do not leave an orphaned postmaster behind.
        DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private void DeleteRootDir()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(_rootDir))
                {
                    Directory.Delete(_rootDir, recursive: true);
                }
                return;
            }
            catch (Exception) when (attempt < 4)
            {
                // A just-killed backend may still be removing files.
                Thread.Sleep(200);
            }
            catch
            {
                return; // best effort; never throw from Dispose
            }
        }
    }

    private string ReadLog()
    {
        try
        {
            return File.Exists(_logFile) ? File.ReadAllText(_logFile) : "(no log file)";
        }
        catch (Exception ex)
        {
            return $"(could not read log: {ex.Message})";
        }
    }

    private Task<string> RunToolAsync(string tool, IReadOnlyList<string> args)
    {
        var exe = Path.Combine(_binDir, tool);
        return _runAsPostgresUser
            ? RunAsync("runuser", ["-u", PostgresOsUser, "--", exe, .. args], _rootDir)
            : RunAsync(exe, args, _rootDir);
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var candidates = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: ParseVersion(Path.GetFileName(dir))))
                .Where(c => File.Exists(Path.Combine(c.Dir, "initdb")) && File.Exists(Path.Combine(c.Dir, "pg_ctl")))
                .OrderByDescending(c => c.Version)
                .ToList()
            : [];
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException(
                "PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin with initdb and pg_ctl). " +
                "The integration tests need a local PostgreSQL server: run ./test.sh, which installs the " +
                "Debian package postgresql.");
        }
        return candidates[0].Dir;
    }

    private static Version ParseVersion(string name) =>
        Version.TryParse(name.Contains('.') ? name : name + ".0", out var v) ? v : new Version(0, 0);

    private static bool IsRoot()
    {
        try
        {
            return geteuid() == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return Environment.UserName == "root";
        }
    }

    [DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();

    private static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Runs a process to completion; throws with its stdout/stderr on a non-zero exit code.</summary>
    private static async Task<string> RunAsync(string fileName, IReadOnlyList<string> args, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // A directory the postgres user can enter (initdb/pg_ctl complain about an unreadable cwd).
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }
        startInfo.Environment["LC_ALL"] = "C";

        var commandLine = fileName + " " + string.Join(' ', args.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        try
        {
            process.Start();
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"Could not run '{commandLine}': {ex.Message}", ex);
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch { /* already gone */ }
            throw new InvalidOperationException(
                $"'{commandLine}' timed out.{Environment.NewLine}stdout:{Environment.NewLine}{stdout}" +
                $"stderr:{Environment.NewLine}{stderr}");
        }

        string output, error;
        lock (stdout) { output = stdout.ToString(); }
        lock (stderr) { error = stderr.ToString(); }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{commandLine}' exited with code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}." +
                $"{Environment.NewLine}stdout:{Environment.NewLine}{output}stderr:{Environment.NewLine}{error}");
        }
        return output;
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NonIdentifierChars();
}
